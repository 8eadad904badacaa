import { translator, type Dict, type Lang } from '../i18n';
import type { StoreError } from './types';

// Apart from the library's labels (./messages): the content script tells a page's reader why a save
// failed, and should not carry the import errors and export headers along.
const dict: Dict<`store.${StoreError['code']}`> = {
  zh: {
    'store.quota': '存储空间已满，未能保存。请删除一些摘录或导出后清理，再试一次。',
    'store.unavailable': '无法打开摘录库（浏览器可能处于隐私模式或禁用了站点数据）。',
    'store.write': '写入摘录库失败，未保存任何内容。',
    'store.not-found': '这条摘录已不存在（可能在其他标签页中被删除）。',
    'store.empty': '没有可保存的内容。',
  },
  en: {
    'store.quota': 'Storage is full, so nothing was saved. Delete or export and remove some extracts, then try again.',
    'store.unavailable': 'The extracts library cannot be opened (private browsing or site data may be disabled).',
    'store.write': 'Writing to the extracts library failed; nothing was saved.',
    'store.not-found': 'This extract no longer exists (it may have been deleted in another tab).',
    'store.empty': 'There is nothing to save.',
  },
};

/** Why a write to the extracts library failed, for the user. */
export function storeErrorMessage(error: StoreError, lang?: Lang): string {
  return translator(dict, lang)(`store.${error.code}`);
}
