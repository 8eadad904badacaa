import { translator, type Dict, type Lang } from '@/utils/i18n';
import { brandName, themeNames } from '../shared-strings';

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
  | 'saveHint';

export const strings: Dict<Key> = {
  zh: {
    dialog: '净读阅读视图',
    brand: brandName.zh,
    close: '退出阅读视图（Esc）',
    smaller: '缩小字号',
    larger: '放大字号',
    size: '字号 {n}',
    font: '字体',
    sans: '黑体',
    serif: '宋体',
    theme: '主题',
    ...themeNames.zh,
    outline: '目录',
    toggleOutline: '显示或隐藏目录',
    stats: '{chars} 字 · 约 {minutes} 分钟读完',
    preview: '这个网站只公开了文档的预览部分，这里显示的是能读到的内容。',
    empty: '这个页面上没有找到可以阅读的正文。',
    untitled: '无标题文档',
    end: '— 完 —',
    save: '保存选中内容',
    saveHint: '先在正文中选中文字，再保存到摘录库',
  },
  en: {
    dialog: 'JingDu reader view',
    brand: brandName.en,
    close: 'Close the reader (Esc)',
    smaller: 'Smaller text',
    larger: 'Larger text',
    size: 'Text size {n}',
    font: 'Font',
    sans: 'Sans',
    serif: 'Serif',
    theme: 'Theme',
    ...themeNames.en,
    outline: 'Outline',
    toggleOutline: 'Show or hide the outline',
    stats: '{chars} characters · about {minutes} min read',
    preview: 'This site publishes only a preview of the document; this is the part that can be read.',
    empty: 'No readable text was found on this page.',
    untitled: 'Untitled document',
    end: '— End —',
    save: 'Save selection',
    saveHint: 'Select some text first, then save it to the library',
  },
};

export const readerT = (lang?: Lang) => translator(strings, lang);
export type ReaderT = ReturnType<typeof readerT>;
