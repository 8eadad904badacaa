import { HELLO_EVENT, KEY_EVENT, readBatch, recordsEvent, type WireRun } from './canvas-wire';

/** The text runs each canvas of the page drew, as the page-world recorder reported them. */
export interface CanvasStore {
  runs: Map<string, WireRun[]>;
  /** Calls `fn` after each batch that changed something; returns the way to stop. */
  watch(fn: () => void): () => void;
}

const SLOT = '__jingduCanvas';
/** More text than any document page draws: a page that floods the recorder stops being read. */
const MAX_RUNS = 1_000_000;

/** The store the isolated world shares between the early listener and the content script. */
export const canvasStore = (): CanvasStore | undefined => (globalThis as Record<string, unknown>)[SLOT] as CanvasStore | undefined;

/**
 * Runs in the extension's isolated world at document_start, before the page's scripts: hands the
 * page-world recorder a fresh secret and keeps the records it sends under it. The key goes out once
 * when the recorder is already listening (it cancels the event to say so), else in answer to the
 * recorder's hello, and never again after someone took it.
 */
export function listenForCanvasText(doc: Document): CanvasStore {
  const existing = canvasStore();
  if (existing) return existing;
  // randomUUID needs a secure context, and many 文库 pages are plain http.
  const key = Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(16).padStart(8, '0')).join('');
  const watchers = new Set<() => void>();
  let total = 0;
  const store: CanvasStore = {
    runs: new Map(),
    watch(fn) {
      watchers.add(fn);
      return () => watchers.delete(fn);
    },
  };
  (globalThis as Record<string, unknown>)[SLOT] = store;

  const give = () => !doc.dispatchEvent(new CustomEvent(KEY_EVENT, { detail: key, cancelable: true }));
  if (!give()) {
    const onHello = () => {
      if (give()) doc.removeEventListener(HELLO_EVENT, onHello);
    };
    doc.addEventListener(HELLO_EVENT, onHello);
  }
  doc.addEventListener(recordsEvent(key), (e) => {
    const batch = readBatch((e as CustomEvent).detail);
    if (!batch || total > MAX_RUNS) return;
    for (const id of batch.cleared) {
      total -= store.runs.get(id)?.length ?? 0;
      store.runs.delete(id);
    }
    for (const run of batch.runs) {
      let list = store.runs.get(run[0]);
      if (!list) store.runs.set(run[0], (list = []));
      list.push(run);
    }
    total += batch.runs.length;
    for (const fn of watchers) fn();
  });
  return store;
}
