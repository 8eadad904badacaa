import { defineContentScript } from '#imports';
import { browser } from 'wxt/browser';
import { contentMatches } from '@/utils/engine/hosts/matches';
import { PageCleaner, settled } from '@/utils/page/cleaner';
import { isPageMessage, type PageStatus } from '@/utils/page/messages';

export default defineContentScript({
  matches: contentMatches,
  runAt: 'document_idle',
  async main() {
    const cleaner = new PageCleaner(document, () => location.href);
    const status = (withResult = false): PageStatus => ({
      state: cleaner.state,
      detected: cleaner.analysis?.result.detected ?? false,
      result: withResult ? cleaner.analysis?.result : undefined,
    });

    browser.runtime.onMessage.addListener((msg: unknown, sender) => {
      if (sender.id !== browser.runtime.id || !isPageMessage(msg)) return undefined;
      if (msg.type === 'jingdu:show-original') cleaner.restore();
      else if (msg.type === 'jingdu:clean') cleaner.clean(true);
      return Promise.resolve(status(msg.type === 'jingdu:result'));
    });

    await settled(document);
    cleaner.clean();
  },
});
