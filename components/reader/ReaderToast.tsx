import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '@/utils/i18n';
import type { SaveOutcome } from '@/utils/page/messages';
import { outcomeText } from '../page/outcome';

/** `id` tells two notices with the same outcome apart, so saving twice shows the second one too. */
export interface ReaderNotice {
  id: number;
  outcome: SaveOutcome;
}

/** How a save went, over the bottom of the reader; confirmations fade sooner than errors. */
export function ReaderToast({ notice, lang }: { notice: ReaderNotice | null; lang: Lang }) {
  const [dismissed, setDismissed] = useState<number | null>(null);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setDismissed(notice.id), notice.outcome.ok ? 3_500 : 8_000);
    return () => clearTimeout(timer);
  }, [notice]);
  const shown = notice && notice.id !== dismissed ? notice : null;
  return (
    <div class="jd-toast-region" role="status" aria-live="polite">
      {shown && (
        // A new element per notice: a second identical message is still announced and seen as new.
        <p key={shown.id} class="jd-toast" data-kind={shown.outcome.ok ? 'ok' : 'error'}>
          {outcomeText(shown.outcome, lang)}
        </p>
      )}
    </div>
  );
}
