import { useEffect, useState } from 'preact/hooks';
import type { PageMessage, PageStatus } from '@/utils/page/messages';
import { connect, send, type Connection } from '@/utils/tab';

type Failure = Extract<Connection, { ok: false }>;

export type PageView =
  | { phase: 'loading' }
  | { phase: 'failed'; failure: Failure }
  | { phase: 'ready'; tabId: number; status: PageStatus & Required<Pick<PageStatus, 'result' | 'url'>> };

/**
 * The target tab's status and engine result, asked once when the popup opens. The result is
 * computed and kept by the page; after a clean/original switch it is asked for again, since
 * "clean anyway" runs the engine with different options.
 */
export function usePage() {
  const [view, setView] = useState<PageView>({ phase: 'loading' });
  const [busy, setBusy] = useState(false);

  const load = async (from: Promise<Connection>) => {
    const c = await from;
    if (!c.ok) setView({ phase: 'failed', failure: c });
    else if (!c.status.result || !c.status.url) setView({ phase: 'failed', failure: { ok: false, reason: 'no-answer' } });
    else setView({ phase: 'ready', tabId: c.tabId, status: { ...c.status, result: c.status.result, url: c.status.url } });
  };

  useEffect(() => {
    void load(connect());
  }, []);

  /** Sends a message to the tab; rejects with the reason the page did not answer. */
  const act = async (msg: PageMessage, refresh = false): Promise<void> => {
    if (view.phase !== 'ready') return;
    const { tabId } = view;
    setBusy(true);
    try {
      await send(tabId, msg);
      if (refresh) await load(send(tabId, { type: 'jingdu:result' }).then((status) => ({ ok: true, tabId, status })));
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
