import { isTraditional, toSimplified } from '../engine/text/t2s';

/**
 * Makes sure a page in traditional script can be converted. OpenCC's tables are injected only when the
 * text is traditional, so simplified pages never pay for them.
 * @param request asks the background to inject the 't2s' part into this frame
 */
export async function ensureToSimplified(within: readonly Node[], request: () => Promise<unknown>): Promise<boolean> {
  if (toSimplified()) return true;
  if (!within.some((n) => isTraditional(n.textContent ?? ''))) return false;
  try {
    await request();
  } catch {
    return false;
  }
  return toSimplified() !== undefined;
}
