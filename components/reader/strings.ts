import { translator, type Dict, type Lang } from '@/utils/i18n';

type Key =
  | 'dialog'
  | 'brand'
  | 'close'
  | 'smaller'
  | 'larger'
  | 'size'
  | 'font'
  | 'sans'
  | 'serif'
  | 'theme'
  | 'light'
  | 'sepia'
  | 'dark'
  | 'outline'
  | 'toggleOutline'
  | 'stats'
  | 'preview'
  | 'empty'
  | 'untitled'
  | 'end'
  | 'save'
  | 'saveHint'
  | 'saved.created'
  | 'saved.updated'
  | 'saved.exists'
  | 'saved.too-long'
  | 'saved.no-selection'
  | 'saved.no-answer';

export const strings: Dict<Key> = {
  zh: {
    dialog: '净读阅读视图',
    brand: '净读',
    close: '退出阅读视图（Esc）',
    smaller: '缩小字号',
    larger: '放大字号',
    size: '字号 {n}',
    font: '字体',
    sans: '黑体',
    serif: '宋体',
    theme: '主题',
    light: '浅色',
    sepia: '护眼',
    dark: '深色',
    outline: '目录',
    toggleOutline: '显示或隐藏目录',
    stats: '{chars} 字 · 约 {minutes} 分钟读完',
    preview: '这个网站只公开了文档的预览部分，这里显示的是能读到的内容。',
    empty: '这个页面上没有找到可以阅读的正文。',
    untitled: '无标题文档',
    end: '— 完 —',
    save: '保存选中内容',
    saveHint: '先在正文中选中文字，再保存到摘录库',
    'saved.created': '已保存到摘录库',
    'saved.updated': '已更新摘录库中的这条摘录',
    'saved.exists': '已存在：这段内容之前保存过',
    'saved.too-long': '选中的内容太长（超过 {max} 字），没有保存。整篇文档请在净读弹窗中用“保存全文”。',
    'saved.no-selection': '没有选中文字：先选中要保存的内容。',
    'saved.no-answer': '净读没有响应，未能保存。请刷新页面后再试。',
  },
  en: {
    dialog: 'JingDu reader view',
    brand: 'JingDu',
    close: 'Close the reader (Esc)',
    smaller: 'Smaller text',
    larger: 'Larger text',
    size: 'Text size {n}',
    font: 'Font',
    sans: 'Sans',
    serif: 'Serif',
    theme: 'Theme',
    light: 'Light',
    sepia: 'Sepia',
    dark: 'Dark',
    outline: 'Outline',
    toggleOutline: 'Show or hide the outline',
    stats: '{chars} characters · about {minutes} min read',
    preview: 'This site publishes only a preview of the document; this is the part that can be read.',
    empty: 'No readable text was found on this page.',
    untitled: 'Untitled document',
    end: '— End —',
    save: 'Save selection',
    saveHint: 'Select some text first, then save it to the library',
    'saved.created': 'Saved to the library',
    'saved.updated': 'Updated in the library',
    'saved.exists': 'Already saved: this text is in the library',
    'saved.too-long': 'The selection is too long (over {max} characters), so it was not saved. Save whole documents from the JingDu popup.',
    'saved.no-selection': 'Nothing is selected: select the text to save first.',
    'saved.no-answer': 'JingDu did not answer, so nothing was saved. Reload the page and try again.',
  },
};

export const readerT = (lang?: Lang) => translator(strings, lang);
export type ReaderT = ReturnType<typeof readerT>;
