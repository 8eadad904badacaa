import { render } from 'preact';
import { createShadowRootUi, type ContentScriptContext, type ShadowRootContentScriptUi } from '#imports';
import type { ExtractResult } from '@/utils/engine/types';
import type { SaveOutcome } from '@/utils/page/messages';
import type { ReaderPrefs } from '@/utils/settings';
// Inline rather than cssInjectionMode 'ui': that fetches the CSS file, which the manifest makes
// web-accessible only on the matched sites, and the reader also opens where the script was injected.
import css from './reader.css?inline';
import { Reader } from './Reader';
import type { ReaderOcr } from './ReadImagesBar';
import type { ReaderNotice } from './ReaderToast';
import { selectedText } from './selection';

export interface ReaderPrefsStore {
  get(): ReaderPrefs;
  set(prefs: ReaderPrefs): void;
}

export interface ReaderHandle {
  /** Resolves to false when there is nothing to read. */
  open(): Promise<boolean>;
  close(): void;
  /** Resolves to whether the reader is open afterwards. */
  toggle(): Promise<boolean>;
  isOpen(): boolean;
  /** The text selected in the open reader's article; '' when closed or nothing is selected there. */
  selection(): string;
  /** Shows how a save went inside the reader; false when it is closed, so the caller says it elsewhere. */
  notify(outcome: SaveOutcome): boolean;
  /** The open reader shows the page's result as it is now (text read from page images since it opened). */
  refresh(): void;
}

/** The overlay as the reader script makes it: also tells the content script's event guard what is inside. */
export interface MountedReader extends ReaderHandle {
  /** Whether an event comes from inside the open reader. */
  covers(e: Event): boolean;
}

export type CreateReader = typeof createReader;

/** The reader overlay of one page, made in the reader script when it first opens (see ./lazy.ts). */
export function createReader(
  ctx: ContentScriptContext,
  getResult: () => ExtractResult | null,
  prefs: ReaderPrefsStore,
  onSave: (text: string) => void,
  ocr?: ReaderOcr,
): MountedReader {
  let creating: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let container: HTMLElement | null = null;
  let shown: ExtractResult | null = null;
  let notice: ReaderNotice | null = null;
  let returnFocus: Element | null = null;

  // WXT removes the UI when the context dies (extension reloaded, or a second copy injected).
  ctx.onInvalidated(() => void (shown = null));

  const close = () => {
    if (!shown) return;
    shown = null;
    ui?.remove();
    if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  };

  // Rendering again with new props keeps the reader's state (scroll, outline, preferences in use).
  const paint = () => {
    if (container && shown) {
      render(
        <Reader result={shown} prefs={prefs.get()} onPrefs={prefs.set} onClose={close} onSave={onSave} notice={notice} ocr={ocr} />,
        container,
      );
    }
  };

  const getUi = () =>
    (creating ??= createShadowRootUi(ctx, {
      name: 'jingdu-reader',
      css,
      // Outside <body>: the cleaner takes nodes added there for more content from the site.
      anchor: document.documentElement,
      position: 'modal',
      zIndex: 2147483647,
      onMount(mounted) {
        container = mounted;
        notice = null;
        paint();
        return mounted;
      },
      onRemove(mounted) {
        if (mounted) render(null, mounted);
        container = null;
      },
    }));

  const open = async () => {
    if (shown) return true;
    const result = getResult();
    if (!result) return false;
    ui = await getUi();
    if (shown) return true;
    returnFocus = document.activeElement;
    shown = result;
    ui.mount();
    return true;
  };

  return {
    open,
    close,
    covers: (e) => shown !== null && ui !== null && e.composedPath().includes(ui.shadowHost),
    toggle: async () => (shown ? (close(), false) : open()),
    isOpen: () => shown !== null,
    selection: () => {
      const article = shown ? ui?.shadow.querySelector('.jd-article') : null;
      return article ? selectedText(article) : '';
    },
    refresh: () => {
      if (!shown) return;
      shown = getResult() ?? shown;
      paint();
    },
    notify: (outcome) => {
      if (!shown || !container) return false;
      notice = { id: (notice?.id ?? 0) + 1, outcome };
      paint();
      return true;
    },
  };
}
