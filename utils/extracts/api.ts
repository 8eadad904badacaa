// The calls the popup, context menu and reader use. IndexedDB belongs to the extension's origin, so
// call these from extension pages or the background, never from a content script (that is the page's origin).
import type { ExtractResult, Figure } from '../engine/types';
import { documentDraft, figuresDraft, sectionDraft, selectionDraft } from './build';
import { extractsForUrl, openExtractsDb, saveExtract, type ExtractsDb, type SaveOptions, type SaveStatus } from './db';
import type { Draft, Result, StoreError, StoredExtract } from './types';

export type SaveResult = Result<{ status: SaveStatus; extract: StoredExtract }, StoreError>;

let opening: Promise<Result<ExtractsDb, StoreError>> | null = null;

/** The library database, opened once per context; a failed open is retried on the next call. */
export function libraryDb(): Promise<Result<ExtractsDb, StoreError>> {
  opening ??= openExtractsDb().then((r) => {
    if (!r.ok) opening = null;
    else {
      // Closed for another version's upgrade, or by the browser: open afresh next time.
      for (const event of ['close', 'versionchange'] as const) r.value.addEventListener(event, () => (opening = null));
    }
    return r;
  });
  return opening;
}

async function save(draft: Draft | null, options?: SaveOptions): Promise<SaveResult> {
  if (!draft) return { ok: false, error: { code: 'empty', detail: '' } };
  const db = await libraryDb();
  return db.ok ? saveExtract(db.value, draft, options) : db;
}

export const saveDocument = (result: ExtractResult, url: string, options?: SaveOptions) => save(documentDraft(result, url), options);

/** `index` is the position of the heading in `result.outline`. */
export const saveSection = (result: ExtractResult, url: string, index: number, options?: SaveOptions) =>
  save(sectionDraft(result, url, index), options);

/** Pass one figure, or `result.figures` for all of them. */
export const saveFigures = (result: ExtractResult, url: string, figures: readonly Figure[], options?: SaveOptions) =>
  save(figuresDraft(result, url, figures), options);

/** The section is looked up in the outline when not given. */
export const saveSelection = (result: ExtractResult, url: string, text: string, options?: SaveOptions & { section?: string | null }) =>
  save(selectionDraft(result, url, text, options?.section), options);

/** What is already saved from this page, e.g. to mark the popup's save button as "saved". */
export async function savedFromPage(url: string): Promise<Result<StoredExtract[], StoreError>> {
  const db = await libraryDb();
  return db.ok ? extractsForUrl(db.value, url) : db;
}
