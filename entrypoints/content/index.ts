import { defineContentScript } from '#imports';
import { browser } from 'wxt/browser';
import { lazyReader } from '@/components/reader/lazy';
import { showPageNotice } from '@/components/reader/notice';
import { outcomeText } from '@/components/reader/outcome';
import { contentMatches } from '@/utils/engine/hosts/matches';
import { recognise } from '@/utils/engine/stages/recognise';
import { canvasStore } from '@/utils/page/canvas-listen';
import { followCanvasText, showCanvasText } from '@/utils/page/canvas-text';
import { PageCleaner, settled } from '@/utils/page/cleaner';
import { loadPartMessage, type Part } from '@/utils/page/parts';
import { ensurePinyinDictionary } from '@/utils/page/pinyin-loader';
import { ensureReadability } from '@/utils/page/readability-loader';
import { ensureSpinWords } from '@/utils/page/spin-loader';
import { ensureSummary } from '@/utils/page/summary-loader';
import { glanceOf, type Glance } from '@/utils/page/glance';
import { ensureToSimplified } from '@/utils/page/t2s-loader';
import { flash } from '@/utils/page/flash';
import { ocrController } from '@/utils/page/ocr-controller';
import {
  isPageMessage,
  isSaveOutcome,
  type OcrStatus,
  type PageMessage,
  type PageSelection,
  type PageStatus,
  type SaveMessage,
  type SaveOutcome,
} from '@/utils/page/messages';
import { autoCleanOn, defaultSettings, loadSettings, updateSettings, watchSettings, type Settings } from '@/utils/settings';

