/**
 * Parts too large to ship in every page. Each is an unlisted script that the background injects into
 * the frame of our content script that asks; it runs in the same isolated world and registers itself
 * in a global that the content script reads.
 */
export const LOAD_PART = 'jingdu:load-part';

export const partFiles = {
  pinyin: '/pinyin-dictionary.js',
  readability: '/readability.js',
  reader: '/reader.js',
  summary: '/summary.js',
  spin: '/spin-dictionary.js',
  t2s: '/t2s.js',
} as const;

export type Part = keyof typeof partFiles;

export const loadPartMessage = (part: Part) => ({ type: LOAD_PART, part });

const isPart = (part: unknown): part is Part => typeof part === 'string' && Object.hasOwn(partFiles, part);

/** Runs one file in one frame of a tab (browser.scripting.executeScript in the background). */
export type Injector = (tabId: number, frameId: number, file: (typeof partFiles)[Part]) => Promise<unknown>;

/**
 * The background's side: inject a listed part into the frame of our own content script that asked,
 * and nowhere else. Undefined (no answer) for any other message or sender.
 */
export function injectPart(
  inject: Injector,
  runtimeId: string,
  msg: unknown,
  sender: { id?: string; tab?: { id?: number }; frameId?: number },
): Promise<boolean> | undefined {
  const { type, part } = (msg ?? {}) as { type?: unknown; part?: unknown };
  const tabId = sender.tab?.id;
  if (type !== LOAD_PART || !isPart(part) || sender.id !== runtimeId || tabId === undefined) return undefined;
  return inject(tabId, sender.frameId ?? 0, partFiles[part]).then(() => true);
}
