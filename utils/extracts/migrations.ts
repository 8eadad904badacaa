import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { docKeyOf } from './identity';
import { haystackOf } from './search';
import type { Extract, StoredExtract } from './types';

export const DB_NAME = 'jingdu-extracts';
export const STORE = 'extracts';

export interface ExtractsSchema extends DBSchema {
  extracts: { key: string; value: StoredExtract; indexes: { savedAt: number; docKey: string } };
}

export type ExtractsDb = IDBPDatabase<ExtractsSchema>;
type UpgradeTx = IDBPTransaction<ExtractsSchema, StoreNames<ExtractsSchema>[], 'versionchange'>;
type Migration = (db: ExtractsDb, tx: UpgradeTx) => Promise<void> | void;

/** A v1 record: no docKey and no haystack yet. */
export type V1Record = Extract extends infer E ? (E extends Extract ? Omit<E, 'docKey'> : never) : never;

/** migrations[n] upgrades a version-n database to n + 1. Never edit a shipped step: add one. */
export const migrations: Migration[] = [
  // v1: one store keyed by the identity hash; newest-first listing walks the savedAt index.
  (db) => {
    db.createObjectStore(STORE, { keyPath: 'id' }).createIndex('savedAt', 'savedAt');
  },
  // v2: grouping by document and "what have I saved from this page" need a docKey index, and search
  // over thousands of extracts needs a precomputed normalised haystack instead of NFKC per keystroke.
  async (_db, tx) => {
    const store = tx.objectStore(STORE);
    store.createIndex('docKey', 'docKey');
    for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
      const old = cursor.value as unknown as V1Record;
      const upgraded = { ...old, docKey: docKeyOf(old.url) } as Extract;
      await cursor.update({ ...upgraded, haystack: haystackOf(upgraded) });
    }
  },
];

export const DB_VERSION = migrations.length;

/** Runs the steps from oldVersion up to newVersion inside the upgrade transaction. */
export function upgrade(db: ExtractsDb, oldVersion: number, newVersion: number, tx: UpgradeTx, steps = migrations): void {
  // A failure reaches the caller as openDB's rejection; the transaction's own promise would only repeat it.
  tx.done.catch(() => {});
  // Steps run one after another on the same transaction; it stays open while requests are pending.
  // A failing step aborts the whole upgrade, so the database stays at its old version, data intact.
  steps
    .slice(oldVersion, newVersion)
    .reduce<Promise<void>>((prev, step) => prev.then(() => step(db, tx)), Promise.resolve())
    .catch(() => tx.abort());
}
