import { defineContentScript } from '#imports';
import { browser } from 'wxt/browser';
import { contentMatches } from '@/utils/engine/hosts/matches';
import { settled } from '@/utils/page/cleaner';
import { handle } from '@/utils/page/handlers';
import { isPageMessage } from '@/utils/page/messages';
import { pageSession } from '@/utils/page/session';
import { watchSettings } from '@/utils/settings';

export default defineContentScript({
  matches: contentMatches,
  runAt: 'document_idle',
  async main(ctx) {
    // Injected twice (popup on an unknown site, then again): the first copy keeps the page.
    const mark = '__jingduContent';
    if ((globalThis as Record<string, unknown>)[mark]) return;
    (globalThis as Record<string, unknown>)[mark] = true;

    const page = pageSession(ctx, document);
    // Registered before the first await: the background sends right after injecting this script.
    browser.runtime.onMessage.addListener((msg: unknown, sender) => {
      if (sender.id !== browser.runtime.id || !isPageMessage(msg)) return undefined;
      return handle(page, msg);
    });
    watchSettings((next) => page.follow(next));
    // The script also runs on every site when the user allows it (utils/background/all-sites.ts): a page
    // that is not recognised is left as it is, and no part is loaded into it.
    await settled(document);
    await page.start();
  },
});
