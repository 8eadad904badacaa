import { defineContentScript } from '#imports';
import { browser } from 'wxt/browser';
import { contentMatches } from '@/utils/engine/hosts/matches';
import { PageCleaner, settled } from '@/utils/page/cleaner';
import { flash } from '@/utils/page/flash';
import { isPageMessage, type PageMessage, type PageStatus } from '@/utils/page/messages';

export default defineContentScript({
  matches: contentMatches,
  runAt: 'document_idle',
  async main() {
    // Injected twice (popup on an unknown site, then again): the first copy keeps the page.
    const mark = '__jingduContent';
    if ((globalThis as Record<string, unknown>)[mark]) return;
    (globalThis as Record<string, unknown>)[mark] = true;

    const cleaner = new PageCleaner(document, () => location.href);
    const status = (withResult: boolean): PageStatus => ({
      state: cleaner.state,
      detected: cleaner.analysis?.result.detected ?? false,
      site: cleaner.analysis?.result.site ?? null,
      readerOpen: false,
      result: withResult ? cleaner.analysis?.result : undefined,
    });

    const handle = (msg: PageMessage): PageStatus => {
      switch (msg.type) {
        case 'jingdu:show-original':
          cleaner.restore();
          break;
        case 'jingdu:clean':
          cleaner.clean(true);
          break;
        case 'jingdu:result':
          if (!cleaner.analysis) cleaner.clean();
          return status(true);
        case 'jingdu:scroll-to': {
          const el = cleaner.analysis?.elementAt(msg.block);
          if (el) flash(el);
          break;
        }
        case 'jingdu:reader':
          break;
      }
      return status(false);
    };

    browser.runtime.onMessage.addListener((msg: unknown, sender) => {
      if (sender.id !== browser.runtime.id || !isPageMessage(msg)) return undefined;
      return Promise.resolve(handle(msg));
    });

    await settled(document);
    if (!cleaner.analysis) cleaner.clean();
  },
});
