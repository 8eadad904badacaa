import { readerDoc } from '@/utils/markdown-blocks';
import type { Bound, ExtractResult, Figure, FigureKind, OutlineEntry } from './engine/types';
import { translator, uiLang, type Dict, type Lang } from './i18n';

// The words that end up in copied text (table headers, kind and bound names) live here, beside the
// formats that write them; the popup shows the same words, so a copied table matches what was on screen.
type Key =
  | 'col.raw'
  | 'col.value'
  | 'col.unit'
  | 'col.bound'
  | 'col.kind'
  | 'col.sentence'
  | 'col.section'
  | `kind.${FigureKind}`
  | `bound.${Bound}`
  | 'masked';

const words: Dict<Key> = {
  zh: {
    'col.raw': '原文',
    'col.value': '数值',
    'col.unit': '单位',
    'col.bound': '约数',
    'col.kind': '类别',
    'col.sentence': '原句',
    'col.section': '章节',
    'kind.money': '金额',
    'kind.count': '数量',
    'kind.percent': '百分比',
    'kind.area': '面积',
    'kind.length': '长度',
    'kind.weight': '重量',
    'kind.other': '其他',
    'bound.exact': '',
    'bound.approx': '约',
    'bound.lower': '余',
    'bound.upper': '近',
    'bound.range': '区间',
    masked: '模板占位',
  },
  en: {
    'col.raw': 'Raw',
    'col.value': 'Value',
    'col.unit': 'Unit',
    'col.bound': 'Bound',
    'col.kind': 'Kind',
    'col.sentence': 'Sentence',
    'col.section': 'Section',
    'kind.money': 'Money',
    'kind.count': 'Count',
    'kind.percent': 'Percent',
    'kind.area': 'Area',
    'kind.length': 'Length',
    'kind.weight': 'Weight',
    'kind.other': 'Other',
    'bound.exact': '',
    'bound.approx': 'about',
    'bound.lower': 'at least',
    'bound.upper': 'nearly',
    'bound.range': 'range',
    masked: 'template blank',
  },
};

export type FieldT = ReturnType<typeof translator<Key>>;
export const fieldText = (lang: Lang = uiLang()): FieldT => translator(words, lang);

export const FIGURE_KINDS: readonly FigureKind[] = ['money', 'count', 'percent', 'area', 'length', 'weight', 'other'];

const trimmed = (n: number, digits: number) => String(Number(n.toFixed(digits)));

/** Large numbers as a reader says them: 万/亿 in Chinese, digit groups in English. */
export function formatNumber(n: number, lang: Lang): string {
  if (lang === 'en') return new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 }).format(n);
  const size = Math.abs(n);
  if (size >= 1e8) return `${trimmed(n / 1e8, 4)}亿`;
  if (size >= 1e4) return `${trimmed(n / 1e4, 4)}万`;
  return trimmed(n, 4);
}

/** 约/余/近 (about/at least/nearly); "" for an exact figure. */
export const boundText = (bound: Bound, lang: Lang): string => fieldText(lang)(`bound.${bound}`);

/** The normalised number ("1.2亿", "120,000,000", a range as "1万–2万"), or "" when the page gives none. */
export function figureNumber(f: Figure, lang: Lang): string {
  if (f.value === null) return '';
  return Array.isArray(f.value) ? `${formatNumber(f.value[0], lang)}–${formatNumber(f.value[1], lang)}` : formatNumber(f.value, lang);
}

/** The outline as an indented list, two spaces a level, numbering markers kept as written. */
export function outlineList(outline: readonly OutlineEntry[]): string {
  return outline.map((e) => `${'  '.repeat(Math.max(0, e.level - 1))}- ${e.marker}${e.text}`).join('\n');
}

/** One figure for the clipboard: what the page says, then the sentence that says it. */
export const figureClip = (f: Figure): string => `${f.raw}\n${f.sentence}`;

/** Machine-readable cells: plain numbers for spreadsheets, the template blank named as such. */
function rows(figures: readonly Figure[], lang: Lang): string[][] {
  const t = fieldText(lang);
  return figures.map((f) => [
    f.raw,
    f.masked ? t('masked') : f.value === null ? '' : Array.isArray(f.value) ? `${f.value[0]}–${f.value[1]}` : String(f.value),
    f.unit ?? '',
    t(`bound.${f.bound}`),
    t(`kind.${f.kind}`),
    f.sentence,
    f.section ?? '',
  ]);
}

function header(lang: Lang): string[] {
  const t = fieldText(lang);
  return [t('col.raw'), t('col.value'), t('col.unit'), t('col.bound'), t('col.kind'), t('col.sentence'), t('col.section')];
}

// A pasted cell that starts with = + - @ is run as a formula by Excel and WPS; page text must stay text.
const tsvCell = (s: string) => {
  const flat = s.replace(/[\t\r\n]+/g, ' ');
  return /^[=+\-@]/.test(flat) && Number.isNaN(Number(flat)) ? `'${flat}` : flat;
};

/** Figures as tab-separated values with a header row, ready to paste into WPS or Excel. */
export function figuresTsv(figures: readonly Figure[], lang: Lang): string {
  return [header(lang), ...rows(figures, lang)].map((r) => r.map(tsvCell).join('\t')).join('\n');
}

const mdCell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s+/g, ' ');

export function figuresMarkdown(figures: readonly Figure[], lang: Lang): string {
  const head = header(lang);
  const line = (r: string[]) => `| ${r.map(mdCell).join(' | ')} |`;
  const rule = `| ${head.map((_, i) => (i === 1 ? '---:' : '---')).join(' | ')} |`;
  return [line(head), rule, ...rows(figures, lang).map(line)].join('\n');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * The cleaned document as HTML for the clipboard, so Word and WPS keep its headings, lists and
 * paragraphs. Built from the engine's markdown; every piece of page text goes through escapeHtml.
 */
export function documentHtml(result: Pick<ExtractResult, 'title' | 'markdown'>): string {
  const parts: string[] = [];
  if (result.title) parts.push(`<h1>${escapeHtml(result.title)}</h1>`);
  for (const b of readerDoc(result.markdown, result.title).blocks) {
    if (b.kind === 'heading') parts.push(`<h${b.level}>${escapeHtml(b.text)}</h${b.level}>`);
    else if (b.kind === 'list') parts.push(`<ul>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`);
    else parts.push(`<p>${escapeHtml(b.text).replace(/\n/g, '<br>')}</p>`);
  }
  return `<meta charset="utf-8">${parts.join('\n')}`;
}
