import { hasSpinEvidence } from '../engine/text/spin-page';
import { spinWords } from '../engine/text/spin-words';

/**
 * Makes sure spun words that are also normal words can be decided in context. The word frequencies are
 * injected only when the page's text holds spin evidence, so pages without spin never pay for them.
 * @param request asks the background to inject the 'spin' part into this frame
 */
export async function ensureSpinWords(within: readonly Node[], request: () => Promise<unknown>): Promise<boolean> {
  if (spinWords()) return true;
  if (!hasSpinEvidence(within.map((n) => n.textContent ?? ''))) return false;
  try {
    await request();
  } catch {
    return false;
  }
  return spinWords() !== undefined;
}
