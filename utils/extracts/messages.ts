import { translator, type Dict, type Lang } from '../i18n';
import type { ExtractKind } from './types';

/** Why a file was not imported. Nothing is written when any of these is returned. */
export type ImportErrorCode = 'empty' | 'too-large' | 'not-json' | 'foreign' | 'version' | 'invalid' | 'too-long' | 'too-many';
export type Expected = 'text' | 'number' | 'boolean' | 'list' | 'object' | 'web-address' | 'known-value';
export interface ImportError {
  code: ImportErrorCode;
  /** Where in the file, e.g. `extracts[3].url`. */
  path?: string;
  expected?: Expected;
  /** Numbers for the message: sizes, limits, versions. */
  vars?: Record<string, string | number>;
}

type Key =
  | `import.${ImportErrorCode}`
  | `expected.${Expected}`
  | `kind.${ExtractKind}`
  | 'md.source'
  | 'md.openSource'
  | 'md.tags'
  | 'md.note'
  | 'md.saved'
  | 'md.untitled'
  | 'fig.raw'
  | 'fig.value'
  | 'fig.unit'
  | 'fig.sentence'
  | 'csv.header';

const dict: Dict<Key> = {
  zh: {
    'import.empty': '文件是空的。',
    'import.too-large': '文件太大（{size}），上限为 {max}。',
    'import.not-json': '不是有效的 JSON 文件（可能不完整或已损坏）。',
    'import.foreign': '这不是净读导出的摘录文件。',
    'import.version': '文件的格式版本为 {version}，本扩展只支持到 {supported}。请先更新净读。',
    'import.invalid': '字段 {path} 无效：应为{expected}。',
    'import.too-long': '字段 {path} 过长（上限 {max} 个字符）。',
    'import.too-many': '摘录过多（上限 {max} 条）。',
    'expected.text': '文本',
    'expected.number': '数字',
    'expected.boolean': '是/否',
    'expected.list': '列表',
    'expected.object': '对象',
    'expected.web-address': '网页地址（http、https 或 file）',
    'expected.known-value': '规定的取值之一',
    'kind.document': '全文',
    'kind.section': '章节',
    'kind.figures': '数字',
    'kind.selection': '摘录',
    'md.source': '来源',
    'md.openSource': '在原文中查看',
    'md.tags': '标签',
    'md.note': '备注',
    'md.saved': '保存于',
    'md.untitled': '未命名文档',
    'fig.raw': '原文',
    'fig.value': '数值',
    'fig.unit': '单位',
    'fig.sentence': '所在句子',
    'csv.header': '文档标题,网址,章节,原文,数值,数值上限,单位,量级,精度,类别,已打码,所在句子,保存时间',
  },
  en: {
    'import.empty': 'The file is empty.',
    'import.too-large': 'The file is too large ({size}); the limit is {max}.',
    'import.not-json': 'This is not a valid JSON file (it may be truncated or damaged).',
    'import.foreign': 'This is not an extracts file exported by JingDu.',
    'import.version': 'The file has format version {version}; this extension reads up to {supported}. Update JingDu first.',
    'import.invalid': 'Field {path} is invalid: expected {expected}.',
    'import.too-long': 'Field {path} is too long (at most {max} characters).',
    'import.too-many': 'Too many extracts (at most {max}).',
    'expected.text': 'text',
    'expected.number': 'a number',
    'expected.boolean': 'true or false',
    'expected.list': 'a list',
    'expected.object': 'an object',
    'expected.web-address': 'a page address (http, https or file)',
    'expected.known-value': 'one of the allowed values',
    'kind.document': 'Document',
    'kind.section': 'Section',
    'kind.figures': 'Figures',
    'kind.selection': 'Selection',
    'md.source': 'Source',
    'md.openSource': 'Open in the source',
    'md.tags': 'Tags',
    'md.note': 'Note',
    'md.saved': 'Saved',
    'md.untitled': 'Untitled document',
    'fig.raw': 'As written',
    'fig.value': 'Value',
    'fig.unit': 'Unit',
    'fig.sentence': 'Sentence',
    'csv.header': 'title,url,section,raw,value,value_to,unit,scale,bound,kind,masked,sentence,saved_at',
  },
};

export const labels = (lang?: Lang) => translator(dict, lang);

export function importErrorMessage(error: ImportError, lang?: Lang): string {
  const t = labels(lang);
  const expected = error.expected ? t(`expected.${error.expected}`) : '';
  return t(`import.${error.code}`, { path: error.path ?? '', expected, ...error.vars });
}