export default defineContentScript({
  matches: contentMatches,
  runAt: 'document_idle',
  async main(ctx) {
    // Injected twice (popup on an unknown site, then again): the first copy keeps the page.
    const mark = '__jingduContent';
    if ((globalThis as Record<string, unknown>)[mark]) return;
    (globalThis as Record<string, unknown>)[mark] = true;

    let settings: Settings = defaultSettings;
    const ready = loadSettings().then((s) => void (settings = s));
    const request = (part: Part) => () => browser.runtime.sendMessage(loadPartMessage(part));
    // Parts too large to ship in every page, fetched before an analysis that needs them: the pinyin
    // dictionary when the text has annotation candidates, Readability when the fast finders fail.
    // For preview pages the site appends, only the added nodes are looked at: the content is not located again.
    const pinyin = (added?: readonly Node[]) =>
      settings.keep.includes('pinyin') || ensurePinyinDictionary(added ?? [document.body], request('pinyin'));
    // Spin words and OpenCC's tables only where the text has spin evidence or is in traditional script.
    let simplifyAsked = false;
    const textParts = () => {
      const spin = settings.repairSpin;
      const simplify = settings.simplifyMirrors || simplifyAsked;
      // The body's text is built once for both checks: on a large page that string is most of their cost.
      const text = spin || simplify ? [document.body.textContent ?? ''] : [];
      return Promise.all([!spin || ensureSpinWords(text, request('spin')), !simplify || ensureToSimplified(text, request('t2s'))]);
    };
    // What only a whole-page analysis needs (appended preview pages reuse the located content).
    const wholePage = () => Promise.all([ensureReadability(document, location.href, request('readability')), textParts()]);
    const prepare = (added?: readonly Node[]) => Promise.all([pinyin(added), added !== undefined || wholePage()]);
    const options = () => ({
      keep: settings.keep,
      repairSpin: settings.repairSpin,
      simplify: simplifyAsked ? ('force' as const) : settings.simplifyMirrors ? ('mirrors' as const) : ('offer' as const),
    });
    // On sites that draw their text, what the canvases drew (canvas-listen.content.ts) is read as the document.
    const canvas = canvasStore();
    const layers = () => (canvas ? showCanvasText(document, canvas) : () => {});
    const cleaner = new PageCleaner(document, () => location.href, options, prepare, layers);
    let following = false;
    let original = false;
    if (canvas)
      followCanvasText(canvas, () => {
        if (!following || original) return;
        const was = cleaner.state === 'clean';
        if (was) cleaner.restore();
        if (was || autoCleanOn(settings, location.href)) cleaner.clean(was);
      });
    // Unrecognised pages, or pages the user keeps as they are, are read without being touched.
    const result = () => cleaner.inspect().result;
    const reader = lazyReader(
      ctx,
      result,
      {
        get: () => settings.reader,
        set: (reader) => {
          settings = { ...settings, reader };
          void updateSettings((s) => ({ ...s, reader }));
        },
      },
      (text) => void requestSave(text).then(notify),
      request('reader'),
      (action) => ocr(action),
    );

    const ocr = ocrController(document, cleaner, () => reader.refresh());

    const notify = (outcome: SaveOutcome) => {
      if (!reader.notify(outcome)) showPageNotice(document, outcomeText(outcome), outcome.ok ? 'ok' : 'error');
    };

    // The library is the extension's IndexedDB, out of a content script's reach: the background saves.
    const requestSave = async (text: string): Promise<SaveOutcome> => {
      const msg: SaveMessage = { type: 'jingdu:save', what: 'selection', text, result: result() };
      let reply: unknown;
      try {
        reply = await browser.runtime.sendMessage(msg);
      } catch {
        // The extension was reloaded or updated, which leaves this copy of the script without a background.
      }
      return isSaveOutcome(reply) ? reply : { ok: false, code: 'no-answer' };
    };

    const selection = (): PageSelection => ({
      text: reader.isOpen() ? reader.selection() : (document.getSelection()?.toString() ?? ''),
      result: result(),
    });

    // The popup's first paint, worked out once per analysis and kept.
    const glances = new WeakMap<object, Glance>();
    const glance = (): Glance => {
      const analysis = cleaner.inspect();
      let g = glances.get(analysis);
      if (!g) glances.set(analysis, (g = glanceOf(analysis.result)));
      return g;
    };

    const status = (withResult: boolean, withGlance = false): PageStatus => ({
      state: cleaner.state,
      detected: cleaner.analysis?.detected ?? false,
      site: cleaner.analysis?.reading?.head.site ?? null,
      readerOpen: reader.isOpen(),
      spunShown: cleaner.spunShown,
      result: withResult ? result() : undefined,
      glance: withGlance ? glance() : undefined,
      url: location.href,
    });

    const handle = async (msg: PageMessage): Promise<PageStatus | PageSelection | OcrStatus> => {
      await ready;
      if (msg.type === 'jingdu:ocr') return ocr(msg.action);
      // These read the result, and may analyse the page (the analysis is kept) to get it. Preparing looks
      // through the whole page (locate, pinyin candidates), so a page already analysed is not prepared
      // again: the popup asks for the kept result every time it opens, and must get it at once.
      const reads = ['jingdu:result', 'jingdu:glance', 'jingdu:reader', 'jingdu:selection'].includes(msg.type);
      if (msg.type === 'jingdu:clean' || (reads && !cleaner.analysis)) await prepare();
      // Outline, figures and text are summed up by a part loaded on first use.
      if (reads) await ensureSummary(request('summary'));
      switch (msg.type) {
        case 'jingdu:selection':
          return selection();
        case 'jingdu:show-original':
          original = true;
          cleaner.restore();
          break;
        case 'jingdu:clean':
          original = false;
          await cleaner.cleanGradually(true);
          break;
        case 'jingdu:result':
        case 'jingdu:glance':
          if (!cleaner.analysis && autoCleanOn(settings, location.href)) cleaner.clean();
          return msg.type === 'jingdu:glance' ? status(false, true) : status(true);
        case 'jingdu:scroll-to': {
          const el = cleaner.analysis?.elementAt(msg.block, msg.offset);
          if (el) flash(el);
          break;
        }
        case 'jingdu:spin-view':
          cleaner.showSpun(msg.spun);
          break;
        case 'jingdu:simplify':
          simplifyAsked = true;
          await textParts();
          cleaner.restore();
          await cleaner.cleanGradually(true);
          break;
        case 'jingdu:reader':
          if (msg.open === undefined) await reader.toggle();
          else if (msg.open) await reader.open();
          else reader.close();
          break;
        case 'jingdu:saved':
          notify(msg.outcome);
          break;
      }
      return status(false);
    };

    // Registered before the first await: the background sends right after injecting this script.
    browser.runtime.onMessage.addListener((msg: unknown, sender) => {
      if (sender.id !== browser.runtime.id || !isPageMessage(msg)) return undefined;
      return handle(msg);
    });

    watchSettings((next) => {
      const keepChanged =
        next.keep.join() !== settings.keep.join() || next.repairSpin !== settings.repairSpin || next.simplifyMirrors !== settings.simplifyMirrors;
      settings = next;
      // A cleaned page follows the options page at once.
      if (keepChanged && cleaner.state === 'clean') {
        cleaner.restore();
        void textParts().then(() => cleaner.clean(true));
      } else if (keepChanged) {
        cleaner.analysis = null;
      }
    });

    await ready;
    await settled(document);
    // The script also runs on every site when the user allows it (utils/background/all-sites.ts): a page
    // that is not recognised is left as it is, and Readability is not loaded into it. Recognition counts
    // verified pinyin annotations, so the dictionary comes first (only where the text has candidates).
    await pinyin();
    const recognition = recognise(document, location.href);
    if (!recognition.detected) return;
    // The pinyin dictionary was settled just above, over the same page.
    await wholePage();
    // A huge page is cleaned in steps, leaving the tab responsive meanwhile.
    if (!cleaner.analysis && autoCleanOn(settings, location.href)) await cleaner.cleanGradually(false, recognition);
    following = true;
  },
});
