import type { NoiseKind } from '@/utils/engine/types';
import { translator, uiLang, type Dict, type Lang } from '@/utils/i18n';
import { allSitesNames, brandName, namesUnder } from '../shared-strings';

type Key =
  | 'brand'
  | 'loading'
  | 'tabs'
  | 'tab.summary'
  | 'tab.outline'
  | 'tab.figures'
  | 'err.no-tab'
  | 'err.unsupported'
  | 'err.no-answer'
  | 'err.action'
  | 'retry'
  | 'site.generic'
  | 'site.none'
  | 'untitled'
  | 'notDoc'
  | 'notDocHint'
  | 'cleanAnyway'
  | 'view'
  | 'state.clean'
  | 'state.original'
  | 'previewOnly'
  | 'drawnText'
  | 'ocrText'
  | 'noText'
  | 'held.no-document'
  | 'held.little-document'
  | 'stats'
  | 'removed'
  | 'removedNone'
  | 'copyHeading'
  | 'copy.text'
  | 'copy.markdown'
  | 'copy.rich'
  | 'reader'
  | 'copied'
  | 'copiedPlain'
  | 'copyFailed'
  | 'what.text'
  | 'what.markdown'
  | 'what.rich'
  | 'what.outline'
  | 'what.figure'
  | 'what.tsv'
  | 'what.mdTable'
  | 'outline.empty'
  | 'outline.missing'
  | 'outline.copy'
  | 'outline.hint'
  | 'figures.empty'
  | 'figures.none'
  | 'figures.all'
  | 'figures.filter'
  | 'figures.copyTsv'
  | 'figures.copyMd'
  | 'figures.copyOne'
  | 'figures.copyOneLabel'
  | 'figures.shown'
  | 'save.heading'
  | 'save.document'
  | 'save.more'
  | 'save.tags'
  | 'save.tagsHint'
  | 'save.note'
  | 'save.noteHint'
  | 'save.inLibrary'
  | 'library'
  | 'libraryLabel'
  | 'save'
  | 'saved'
  | 'saved.created'
  | 'saved.updated'
  | 'saved.exists'
  | 'saveWhat.document'
  | 'saveWhat.section'
  | 'saveWhat.figure'
  | 'saveWhat.figures'
  | 'outline.saveLabel'
  | 'figures.saveLabel'
  | 'figures.saveShown'
  | keyof (typeof allSitesNames)['zh']
  | 'allSitesHint'
  | 'allSitesNowOff'
  | `noise.${NoiseKind}`;

