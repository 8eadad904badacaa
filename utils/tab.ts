import { browser } from 'wxt/browser';
import { askEarlyWith, askTab, isRestrictedUrl, takeEarlyAsk, targetTab } from './early-ask';
import type { PageMessage, PageStatus } from './page/messages';

export { isRestrictedUrl };

export type Connection =
  { ok: true; tabId: number; status: PageStatus } | { ok: false; reason: 'no-tab' | 'unsupported' | 'no-answer'; detail?: string };

export const send = (tabId: number, msg: PageMessage): Promise<PageStatus> => askTab(browser.tabs, tabId, msg);

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Asks again a few times: an injected script registers its listener only once its module has run. */
async function askAfterInjecting(tabId: number): Promise<PageStatus> {
  let last: unknown;
  for (const wait of [0, 50, 150, 400]) {
    await pause(wait);
    try {
      return await send(tabId, { type: 'jingdu:glance' });
    } catch (err) {
      last = err;
    }
  }
  throw last;
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * Asks the target tab at once; connect() then takes the answer up. The popup's first script does the
 * same with the browser's own API (entrypoints/popup-ask.ts).
 */
export const askEarly = (search: string = location.search): void => askEarlyWith(browser.tabs, search);

/**
 * Finds the target tab, its status and a glance of its engine result (utils/page/glance.ts). On a page the content script does not match, it is
 * injected (the user opening the popup grants activeTab for exactly this) and asked again.
 */
export async function connect(search: string = location.search): Promise<Connection> {
  const early = takeEarlyAsk();
  const tab = await (early?.tab ?? targetTab(browser.tabs, search));
  if (!tab) return { ok: false, reason: 'no-tab' };
  if (tab.url && isRestrictedUrl(tab.url)) return { ok: false, reason: 'unsupported', detail: tab.url };
  // null: no content script in the page yet.
  const status = await (early?.status ?? send(tab.id, { type: 'jingdu:glance' }).catch(() => null));
  if (status) return { ok: true, tabId: tab.id, status };
  try {
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/content.js'] });
  } catch (err) {
    return { ok: false, reason: 'unsupported', detail: message(err) };
  }
  try {
    return { ok: true, tabId: tab.id, status: await askAfterInjecting(tab.id) };
  } catch (err) {
    return { ok: false, reason: 'no-answer', detail: message(err) };
  }
}
