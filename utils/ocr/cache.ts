import { openDB, type IDBPDatabase } from 'idb';
import type { LayerBlock } from '../page/text-layer';

/**
 * What OCR read from each page image, in the extension's IndexedDB (the OCR page's origin), keyed by
 * the image's address and natural size: reopening a document shows its text at once.
 */
const DB = 'jingdu-ocr';
const STORE = 'pages';

let db: Promise<IDBPDatabase> | null = null;
const open = () =>
  (db ??= openDB(DB, 1, {
    upgrade(d) {
      d.createObjectStore(STORE);
    },
  }));

export async function cachedPage(key: string): Promise<LayerBlock[] | undefined> {
  try {
    // Awaited here, so that a failed read is caught below (a miss), not handed to the caller.
    return (await (await open()).get(STORE, key)) as LayerBlock[] | undefined;
  } catch {
    return undefined;
  }
}

/** A failed write only loses the cache entry: the text is still shown. */
export async function cachePage(key: string, blocks: LayerBlock[]): Promise<void> {
  try {
    await (await open()).put(STORE, blocks, key);
  } catch {
    // quota or a closed database: the page is read again next time
  }
}
