import { translator, type Dict } from '../i18n';

export const backgroundT = translator({
  zh: { readerMenu: '阅读视图' },
  en: { readerMenu: 'Reader view' },
} satisfies Dict<'readerMenu'>);
