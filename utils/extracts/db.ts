import { openDB, type IDBPTransaction } from 'idb';
import { cleanTags, docKeyOf, extractId } from './identity';
import { DB_NAME, DB_VERSION, STORE, upgrade, type ExtractsDb, type ExtractsSchema } from './migrations';
import { applyEdit, mergeExtracts, mergeNotes } from './merge';
import { withHaystack } from './search';
import type { Draft, Extract, Result, StoreError, StoredExtract } from './types';

export type { ExtractsDb } from './migrations';

// Older Firefox names a full profile NS_ERROR_DOM_QUOTA_REACHED; 22 is the legacy QUOTA_EXCEEDED_ERR code.
const isQuota = (e: { name?: string; code?: number } | null) =>
  e?.name === 'QuotaExceededError' || e?.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e?.code === 22;

function storeError(e: unknown): StoreError {
  const detail = e instanceof Error || e instanceof DOMException ? `${e.name}: ${e.message}` : String(e);
  return { code: isQuota(e as { name?: string; code?: number } | null) ? 'quota' : 'write', detail };
}

/** Runs one storage operation; any IndexedDB failure comes back as a typed error, never thrown. */
export async function attempt<T>(op: () => Promise<T>): Promise<Result<T, StoreError>> {
  try {
    return { ok: true, value: await op() };
  } catch (e) {
    return { ok: false, error: storeError(e) };
  }
}

export type WriteTx = IDBPTransaction<ExtractsSchema, [typeof STORE], 'readwrite'>;

/**
 * One readwrite transaction per write: IndexedDB runs them one at a time across all tabs, so a read
 * followed by a put never races. If anything fails part way the transaction is aborted: all or nothing.
 */
export function write<T>(db: ExtractsDb, op: (tx: WriteTx) => Promise<T>): Promise<Result<T, StoreError>> {
  return attempt(async () => {
    // Strict: reported saved means on disk (Chrome's default "relaxed" may lose the last writes on a crash);
    // writes are few and an import is one transaction, so the extra flush costs little.
    const tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
    // Its failure is reported through op or the await below; this only stops a duplicate unhandled rejection.
    tx.done.catch(() => {});
    try {
      const value = await op(tx);
      await tx.done;
      announceChange();
      return value;
    } catch (e) {
      try {
        tx.abort();
      } catch {
        // Already aborted by the failed request or by the browser.
      }
      // Requests cut short by an abort fail with a bare AbortError; the transaction's own error says why
      // (a full disk), which is what the user must be told.
      throw tx.error ?? e;
    }
  });
}

export async function openExtractsDb(name = DB_NAME): Promise<Result<ExtractsDb, StoreError>> {
  try {
    const db = await openDB<ExtractsSchema>(name, DB_VERSION, {
      upgrade: (db, oldVersion, newVersion, tx) => upgrade(db, oldVersion, newVersion ?? DB_VERSION, tx),
      // An updated extension in another tab needs this connection gone to run its migration.
      blocking: (_current, _next, event) => (event.target as IDBDatabase).close(),
    });
    return { ok: true, value: db };
  } catch (e) {
    return { ok: false, error: { code: 'unavailable', detail: storeError(e).detail } };
  }
}

// Other open library pages refresh when any context (popup, background, another tab) writes.
const CHANNEL = 'jingdu-extracts';
const instance = Math.random().toString(36).slice(2);

function announceChange(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ from: instance });
  channel.close();
}

/** Calls back when another context changed the extracts; returns the unsubscribe function. */
export function onExternalChange(callback: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<{ from?: string }>) => event.data?.from !== instance && callback();
  return () => channel.close();
}

export type SaveStatus = 'created' | 'updated' | 'exists';
export interface SaveOptions {
  tags?: string[];
  note?: string;
  now?: number;
}

function contentOf(draft: Draft): Partial<Extract> {
  return draft.kind === 'document' ? draft : {};
}

/**
 * Saves once per identity. Saving again adds the new tags and the new note (two tabs saving one extract
 * with different notes keep both), and for a whole document refreshes the text (the page may have been
 * cleaned better since); otherwise "exists".
 */
export async function saveExtract(db: ExtractsDb, draft: Draft, options: SaveOptions = {}) {
  const id = await extractId(draft);
  const now = options.now ?? Date.now();
  const tags = cleanTags(options.tags ?? []);
  const note = options.note?.trim() ?? '';
  return write(db, async (tx) => {
    const old = await tx.store.get(id);
    let record: StoredExtract;
    let status: SaveStatus = 'created';
    if (!old) {
      record = withHaystack({ ...draft, id, docKey: docKeyOf(draft.url), savedAt: now, updatedAt: now, tags, note } as Extract);
    } else {
      const next = { ...old, ...contentOf(draft), tags: cleanTags([...old.tags, ...tags]), note: mergeNotes(old.note, note) };
      const { updatedAt: _a, haystack: _b, ...before } = old;
      const { updatedAt: _c, haystack: _d, ...after } = next;
      status = JSON.stringify(before) === JSON.stringify(after) ? 'exists' : 'updated';
      record = status === 'exists' ? old : withHaystack({ ...next, updatedAt: now } as Extract);
    }
    if (status !== 'exists') await tx.store.put(record);
    return { status, extract: record };
  });
}

/** All extracts, newest first. */
export function listExtracts(db: ExtractsDb) {
  return attempt(async () => (await db.getAllFromIndex(STORE, 'savedAt')).reverse());
}

/** What has been saved from the page at this address (any fragment or tracking parameters ignored). */
export function extractsForUrl(db: ExtractsDb, url: string) {
  return attempt(() => db.getAllFromIndex(STORE, 'docKey', docKeyOf(url)));
}

/**
 * The library's edit of `base`, the record as the editor opened it. Applied to the record as stored now,
 * so tags or a note saved from another tab meanwhile are kept.
 */
export async function updateExtract(db: ExtractsDb, base: Extract, edit: { tags?: string[]; note?: string }, now = Date.now()) {
  const result = await write(db, async (tx) => {
    const old = await tx.store.get(base.id);
    if (!old) return null;
    const { haystack: _, ...rest } = old;
    const record = withHaystack({ ...rest, ...applyEdit(base, old, edit), updatedAt: now } as Extract);
    await tx.store.put(record);
    return record;
  });
  if (result.ok && !result.value) return { ok: false, error: { code: 'not-found', detail: base.id } } as const;
  return result as Result<StoredExtract, StoreError>;
}

/** Deletes in one transaction and returns what was deleted, so the caller can offer undo. */
export function deleteExtracts(db: ExtractsDb, ids: readonly string[]) {
  return write(db, async (tx) => {
    const found = await Promise.all(ids.map((id) => tx.store.get(id)));
    const removed = found.filter((r): r is StoredExtract => r !== undefined);
    await Promise.all(removed.map((r) => tx.store.delete(r.id)));
    return removed;
  });
}

/**
 * Puts records back (undo of a delete), in one transaction. One saved again from a page since the delete
 * is merged with, not overwritten, so its new tags and note survive the undo.
 */
export function restoreExtracts(db: ExtractsDb, records: readonly StoredExtract[]) {
  return write(db, async (tx) => {
    const now = await Promise.all(records.map((r) => tx.store.get(r.id)));
    await Promise.all(records.map((r, i) => tx.store.put(now[i] ? withHaystack(mergeExtracts(r, now[i]!)) : r)));
    return records.length;
  });
}
