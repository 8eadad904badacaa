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

/** Runs PINYIN_SCRIPT in one frame of a tab (browser.scripting.executeScript in the background). */
export type Injector = (tabId: number, frameId: number) => Promise<unknown>;

/**
 * The background's side: inject the dictionary into the frame of our own content script that asked,
 * and nowhere else. Undefined (no answer) for any other message or sender.
 */
export function injectPinyinDictionary(
  inject: Injector,
  runtimeId: string,
  msg: unknown,
  sender: { id?: string; tab?: { id?: number }; frameId?: number },
): Promise<boolean> | undefined {
  const tabId = sender.tab?.id;
  if ((msg as { type?: unknown } | null)?.type !== LOAD_PINYIN || sender.id !== runtimeId || tabId === undefined) return undefined;
  return inject(tabId, sender.frameId ?? 0).then(() => true);
}
