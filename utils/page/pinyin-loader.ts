import { hasPinyinCandidate, pinyinReady } from '../engine/text/pinyin';

/**
 * Makes sure annotations on this page can be verified. The dictionary is injected only when the
 * text has a candidate, so most pages never pay for it.
 * @param request asks the background to inject the 'pinyin' part into this frame
 */
export async function ensurePinyinDictionary(doc: Document, request: () => Promise<unknown>): Promise<boolean> {
  if (pinyinReady()) return true;
  if (!hasPinyinCandidate(doc.body?.textContent ?? '')) return false;
  try {
    await request();
  } catch {
    return false;
  }
  return pinyinReady();
}
