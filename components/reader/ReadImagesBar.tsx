import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '@/utils/i18n';
import type { OcrAction, OcrStatus } from '@/utils/page/messages';
import { endedLine, ocrText, runningLine } from '../ocr-strings';

/** The page's "read image pages" run (utils/page/ocr-controller.ts), as the content script hands it to the reader. */
export type ReaderOcr = (action: OcrAction) => OcrStatus;

const POLL_MS = 500;

/**
 * 识别图片页 / Read image pages inside the reader: the same run as the popup's; the article fills in as
 * pages are read (the reader is repainted with each page's result). Only the user's own click starts or
 * stops it: the shadow root is open to page scripts.
 */
export function ReadImagesBar({ ocr, lang }: { ocr: ReaderOcr; lang: Lang }) {
  const t = ocrText(lang);
  const [status, setStatus] = useState(() => ocr('status'));
  useEffect(() => {
    if (!status.running) return;
    const timer = setInterval(() => setStatus(ocr('status')), POLL_MS);
    return () => clearInterval(timer);
  }, [status.running]);

  if (!status.running && status.waiting === 0 && status.total === 0) return null;
  const act = (action: OcrAction) => (ev: MouseEvent) => {
    if (ev.isTrusted) setStatus(ocr(action));
  };
  return (
    <div class="jd-notice jd-ocr" data-testid="reader-ocr" aria-live="polite">
      {status.running ? (
        <>
          {runningLine(t, status)}{' '}
          <button type="button" onClick={act('stop')}>
            {t('stop')}
          </button>
        </>
      ) : (
        <>
          {status.total > 0 && `${endedLine(t, status)} `}
          {status.waiting > 0 && (
            <button type="button" title={t('readHint', { n: status.waiting })} onClick={act('start')}>
              {t('read')}
            </button>
          )}
        </>
      )}
      {status.empty.length > 0 && <span> · {t('empty', { pages: status.empty.join(', ') })}</span>}
      {status.failed.length > 0 && <span> · {t('failed', { pages: status.failed.join(', ') })}</span>}
    </div>
  );
}
