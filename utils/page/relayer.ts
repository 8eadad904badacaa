import type { PageCleaner } from './cleaner';

/**
 * After text layers were added to the page (canvas text, OCR): a cleaned page is cleaned again from the
 * page as it now is, so that the document, outline, figures and copy come from the layers; a page not
 * cleaned forgets its analysis, so that the next reading sees them.
 */
export function relayer(cleaner: Pick<PageCleaner, 'state' | 'restore' | 'clean' | 'analysis'>): void {
  if (cleaner.state === 'clean') {
    cleaner.restore();
    cleaner.clean(true);
  } else {
    cleaner.analysis = null;
  }
}
