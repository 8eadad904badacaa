import { browser } from 'wxt/browser';
import type { PageMessage, PageStatus } from './page/messages';

export type Connection =
  | { ok: true; tabId: number; status: PageStatus }
  | { ok: false; reason: 'no-tab' | 'unsupported' | 'no-answer'; detail?: string };

// Browsers never let an extension script into their own pages or their add-on stores.
const RESTRICTED_SCHEME = /^(?:chrome|chrome-extension|chrome-search|chrome-untrusted|edge|brave|opera|vivaldi|about|moz-extension|view-source|devtools|resource):/i;
const RESTRICTED_HOST = /^https?:\/\/(?:chromewebstore\.google\.com|chrome\.google\.com\/webstore|microsoftedge\.microsoft\.com\/addons|addons\.mozilla\.org)(?:[/:]|$)/i;

export const isRestrictedUrl = (url: string): boolean => RESTRICTED_SCHEME.test(url) || RESTRICTED_HOST.test(url);

type Tab = { id: number; url?: string };

/** The tab the popup works on: `?tabId=` (the e2e opens the popup as a tab of its own), else the active tab. */
async function targetTab(search: string): Promise<Tab | null> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null) {
    const id = Number(param);
    if (!Number.isInteger(id)) return null;
    const tab = await browser.tabs.get(id).catch(() => null);
    return tab ? { id, url: tab.url } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

export async function send(tabId: number, msg: PageMessage): Promise<PageStatus> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, msg);
  if (typeof reply !== 'object' || reply === null || !('state' in reply)) throw new Error('the page did not answer');
  return reply as PageStatus;
}

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

interface EarlyAsk {
  tab: Promise<Tab | null>;
  /** The tab's answer, or null where there is none yet (no content script) or it must not be asked. */
  status: Promise<PageStatus | null>;
}
const EARLY = '__jingduEarlyAsk';
const slot = globalThis as { [EARLY]?: EarlyAsk };

/**
 * Asks the target tab at once. The popup's first script (entrypoints/popup-ask.ts, a classic script
 * in its <head>) calls this while the browser is still loading the popup's modules, so that the
 * page's answer travels meanwhile; connect() then takes it up.
 */
export function askEarly(search: string = location.search): void {
  const tab = targetTab(search).catch(() => null);
  const status = tab.then((t) => (t && !(t.url && isRestrictedUrl(t.url)) ? send(t.id, { type: 'jingdu:glance' }) : null)).catch(() => null);
  slot[EARLY] = { tab, status };
}

/**
 * Finds the target tab, its status and a glance of its engine result (utils/page/glance.ts). On a page the content script does not match, it is
 * injected (the user opening the popup grants activeTab for exactly this) and asked again.
 */
export async function connect(search: string = location.search): Promise<Connection> {
  // The early ask is used once: a retry asks again.
  const early = slot[EARLY];
  delete slot[EARLY];
  const tab = await (early?.tab ?? targetTab(search));
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
