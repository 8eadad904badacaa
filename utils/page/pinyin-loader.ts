import { hasPinyinCandidate, pinyinReady } from '../engine/text/pinyin';

/**
 * Makes sure annotations in `within` (the page's body, or what the site just appended) can be verified.
 * The dictionary is injected only when that text has a candidate, so most pages never pay for it.
 * @param request asks the background to inject the 'pinyin' part into this frame
 */
export async function ensurePinyinDictionary(within: readonly Node[], request: () => Promise<unknown>): Promise<boolean> {
  if (pinyinReady()) return true;
  if (!within.some((n) => hasPinyinCandidate(n.textContent ?? ''))) return false;
  try {
    await request();
  } catch {
    return false;
  }
  return pinyinReady();
}
