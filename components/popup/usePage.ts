import { useLayoutEffect, useState } from 'preact/hooks';
import type { ExtractResult } from '@/utils/engine/types';
import type { Glance } from '@/utils/page/glance';
import type { PageMessage, PageStatus } from '@/utils/page/messages';
import { connect, send, type Connection } from '@/utils/tab';

type Failure = Extract<Connection, { ok: false }>;

// A hidden page (the popup opened as a background tab) draws no frames: then after a moment.
const afterPaint = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 100);
  });

export type PageView =
  | { phase: 'loading' }
  | { phase: 'failed'; failure: Failure }
  | {
      phase: 'ready';
      tabId: number;
      status: PageStatus & { glance: Glance; url: string };
      /** The full result (text, figures) for copying and saving: null until it has arrived. */
      result: ExtractResult | null;
    };

export type ReadyView = Extract<PageView, { phase: 'ready' }>;

/**
 * The target tab's status, asked once when the popup opens (`first`: already asked). The page
 * answers with a small glance of its kept result, which is drawn at once; the full result follows
 * in a second message. After a clean/original switch both are asked for again, since "clean
 * anyway" runs the engine with different options.
 */
export function usePage(first?: Promise<Connection>) {
  const [view, setView] = useState<PageView>({ phase: 'loading' });
  const [busy, setBusy] = useState(false);

  const load = async (from: Promise<Connection>) => {
    const c = await from;
    if (!c.ok) return setView({ phase: 'failed', failure: c });
    const { glance, url } = c.status;
    if (!glance || !url) return setView({ phase: 'failed', failure: { ok: false, reason: 'no-answer' } });
    const { tabId } = c;
    setView({ phase: 'ready', tabId, status: { ...c.status, glance, url }, result: null });
    // Asked once the glance is on screen: the full result can be hundreds of kilobytes, and reading its
    // reply on this thread would hold up the first frames (and a tab switch right after them).
    await afterPaint();
    const full = await send(tabId, { type: 'jingdu:result' }).catch(() => null);
    if (!full?.result) return;
    const result = full.result;
    setView((v) => (v.phase === 'ready' && v.tabId === tabId ? { ...v, result } : v));
  };

  // A layout effect runs right after the first render; a plain effect would wait for the next frame.
  useLayoutEffect(() => {
    void load(first ?? connect());
  }, []);

  /** Sends a message to the tab; rejects with the reason the page did not answer. */
  const act = async (msg: PageMessage, refresh = false): Promise<void> => {
    if (view.phase !== 'ready') return;
    const { tabId } = view;
    setBusy(true);
    try {
      await send(tabId, msg);
      if (refresh) await load(send(tabId, { type: 'jingdu:glance' }).then((status) => ({ ok: true, tabId, status })));
    } finally {
      setBusy(false);
    }
  };

  const retry = () => {
    setView({ phase: 'loading' });
    void load(connect());
  };

  return { view, busy, act, retry };
}
