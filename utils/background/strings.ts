import { translator, type Dict } from '../i18n';

type Key = 'readerMenu' | 'saveMenu';

export const backgroundT = translator({
  zh: { readerMenu: '阅读视图', saveMenu: '保存摘录' },
  en: { readerMenu: 'Reader view', saveMenu: 'Save extract' },
} satisfies Dict<Key>);

export type BackgroundT = typeof backgroundT;
