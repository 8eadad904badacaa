import { browser } from 'wxt/browser';
import type { PageMessage, PageStatus } from '../page/messages';

export const readerCommand = 'open-reader';
export const readerMenuId = 'jingdu-reader';
export const contentScriptFile = '/content-scripts/content.js';

/** The browser calls the reader triggers make; tests pass fakes. */
export interface TabsApi {
  sendMessage(tabId: number, msg: PageMessage): Promise<unknown>;
  inject(tabId: number): Promise<unknown>;
  activeTabId(): Promise<number | undefined>;
}

export const browserTabs: TabsApi = {
  sendMessage: (tabId, msg) => browser.tabs.sendMessage(tabId, msg),
  inject: (tabId) => browser.scripting.executeScript({ target: { tabId }, files: [contentScriptFile] }),
  activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
};

/**
 * Sends a message to the tab's content script, injecting the script first on pages its matches do
 * not cover (the command and the menu grant activeTab for that). The script registers its listener
 * before its first await, so it answers as soon as executeScript resolves. Null when the page
 * cannot run scripts (browser pages, the web store).
 */
export async function sendToPage<T = PageStatus>(api: TabsApi, tabId: number, msg: PageMessage): Promise<T | null> {
  try {
    return (await api.sendMessage(tabId, msg)) as T;
  } catch {
    // No content script in the tab yet.
  }
  try {
    await api.inject(tabId);
    return (await api.sendMessage(tabId, msg)) as T;
  } catch {
    return null;
  }
}

/** The keyboard shortcut toggles, so pressing it again leaves the reader. */
export async function handleCommand(api: TabsApi, command: string, tab?: { id?: number }): Promise<PageStatus | null> {
  if (command !== readerCommand) return null;
  const tabId = tab?.id ?? (await api.activeTabId());
  return tabId === undefined ? null : sendToPage(api, tabId, { type: 'jingdu:reader' });
}

export async function handleMenuClick(api: TabsApi, menuItemId: string | number, tab?: { id?: number }): Promise<PageStatus | null> {
  if (menuItemId !== readerMenuId || tab?.id === undefined || tab.id < 0) return null;
  return sendToPage(api, tab.id, { type: 'jingdu:reader', open: true });
}
