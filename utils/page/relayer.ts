import type { PageCleaner } from './cleaner';

/**
 * After text layers were added to the page (canvas text, OCR): a cleaned page is cleaned again from the
 * page as it now is, so that the document, outline, figures and copy come from the layers. A page left
 * as it was because it showed no document (an image page whose preview block is a line) is cleaned now
 * that the layers are one; a page the user keeps original forgets its analysis, so that the next
 * reading sees them.
 */
export function relayer(cleaner: Pick<PageCleaner, 'state' | 'restore' | 'clean' | 'analysis'>): void {
  if (cleaner.state === 'clean') {
    cleaner.restore();
    cleaner.clean(true);
  } else if (cleaner.analysis?.held) {
    cleaner.clean();
  } else {
    cleaner.analysis = null;
  }
}
