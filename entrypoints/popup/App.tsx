import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CopyRequest } from '@/components/popup/copy';
import { Header } from '@/components/popup/Header';
import { Loading } from '@/components/popup/Loading';
import { panels } from '@/components/popup/panels';
import type { TabId } from '@/components/popup/panels/types';
import { saveRequest, savedWhat, type OnSave } from '@/components/popup/save';
import { popupText } from '@/components/popup/strings';
import { Tabs } from '@/components/popup/Tabs';
import { Toast, type ToastState } from '@/components/popup/Toast';
import { later, useLater } from '@/components/popup/useLater';
import { usePage } from '@/components/popup/usePage';
import { useSaved } from '@/components/popup/useSaved';
import { copyRich, copyText } from '@/utils/clipboard';
import type { Lang } from '@/utils/i18n';
import type { PageMessage } from '@/utils/page/messages';
import type { Connection } from '@/utils/tab';

// The switch at the foot: after the first paint, like every part the status and outline do not need.
const allSites = later(() => import('@/components/popup/AllSites').then((m) => m.AllSites));

const reason = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function App({ lang, first }: { lang: Lang; first?: Promise<Connection> }) {
  const t = popupText(lang);
  const { view, busy, act, retry } = usePage(first);
  const { saved, mark } = useSaved(view.phase === 'ready' ? view.status.url : null);
  const [tab, setTab] = useState<TabId>(panels[0].id);
  const [toast, setToast] = useState<ToastState | null>(null);
  const AllSites = useLater(allSites);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const show = (next: ToastState) => {
    clearTimeout(timer.current);
    setToast(next);
    if (next.kind === 'ok') timer.current = setTimeout(() => setToast(null), 2400);
  };

  const copy = async ({ what, text, html }: CopyRequest) => {
    const r = html === undefined ? await copyText(text) : await copyRich(html, text);
    if (!r.ok) show({ kind: 'error', message: t('copyFailed', { reason: r.reason }) });
    else show({ kind: 'ok', message: t(html !== undefined && !r.rich ? 'copiedPlain' : 'copied', { what: t(`what.${what}`) }) });
  };

  /** Resolves to whether the page answered; when it did not, the toast says why. */
  const run = (msg: PageMessage, refresh = false): Promise<boolean> =>
    act(msg, refresh).then(
      () => true,
      (err: unknown) => {
        show({ kind: 'error', message: t('err.action', { reason: reason(err) }) });
        return false;
      },
    );

  const foot = AllSites && <AllSites t={t} />;
  if (view.phase !== 'ready') {
    return (
      <main class="popup">
        <Header t={t} lang={lang} />
        {view.phase === 'loading' ? (
          <Loading t={t} />
        ) : (
          <div class="card error" role="alert" data-testid="error" data-reason={view.failure.reason}>
            <p>{t(`err.${view.failure.reason}`)}</p>
            {view.failure.reason !== 'unsupported' && (
              <button type="button" onClick={retry}>
                {t('retry')}
              </button>
            )}
          </div>
        )}
        {foot}
      </main>
    );
  }

  const { status, result } = view;
  const save: OnSave = async (request) => {
    // The full result follows the first paint within a moment; a save before it is told to wait.
    if (!result) {
      show({ kind: 'error', message: t('err.action', { reason: t('loading') }) });
      return false;
    }
    const r = await saveRequest(request, result, status.url);
    if (!r.ok) {
      const { storeErrorMessage } = await import('@/utils/extracts/store-messages');
      show({ kind: 'error', message: storeErrorMessage(r.error, lang) });
      return false;
    }
    mark(r.value.extract);
    show({ kind: 'ok', message: t(`saved.${r.value.status}`, { what: savedWhat(t, request, result) }) });
    return true;
  };
  const openLibrary = () => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
  const { Panel } = panels.find((p) => p.id === tab) ?? panels[0];

  return (
    <main class="popup" data-testid="ready">
      <Header t={t} lang={lang} site={status.site} title={status.glance.title} />
      <Tabs t={t} panels={panels} current={tab} glance={status.glance} onChange={setTab} />
      <section class="panel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        <Panel t={t} lang={lang} page={view} busy={busy} saved={saved} run={run} copy={copy} save={save} openLibrary={openLibrary} />
      </section>
      {foot}
      <Toast toast={toast} />
    </main>
  );
}
