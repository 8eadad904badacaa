import { defineContentScript } from '#imports';
import { browser } from 'wxt/browser';
import { lazyReader } from '@/components/reader/lazy';
import { showPageNotice } from '@/components/reader/notice';
import { outcomeText } from '@/components/reader/outcome';
import { contentMatches } from '@/utils/engine/hosts/matches';
import { recognise } from '@/utils/engine/stages/recognise';
import { PageCleaner, settled } from '@/utils/page/cleaner';
import { loadPartMessage, type Part } from '@/utils/page/parts';
import { ensurePinyinDictionary } from '@/utils/page/pinyin-loader';
import { ensureReadability } from '@/utils/page/readability-loader';
import { ensureSummary } from '@/utils/page/summary-loader';
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
    const prepare = (added?: readonly Node[]) =>
      Promise.all([pinyin(added), added !== undefined || ensureReadability(document, location.href, request('readability'))]);
    const cleaner = new PageCleaner(document, () => location.href, () => ({ keep: settings.keep }), prepare);
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

    const status = (withResult: boolean): PageStatus => ({
      state: cleaner.state,
      detected: cleaner.analysis?.detected ?? false,
      site: cleaner.analysis?.reading?.head.site ?? null,
      readerOpen: reader.isOpen(),
      result: withResult ? result() : undefined,
      url: location.href,
    });

    const handle = async (msg: PageMessage): Promise<PageStatus | PageSelection | OcrStatus> => {
      await ready;
      if (msg.type === 'jingdu:ocr') return ocr(msg.action);
      // These may analyse the page, and the analysis is kept.
      if (['jingdu:clean', 'jingdu:result', 'jingdu:reader', 'jingdu:selection'].includes(msg.type)) await prepare();
      // These read the result: outline, figures and text are summed up by a part loaded on first use.
      if (['jingdu:result', 'jingdu:reader', 'jingdu:selection'].includes(msg.type)) await ensureSummary(request('summary'));
      switch (msg.type) {
        case 'jingdu:selection':
          return selection();
        case 'jingdu:show-original':
          cleaner.restore();
          break;
        case 'jingdu:clean':
          await cleaner.cleanGradually(true);
          break;
        case 'jingdu:result':
          if (!cleaner.analysis && autoCleanOn(settings, location.href)) cleaner.clean();
          return status(true);
        case 'jingdu:scroll-to': {
          const el = cleaner.analysis?.elementAt(msg.block);
          if (el) flash(el);
          break;
        }
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
      const keepChanged = next.keep.join() !== settings.keep.join();
      settings = next;
      // A cleaned page follows the options page at once.
      if (keepChanged && cleaner.state === 'clean') {
        cleaner.restore();
        cleaner.clean(true);
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
    await prepare();
    // A huge page is cleaned in steps, leaving the tab responsive meanwhile.
    if (!cleaner.analysis && autoCleanOn(settings, location.href)) await cleaner.cleanGradually(false, recognition);
  },
});
