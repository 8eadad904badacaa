import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CopyRequest } from '@/components/popup/copy';
import type { FiguresProps } from '@/components/popup/Figures';
import { AllSites } from '@/components/popup/AllSites';
import { Header } from '@/components/popup/Header';
import { Outline } from '@/components/popup/Outline';
import { ReadImages } from '@/components/popup/ReadImages';
import { DOCUMENT_KEY, saveRequest, savedWhat, type OnSave } from '@/components/popup/save';
import { SaveDocument } from '@/components/popup/SaveDocument';
import { popupText } from '@/components/popup/strings';
import { Summary } from '@/components/popup/Summary';
import { Tabs, type TabId } from '@/components/popup/Tabs';
import { textRepairText } from '@/components/popup/text-repair-strings';
import { TextRepairs } from '@/components/popup/TextRepairs';
import { Toast, type ToastState } from '@/components/popup/Toast';
import { usePage } from '@/components/popup/usePage';
import { useSaved } from '@/components/popup/useSaved';
import { copyRich, copyText } from '@/utils/clipboard';
import type { Lang } from '@/utils/i18n';
import type { PageMessage } from '@/utils/page/messages';
import type { Connection } from '@/utils/tab';

const reason = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function App({ lang, first }: { lang: Lang; first?: Promise<Connection> }) {
  const t = popupText(lang);
  const { view, busy, act, retry } = usePage(first);
  const { saved, mark } = useSaved(view.phase === 'ready' ? view.status.url : null);
  const [tab, setTab] = useState<TabId>('summary');
  const [toast, setToast] = useState<ToastState | null>(null);
  // Loaded after the first paint: the figures list is a tab of its own.
  const [FiguresList, setFiguresList] = useState<ComponentType<FiguresProps> | null>(null);
  useEffect(() => void import('@/components/popup/Figures').then((m) => setFiguresList(() => m.Figures)), []);
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

  const { status, result } = view;
  const { glance } = status;
  const loadingPanel = (
    <div class="loading" data-testid="loading" aria-busy="true">
      <span class="spinner" aria-hidden="true" />
      {t('loading')}
    </div>
  );

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

  return (
    <main class="popup" data-testid="ready">
      <Header t={t} lang={lang} site={status.site} title={glance.title} />
      <Tabs t={t} current={tab} counts={{ outline: glance.outline.length, figures: glance.figures }} onChange={setTab} />
      <section class="panel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'summary' && (
          <Summary
            t={t}
            glance={glance}
            result={result}
            state={status.state}
            busy={busy}
            onView={(state) => run({ type: state === 'clean' ? 'jingdu:clean' : 'jingdu:show-original' }, true)}
            onCopy={copy}
            onReader={() => run({ type: 'jingdu:reader', open: true }).then((ok) => ok && window.close())}
          >
            <ReadImages tabId={view.tabId} textLayer={glance.textLayer} lang={lang} onRead={() => void run({ type: 'jingdu:result' }, true)} />
            <SaveDocument
              t={t}
              disabled={!glance.readable || !result}
              saved={saved.has(DOCUMENT_KEY)}
              onSave={save}
              onLibrary={openLibrary}
            />
          </Summary>
        )}
        {tab === 'summary' && result && (
          <TextRepairs
            t={textRepairText(lang)}
            result={result}
            state={status.state}
            busy={busy}
            spunShown={status.spunShown === true}
            onShowSpun={(spun) => run({ type: 'jingdu:spin-view', spun }, true)}
            onSelect={(r) => run({ type: 'jingdu:scroll-to', block: r.block, offset: r.offset })}
            onSimplify={() => run({ type: 'jingdu:simplify' }, true)}
          />
        )}
        {tab === 'outline' && (
          <Outline
            t={t}
            outline={glance.outline}
            onCopy={copy}
            onSelect={(e) => run({ type: 'jingdu:scroll-to', block: e.block })}
            onSave={save}
            saved={saved}
          />
        )}
        {tab === 'figures' &&
          (result && FiguresList ? <FiguresList t={t} lang={lang} figures={result.figures} onCopy={copy} onSave={save} saved={saved} /> : loadingPanel)}
      </section>
      <AllSites t={t} />
      <Toast toast={toast} />
    </main>
  );
}
