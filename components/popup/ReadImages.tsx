import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TextLayer } from '@/utils/engine/types';
import type { Lang } from '@/utils/i18n';
import type { OcrAction, OcrStatus, PageMessage } from '@/utils/page/messages';
import { endedLine, ocrText, runningLine } from '../ocr-strings';

const POLL_MS = 500;

const isStatus = (x: unknown): x is OcrStatus =>
  typeof x === 'object' && x !== null && typeof (x as OcrStatus).running === 'boolean' && typeof (x as OcrStatus).waiting === 'number';

const ask = async (tabId: number, action: OcrAction): Promise<OcrStatus> => {
  const msg: PageMessage = { type: 'jingdu:ocr', action };
  const reply: unknown = await browser.tabs.sendMessage(tabId, msg);
  if (!isStatus(reply)) throw new Error('the page did not answer');
  return reply;
};

/**
 * 识别图片页 / Read image pages: offered where the document is drawn as page images; shows the run's
 * progress (page n of N, time left) while the popup is open, and lets it be stopped. The run lives in
 * the page, so closing the popup does not stop it.
 * @param onRead called when a run ends, so that the popup reads the page's result again
 */
export function ReadImages({ tabId, textLayer, lang, onRead }: { tabId: number; textLayer: TextLayer; lang: Lang; onRead: () => void }) {
  const t = ocrText(lang);
  const [status, setStatus] = useState<OcrStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const wasRunning = useRef(false);

  const act = (action: OcrAction) =>
    ask(tabId, action).then(
      (s) => {
        setError(null);
        setStatus(s);
        if (wasRunning.current && !s.running) onRead();
        wasRunning.current = s.running;
      },
      // A page that cannot say how reading stands (an old copy of the content script) just shows no button.
      (err: unknown) => action !== 'status' && setError(err instanceof Error ? err.message : String(err)),
    );

  useEffect(() => void act('status'), [tabId]);
  const running = status?.running ?? false;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => void act('status'), POLL_MS);
    return () => clearInterval(timer);
  }, [running]);

  if (error)
    return (
      <p class="card error" role="alert" data-testid="ocr-error">
        {t('unavailable', { reason: error })}
      </p>
    );
  if (!status) return null;
  // A page whose own text is the document (textLayer 'full') has photos, not page images.
  const offered = status.running || status.total > 0 || (textLayer !== 'full' && (status.waiting > 0 || textLayer === 'preview-only'));
  if (!offered) return null;
  const list = (pages: number[]) => pages.join(', ');

  return (
    <div class="card ocr" data-testid="ocr" aria-live="polite">
      {running ? (
        <p class="row">
          <span data-testid="ocr-progress">{runningLine(t, status)}</span>
          <button type="button" class="small" data-testid="ocr-stop" onClick={() => void act('stop')}>
            {t('stop')}
          </button>
        </p>
      ) : (
        <>
          {status.total > 0 && (
            <p data-testid="ocr-done">
              {endedLine(t, status)}
              {status.cached > 0 && ` ${t('cached', { n: status.cached })}`}
            </p>
          )}
          <button
            type="button"
            class="wide"
            data-testid="ocr-start"
            disabled={status.waiting === 0}
            title={t('readHint', { n: status.waiting })}
            onClick={() => void act('start')}
          >
            {t('read')}
          </button>
        </>
      )}
      {status.empty.length > 0 && (
        <p class="muted" data-testid="ocr-empty">
          {t('empty', { pages: list(status.empty) })}
        </p>
      )}
      {status.failed.length > 0 && (
        <p class="muted" data-testid="ocr-failed">
          {t('failed', { pages: list(status.failed) })}
        </p>
      )}
    </div>
  );
}
