import { hasPinyinCandidate, pinyinReady } from '../engine/text/pinyin';

/** Sent by a content script that needs the pinyin dictionary injected into its frame. */
export const LOAD_PINYIN = 'jingdu:load-pinyin';
export const PINYIN_SCRIPT = '/pinyin-dictionary.js';

/**
 * Makes sure annotations on this page can be verified. The dictionary is injected only when the
 * text has a candidate, so most pages never pay for it.
 * @param request asks the background to inject PINYIN_SCRIPT into this frame
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

interface Injector {
  executeScript(injection: { target: { tabId: number; frameIds?: number[] }; files: string[] }): Promise<unknown>;
}

/** The background's side: inject the dictionary into the frame that asked, and nowhere else. */
export async function injectPinyinDictionary(scripting: Injector, sender: { tab?: { id?: number }; frameId?: number }): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return false;
  await scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [PINYIN_SCRIPT] });
  return true;
}
