import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CopyRequest } from '@/components/popup/copy';
import { AllSites } from '@/components/popup/AllSites';
import { Figures } from '@/components/popup/Figures';
import { Header } from '@/components/popup/Header';
import { Outline } from '@/components/popup/Outline';
import { ReadImages } from '@/components/popup/ReadImages';
import { DOCUMENT_KEY, saveRequest, savedWhat, type OnSave } from '@/components/popup/save';
import { SaveDocument } from '@/components/popup/SaveDocument';
import { popupText } from '@/components/popup/strings';
import { Summary } from '@/components/popup/Summary';
import { Tabs, type TabId } from '@/components/popup/Tabs';
import { Toast, type ToastState } from '@/components/popup/Toast';
import { usePage } from '@/components/popup/usePage';
import { useSaved } from '@/components/popup/useSaved';
import { copyRich, copyText } from '@/utils/clipboard';
import { storeErrorMessage } from '@/utils/extracts/store-messages';
import type { Lang } from '@/utils/i18n';
import type { PageMessage } from '@/utils/page/messages';

const reason = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function App({ lang }: { lang: Lang }) {
  const t = popupText(lang);
  const { view, busy, act, retry } = usePage();
  const { saved, mark } = useSaved(view.phase === 'ready' ? view.status.url : null);
  const [tab, setTab] = useState<TabId>('summary');
  const [toast, setToast] = useState<ToastState | null>(null);
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

  if (view.phase !== 'ready') {
    return (
      <main class="popup">
        <Header t={t} lang={lang} />
        {view.phase === 'loading' ? (
          <div class="loading" data-testid="loading" aria-busy="true">
            <span class="spinner" aria-hidden="true" />
            {t('loading')}
          </div>
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
        <AllSites t={t} />
      </main>
    );
  }

  const { status } = view;
  const { result } = status;

  const save: OnSave = async (request) => {
    const r = await saveRequest(request, result, status.url);
    if (!r.ok) {
      show({ kind: 'error', message: storeErrorMessage(r.error, lang) });
      return false;
    }
    mark(r.value.extract);
    show({ kind: 'ok', message: t(`saved.${r.value.status}`, { what: savedWhat(t, request, result) }) });
    return true;
  };
  const openLibrary = () => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });

  return (
    <main class="popup" data-testid="ready">
      <Header t={t} lang={lang} site={status.site} title={result.title} />
      <Tabs t={t} current={tab} counts={{ outline: result.outline.length, figures: result.figures.length }} onChange={setTab} />
      <section class="panel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'summary' && (
          <Summary
            t={t}
            result={result}
            state={status.state}
            busy={busy}
            onView={(state) => run({ type: state === 'clean' ? 'jingdu:clean' : 'jingdu:show-original' }, true)}
            onCopy={copy}
            onReader={() => run({ type: 'jingdu:reader', open: true }).then((ok) => ok && window.close())}
          >
            <ReadImages tabId={view.tabId} textLayer={result.textLayer} lang={lang} onRead={() => void run({ type: 'jingdu:result' }, true)} />
            <SaveDocument
              t={t}
              disabled={result.textLayer === 'none' || result.text.trim() === ''}
              saved={saved.has(DOCUMENT_KEY)}
              onSave={save}
              onLibrary={openLibrary}
            />
          </Summary>
        )}
        {tab === 'outline' && (
          <Outline
            t={t}
            outline={result.outline}
            onCopy={copy}
            onSelect={(e) => run({ type: 'jingdu:scroll-to', block: e.block })}
            onSave={save}
            saved={saved}
          />
        )}
        {tab === 'figures' && <Figures t={t} lang={lang} figures={result.figures} onCopy={copy} onSave={save} saved={saved} />}
      </section>
      <AllSites t={t} />
      <Toast toast={toast} />
    </main>
  );
}
