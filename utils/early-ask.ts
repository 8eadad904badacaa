import type { PageMessage, PageStatus } from './page/messages';

/**
 * The popup's side of asking a tab, without the extension API polyfill: the popup's first script
 * (entrypoints/popup-ask.ts) runs this with the browser's own API before the popup's modules have
 * loaded, and utils/tab.ts runs it with the polyfill's. Chrome's MV3 `chrome.tabs` and Firefox's
 * `browser.tabs` both return promises for these three calls.
 */
export interface TabsApi {
  get(tabId: number): Promise<{ id?: number; url?: string }>;
  query(query: { active: true; currentWindow: true }): Promise<{ id?: number; url?: string }[]>;
  sendMessage(tabId: number, message: PageMessage): Promise<unknown>;
}

// Browsers never let an extension script into their own pages or their add-on stores.
const RESTRICTED_SCHEME =
  /^(?:chrome|chrome-extension|chrome-search|chrome-untrusted|edge|brave|opera|vivaldi|about|moz-extension|view-source|devtools|resource):/i;
const RESTRICTED_HOST =
  /^https?:\/\/(?:chromewebstore\.google\.com|chrome\.google\.com\/webstore|microsoftedge\.microsoft\.com\/addons|addons\.mozilla\.org)(?:[/:]|$)/i;

export const isRestrictedUrl = (url: string): boolean => RESTRICTED_SCHEME.test(url) || RESTRICTED_HOST.test(url);

export type Tab = { id: number; url?: string };

/** The tab the popup works on: `?tabId=` (the e2e opens the popup as a tab of its own), else the active tab. */
export async function targetTab(tabs: TabsApi, search: string): Promise<Tab | null> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null) {
    const id = Number(param);
    if (!Number.isInteger(id)) return null;
    const tab = await tabs.get(id).catch(() => null);
    return tab ? { id, url: tab.url } : null;
  }
  const [tab] = await tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

export async function askTab(tabs: TabsApi, tabId: number, msg: PageMessage): Promise<PageStatus> {
  const reply: unknown = await tabs.sendMessage(tabId, msg);
  if (typeof reply !== 'object' || reply === null || !('state' in reply)) throw new Error('the page did not answer');
  return reply as PageStatus;
}

export interface EarlyAsk {
  tab: Promise<Tab | null>;
  /** The tab's answer, or null where there is none yet (no content script) or it must not be asked. */
  status: Promise<PageStatus | null>;
}
const EARLY = '__jingduEarlyAsk';
const slot = globalThis as { [EARLY]?: EarlyAsk };

/** Asks the target tab for its glance at once and leaves the answer for takeEarlyAsk(). */
export function askEarlyWith(tabs: TabsApi, search: string): void {
  const tab = targetTab(tabs, search).catch(() => null);
  const status = tab
    .then((t) => (t && !(t.url && isRestrictedUrl(t.url)) ? askTab(tabs, t.id, { type: 'jingdu:glance' }) : null))
    .catch(() => null);
  slot[EARLY] = { tab, status };
}

/** The early ask, used once: a retry asks again. */
export function takeEarlyAsk(): EarlyAsk | undefined {
  const early = slot[EARLY];
  delete slot[EARLY];
  return early;
}
