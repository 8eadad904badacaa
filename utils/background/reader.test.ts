import { describe, expect, it, vi } from 'vitest';
import type { PageMessage } from '../page/messages';
import { handleCommand, handleMenuClick, readerMenuId, type TabsApi } from './reader';

const status = { state: 'clean', detected: true, site: 'doc88', readerOpen: true };

/** A browser with tabs; `scripted` lists the tabs that have a content script. */
function fakeTabs(scripted: number[], opts: { active?: number; injectable?: boolean } = {}) {
  const sent: Array<[number, PageMessage]> = [];
  const injected: number[] = [];
  const api: TabsApi = {
    sendMessage: vi.fn(async (tabId: number, msg: PageMessage) => {
      if (!scripted.includes(tabId)) throw new Error('Could not establish connection. Receiving end does not exist.');
      sent.push([tabId, msg]);
      return status;
    }),
    inject: vi.fn(async (tabId: number) => {
      if (opts.injectable === false) throw new Error('Cannot access a chrome:// URL');
      injected.push(tabId);
      scripted.push(tabId);
    }),
    activeTabId: async () => opts.active,
  };
  return { api, sent, injected };
}

describe('reader command', () => {
  it('toggles the reader in the tab the command came from', async () => {
    const { api, sent, injected } = fakeTabs([7]);
    expect(await handleCommand(api, 'open-reader', { id: 7 })).toEqual(status);
    expect(sent).toEqual([[7, { type: 'jingdu:reader' }]]);
    expect(injected).toEqual([]);
  });

  it('falls back to the active tab and injects the content script where there is none', async () => {
    const { api, sent, injected } = fakeTabs([], { active: 3 });
    expect(await handleCommand(api, 'open-reader')).toEqual(status);
    expect(injected).toEqual([3]);
    expect(sent).toEqual([[3, { type: 'jingdu:reader' }]]);
  });

  it('ignores other commands and pages that cannot run scripts', async () => {
    const { api, sent } = fakeTabs([7], { active: 7 });
    expect(await handleCommand(api, 'something-else', { id: 7 })).toBeNull();
    expect(sent).toEqual([]);
    const blocked = fakeTabs([], { active: 1, injectable: false });
    expect(await handleCommand(blocked.api, 'open-reader')).toBeNull();
    expect(await handleCommand(fakeTabs([]).api, 'open-reader')).toBeNull();
  });
});

describe('reader context menu', () => {
  it('opens the reader in the clicked tab, injecting when needed', async () => {
    const { api, sent, injected } = fakeTabs([]);
    expect(await handleMenuClick(api, readerMenuId, { id: 5 })).toEqual(status);
    expect(injected).toEqual([5]);
    expect(sent).toEqual([[5, { type: 'jingdu:reader', open: true }]]);
    expect(await handleMenuClick(api, 'other', { id: 5 })).toBeNull();
    expect(await handleMenuClick(api, readerMenuId, undefined)).toBeNull();
  });
});