export const strings: Dict<Key> = {
  zh: {
    ...namesUnder('noise.', 'zh'),
    ...allSitesNames.zh,
    brand: brandName.zh,
    loading: '正在读取页面…',
    tabs: '视图',
    'tab.summary': '概要',
    'tab.outline': '大纲',
    'tab.figures': '数据',
    'err.no-tab': '找不到要处理的标签页。',
    'err.unsupported': '净读无法在这个页面上运行：浏览器内部页面和扩展商店不允许扩展读取。',
    'err.no-answer': '页面没有响应。请刷新页面后再打开净读。',
    'err.action': '页面没有响应：{reason}',
    retry: '重试',
    'site.generic': '文档页面（通用规则）',
    'site.none': '不是文档页面',
    untitled: '（无标题）',
    notDoc: '这个页面看起来不是文库文档，净读没有改动它。',
    notDocHint: '如果它其实是文档，可以让净读照样清理；随时能切回原文。',
    cleanAnyway: '仍然净化此页',
    view: '页面显示',
    'state.clean': '净化后',
    'state.original': '原文',
    previewOnly: '此网站用图片显示正文，只有预览部分的文字可以读取；大纲、数据和复制的内容只包含预览文字。',
    drawnText: '正文取自网页在画布上绘制的文字，与页面显示的一致。',
    ocrText: '正文由页面图片识别而来，可能有个别错字；置信度低的数据已标出。',
    noText: '此页面没有可读取的文字：正文是图片或画布。',
    'held.no-document': '这是文档网站的页面，但页面上没有文档正文，所以保持原样未清理。',
    'held.little-document': '找到的正文只占页面文字的很小一部分，隐藏其余内容几乎会留下空白页，所以保持原样未清理。',
    stats: '{chars} 字 · {headings} 个标题 · {figures} 个数字',
    removed: '已移除 {n} 处干扰',
    removedNone: '没有发现需要移除的干扰内容。',
    copyHeading: '复制全文',
    'copy.text': '纯文本',
    'copy.markdown': 'Markdown',
    'copy.rich': '富文本（Word / WPS）',
    reader: '打开阅读视图',
    copied: '已复制：{what}',
    copiedPlain: '已复制：{what}（浏览器只支持纯文本）',
    copyFailed: '剪贴板拒绝写入：{reason}',
    'what.text': '纯文本',
    'what.markdown': 'Markdown',
    'what.rich': '富文本',
    'what.outline': '大纲',
    'what.figure': '这个数字及原句',
    'what.tsv': '数据表格（可粘贴到 WPS / Excel）',
    'what.mdTable': 'Markdown 表格',
    'outline.empty': '没有识别出标题。',
    'outline.missing': '不在显示的正文中',
    'outline.copy': '复制大纲',
    'outline.hint': '点击标题，页面会滚动到对应位置。',
    'figures.empty': '没有找到统计数字。',
    'figures.none': '这一类没有数字。',
    'figures.all': '全部',
    'figures.filter': '按类别筛选',
    'figures.copyTsv': '复制表格',
    'figures.copyMd': '复制 Markdown',
    'figures.copyOne': '复制',
    'figures.copyOneLabel': '复制“{raw}”及原句',
    'figures.shown': '{n} 个数字',
    'save.heading': '保存到摘录库',
    'save.document': '保存全文',
    'save.more': '标签和备注',
    'save.tags': '标签',
    'save.tagsHint': '用逗号或空格分隔，如：总结 数据',
    'save.note': '备注',
    'save.noteHint': '可选；Ctrl+Enter 保存',
    'save.inLibrary': '已在摘录库中',
    library: '摘录库',
    libraryLabel: '在新标签页中打开摘录库',
    save: '保存',
    saved: '已保存',
    'saved.created': '已保存：{what}',
    'saved.updated': '已更新：{what}',
    'saved.exists': '已存在：{what}（之前保存过）',
    'saveWhat.document': '全文',
    'saveWhat.section': '章节“{heading}”',
    'saveWhat.figure': '数字“{raw}”',
    'saveWhat.figures': '{n} 个数字',
    'outline.saveLabel': '保存章节“{heading}”',
    'figures.saveLabel': '保存“{raw}”及原句',
    'figures.saveShown': '保存这 {n} 个',
    allSitesHint: '开启时浏览器会请求访问所有网站的权限；不像文档的页面保持原样。',
    allSitesNowOff: '已关闭：只在支持的网站上自动清理。',
  },
  en: {
    ...namesUnder('noise.', 'en'),
    ...allSitesNames.en,
    brand: brandName.en,
    loading: 'Reading the page…',
    tabs: 'Views',
    'tab.summary': 'Summary',
    'tab.outline': 'Outline',
    'tab.figures': 'Figures',
    'err.no-tab': 'No tab to work on.',
    'err.unsupported': 'JingDu cannot run on this page: browser pages and extension stores are closed to extensions.',
    'err.no-answer': 'The page did not answer. Reload it and open JingDu again.',
    'err.action': 'The page did not answer: {reason}',
    retry: 'Retry',
    'site.generic': 'Document page (general rules)',
    'site.none': 'Not a document page',
    untitled: '(untitled)',
    notDoc: 'This page does not look like a hosted document, so JingDu left it alone.',
    notDocHint: 'If it is one, JingDu can clean it anyway; you can switch back to the original at any time.',
    cleanAnyway: 'Clean this page anyway',
    view: 'Page shows',
    'state.clean': 'Cleaned',
    'state.original': 'Original',
    previewOnly:
      'This site draws the document as images; only the preview text can be read, so the outline, figures and copies cover the preview only.',
    drawnText: 'The text is what the page draws on its canvases, exactly as shown.',
    ocrText: 'The text was recognised from the page images and may hold a few wrong characters; figures from unsure lines are marked.',
    noText: 'This page has no readable text: the document is drawn as images.',
    'held.no-document': 'This is a document site, but the page shows no document text, so it was left as it is.',
    'held.little-document':
      "The document found is a small part of the page's text; hiding the rest would leave an almost blank page, so it was left as it is.",
    stats: '{chars} characters · {headings} headings · {figures} figures',
    removed: 'Removed {n} distractions',
    removedNone: 'Nothing needed removing.',
    copyHeading: 'Copy the document',
    'copy.text': 'Plain text',
    'copy.markdown': 'Markdown',
    'copy.rich': 'Rich text (Word / WPS)',
    reader: 'Open reader view',
    copied: 'Copied {what}',
    copiedPlain: 'Copied {what} (this browser copies plain text only)',
    copyFailed: 'The clipboard refused: {reason}',
    'what.text': 'the plain text',
    'what.markdown': 'the Markdown',
    'what.rich': 'the rich text',
    'what.outline': 'the outline',
    'what.figure': 'the figure and its sentence',
    'what.tsv': 'the table (paste into Excel / WPS)',
    'what.mdTable': 'the Markdown table',
    'outline.empty': 'No headings found.',
    'outline.missing': 'not in the shown text',
    'outline.copy': 'Copy outline',
    'outline.hint': 'Click a heading to scroll the page to it.',
    'figures.empty': 'No figures found.',
    'figures.none': 'No figures of this kind.',
    'figures.all': 'All',
    'figures.filter': 'Filter by kind',
    'figures.copyTsv': 'Copy table',
    'figures.copyMd': 'Copy Markdown',
    'figures.copyOne': 'Copy',
    'figures.copyOneLabel': 'Copy “{raw}” and its sentence',
    'figures.shown': '{n} figures',
    'save.heading': 'Save to the library',
    'save.document': 'Save document',
    'save.more': 'Tags & note',
    'save.tags': 'Tags',
    'save.tagsHint': 'Separate with commas or spaces',
    'save.note': 'Note',
    'save.noteHint': 'Optional; Ctrl+Enter saves',
    'save.inLibrary': 'In the library',
    library: 'Library',
    libraryLabel: 'Open the extracts library in a new tab',
    save: 'Save',
    saved: 'Saved',
    'saved.created': 'Saved {what}',
    'saved.updated': 'Updated {what}',
    'saved.exists': 'Already saved: {what}',
    'saveWhat.document': 'the document',
    'saveWhat.section': 'section “{heading}”',
    'saveWhat.figure': 'figure “{raw}”',
    'saveWhat.figures': '{n} figures',
    'outline.saveLabel': 'Save section “{heading}”',
    'figures.saveLabel': 'Save “{raw}” and its sentence',
    'figures.saveShown': 'Save these {n}',
    allSitesHint: 'Asks the browser for access to all sites; pages that do not look like documents stay as they are.',
    allSitesNowOff: 'Off: only the supported sites are cleaned automatically.',
  },
};

export type PopupT = ReturnType<typeof translator<Key>>;
export const popupText = (lang: Lang = uiLang()): PopupT => translator(strings, lang);
