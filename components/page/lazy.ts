import type { ContentScriptContext } from '#imports';
import type { ExtractResult } from '@/utils/engine/types';
import type { SaveOutcome } from '@/utils/page/messages';
import { handoff } from '@/utils/page/handoff';
import { guardEvents } from './guard';
import type { CreateReader, MountedReader, ReaderHandle, ReaderPrefsStore } from '../reader/mount';
import type { ReaderOcr } from '../reader/ReadImagesBar';

// The reader script runs in the content script's isolated world and hands over its factory here.
const slot = handoff<CreateReader>('__jingduReader');
export const registerReader = slot.offer;
export const registeredReader = slot.take;

/**
 * The reader of one page as the content script holds it. The overlay (Preact and its components) is
 * a separate script, injected the first time the reader opens. Call at content-script start: the
 * event guard registered now runs ahead of listeners the page adds later.
 * @param request asks the background to inject the 'reader' part into this frame
 * @param ocr the page's "read image pages" run, for the reader's own button
 */
export function lazyReader(
  ctx: ContentScriptContext,
  getResult: () => ExtractResult | null,
  prefs: ReaderPrefsStore,
  onSave: (text: string) => void,
  request: () => Promise<unknown>,
  ocr?: ReaderOcr,
): ReaderHandle {
  let reader: MountedReader | null = null;
  let loading: Promise<MountedReader | null> | null = null;

  // Inert while the reader is closed.
  guardEvents(window, (e) => reader?.covers(e) ?? false);

  const load = async (): Promise<MountedReader | null> => {
    if (!registeredReader()) await request().catch(() => undefined);
    return (reader = registeredReader()?.(ctx, getResult, prefs, onSave, ocr) ?? null);
  };

  const open = async () => {
    if (reader?.isOpen()) return true;
    // Nothing to read: no reason to fetch the reader.
    if (!getResult()) return false;
    const loaded = await (loading ??= load());
    // The reader could not be fetched: the next attempt asks again.
    if (!loaded) loading = null;
    return loaded ? loaded.open() : false;
  };

  return {
    open,
    close: () => reader?.close(),
    toggle: async () => (reader?.isOpen() ? (reader.close(), false) : open()),
    isOpen: () => reader?.isOpen() ?? false,
    selection: () => reader?.selection() ?? '',
    notify: (outcome: SaveOutcome) => reader?.notify(outcome) ?? false,
    refresh: () => reader?.refresh(),
  };
}
