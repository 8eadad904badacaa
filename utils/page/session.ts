import type { ContentScriptContext } from '#imports';
import { browser } from 'wxt/browser';
import { lazyReader } from '@/components/page/lazy';
import { showPageNotice } from '@/components/page/notice';
import { outcomeText } from '@/components/page/outcome';
import type { ExtractResult, LivePage } from '../engine/index';
import { autoCleanOn, defaultSettings, loadSettings, updateSettings, type Settings } from '../settings';
import { canvasStore } from './canvas-listen';
import { followCanvasText, showCanvasText } from './canvas-text';
import { PageCleaner } from './cleaner';
import { glanceOf, type Glance } from './glance';
import { isSaveOutcome, type PageSelection, type PageStatus, type SaveMessage, type SaveOutcome } from './messages';
import { ocrController } from './ocr-controller';
import { injectedParts } from './part-source';
import { loadPartMessage, type Part } from './parts';

export type PageSession = ReturnType<typeof pageSession>;

/**
 * Everything the content script keeps for one tab: the user's settings, the page's cleaner, its reader
 * and its OCR run, and what the popup and the reader are told. The message handlers (handlers.ts) act on it.
 */
export function pageSession(ctx: ContentScriptContext, doc: Document) {
  let settings: Settings = defaultSettings;
  const ready = loadSettings().then((s) => void (settings = s));
  const request = (part: Part) => browser.runtime.sendMessage(loadPartMessage(part));
  let simplifyAsked = false;
  const options = () => ({
    keep: settings.keep,
    repairSpin: settings.repairSpin,
    simplify: simplifyAsked ? ('force' as const) : settings.simplifyMirrors ? ('mirrors' as const) : ('offer' as const),
  });
  // On sites that draw their text, what the canvases drew (canvas-listen.content.ts) is read as the document.
  const canvas = canvasStore();
  const layers = () => (canvas ? showCanvasText(doc, canvas) : () => {});
  const cleaner = new PageCleaner(doc, () => location.href, options, injectedParts(request), layers);
  let original = false;
  let started = false;
  if (canvas)
    followCanvasText(canvas, () => {
      if (!started || original) return;
      const was = cleaner.state === 'clean';
      if (was) cleaner.restore();
      if (was || autoCleanOn(settings, location.href)) cleaner.clean(was);
    });

  // Unrecognised pages, or pages the user keeps as they are, are read without being touched.
  const result = () => cleaner.inspect().result;
  const prefs = {
    get: () => settings.reader,
    set: (reader: Settings['reader']) => {
      settings = { ...settings, reader };
      void updateSettings((s) => ({ ...s, reader }));
    },
  };
  const reader = lazyReader(
    ctx,
    result,
    prefs,
    (text) => void requestSave(text).then(notify),
    () => request('reader'),
    (action) => ocr(action),
  );
  const ocr = ocrController(doc, cleaner, () => reader.refresh());

  const notify = (outcome: SaveOutcome) => {
    if (!reader.notify(outcome)) showPageNotice(doc, outcomeText(outcome), outcome.ok ? 'ok' : 'error');
  };
  // The library is the extension's IndexedDB, out of a content script's reach: the background saves.
  const requestSave = async (text: string): Promise<SaveOutcome> => {
    const msg: SaveMessage = { type: 'jingdu:save', what: 'selection', text, result: (await cleaner.read()).result };
    let reply: unknown;
    try {
      reply = await browser.runtime.sendMessage(msg);
    } catch {
      // The extension was reloaded or updated, which leaves this copy of the script without a background.
    }
    return isSaveOutcome(reply) ? reply : { ok: false, code: 'no-answer' };
  };

  // The popup's first paint, worked out once per analysis and kept.
  // An append sums the page up again: a new result, a new glance.
  let glance: { of: ExtractResult; glance: Glance } | null = null;
  const glanceNow = (analysis: LivePage): Glance => {
    if (glance?.of !== analysis.result) glance = { of: analysis.result, glance: glanceOf(analysis.result) };
    return glance.glance;
  };

  return {
    ready,
    cleaner,
    reader,
    ocr,
    notify,
    settings: () => settings,
    autoClean: () => autoCleanOn(settings, location.href),
    setOriginal: (value: boolean) => void (original = value),
    askSimplify: () => void (simplifyAsked = true),
    selection: async (): Promise<PageSelection> => {
      const text = reader.isOpen() ? reader.selection() : (doc.getSelection()?.toString() ?? '');
      return { text, result: (await cleaner.read()).result };
    },
    status: async (withResult: boolean, withGlance = false): Promise<PageStatus> => {
      const analysis = withResult || withGlance ? await cleaner.read() : cleaner.analysis;
      return {
        state: cleaner.state,
        detected: cleaner.analysis?.detected ?? false,
        site: cleaner.analysis?.site ?? null,
        readerOpen: reader.isOpen(),
        spunShown: cleaner.spunShown,
        result: withResult ? analysis!.result : undefined,
        glance: withGlance ? glanceNow(analysis!) : undefined,
        url: location.href,
      };
    },
    /** A cleaned page follows the options page at once. */
    follow(next: Settings) {
      const before = settings;
      settings = next;
      const changed =
        next.keep.join() !== before.keep.join() || next.repairSpin !== before.repairSpin || next.simplifyMirrors !== before.simplifyMirrors;
      if (changed && cleaner.state === 'clean') {
        cleaner.restore();
        void cleaner.cleanGradually(true);
      } else if (changed) {
        cleaner.analysis = null;
      }
    },
    /** A page that is recognised is cleaned as it loads (in steps, the tab stays responsive), unless the user keeps it. */
    async start() {
      await ready;
      if (!cleaner.analysis && autoCleanOn(settings, location.href)) await cleaner.cleanGradually(false);
      started = true;
    },
  };
}
