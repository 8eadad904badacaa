import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { savedFromPage, saveSelection } from '../extracts/api';
import { textFragmentUrl } from '../extracts/text-fragment';
import { sourceLink } from '../extracts/markdown';
import { REPORT_URL, sampleResult } from '../extracts/test-data';
import type { PageMessage } from '../page/messages';
import type { TabsApi } from './reader';
import { handleSaveMenuClick, handleSaveMessage, pageUrlOf, saveMenuId, type SaveDeps } from './save';
import { MAX_SELECTION } from './validate';

const ID = 'jingdu-extension-id';
const QUOTE = '建立军地联席会议制度，每季度召开一次。';
const fromPage = { id: ID, frameId: 0, tab: { id: 3, url: REPORT_URL } };
const message = (text = QUOTE) => ({ type: 'jingdu:save', what: 'selection', text, result: sampleResult() });

/** A store that records what it was asked to save and answers like the library. */
function fakeDeps(answer: Awaited<ReturnType<SaveDeps['saveSelection']>> | null = null) {
  const saves: Array<[string, string]> = [];
  const deps: SaveDeps = {
    runtimeId: ID,
    saveSelection: vi.fn(async (result, url, text) => {
      saves.push([url, text]);
      return answer ?? saveSelection(result, url, text);
    }),
  };
  return { deps, saves };
}

describe('who may save', () => {
  it('only this extension’s content script, in the top frame of a tab showing a web page', () => {
    expect(pageUrlOf(fromPage, ID)).toBe(REPORT_URL);
    expect(pageUrlOf({ ...fromPage, id: 'other-extension' }, ID)).toBeNull();
    expect(pageUrlOf({ ...fromPage, tab: undefined }, ID)).toBeNull();
    expect(pageUrlOf({ ...fromPage, frameId: 2 }, ID)).toBeNull();
    expect(pageUrlOf({ ...fromPage, tab: { id: 3, url: `chrome-extension://${ID}/library.html` } }, ID)).toBeNull();
    expect(pageUrlOf({ ...fromPage, tab: { id: 3 } }, ID)).toBeNull();
  });

  it('ignores foreign senders and malformed messages without answering', () => {
    const { deps, saves } = fakeDeps();
    expect(handleSaveMessage(deps, message(), { ...fromPage, id: 'evil' })).toBeUndefined();
    expect(handleSaveMessage(deps, { ...message(), result: null }, fromPage)).toBeUndefined();
    expect(handleSaveMessage(deps, { type: 'jingdu:result' }, fromPage)).toBeUndefined();
    expect(saves).toEqual([]);
  });
});

describe('saving a selection sent by the page', () => {
  it('stores it under the tab’s address with its section, once', async () => {
    const { deps, saves } = fakeDeps();
    expect(await handleSaveMessage(deps, message(`  ${QUOTE}\n`), fromPage)).toEqual({ ok: true, status: 'created' });
    expect(await handleSaveMessage(deps, message(), fromPage)).toEqual({ ok: true, status: 'exists' });
    expect(saves).toEqual([
      [REPORT_URL, QUOTE],
      [REPORT_URL, QUOTE],
    ]);
    const stored = await savedFromPage(REPORT_URL);
    const extract = stored.ok ? stored.value.find((e) => e.kind === 'selection' && e.text === QUOTE) : undefined;
    expect(extract).toMatchObject({ kind: 'selection', section: '完善机制', url: REPORT_URL });
    expect(sourceLink(extract!)).toBe(textFragmentUrl(REPORT_URL, QUOTE));
    expect(sourceLink(extract!)).toContain('#:~:text=');
  });

  it('says why when there is nothing to save, too much, or the store fails', async () => {
    const { deps, saves } = fakeDeps({ ok: false, error: { code: 'quota', detail: 'QuotaExceededError' } });
    expect(await handleSaveMessage(deps, message(' \n '), fromPage)).toEqual({ ok: false, code: 'no-selection' });
    expect(await handleSaveMessage(deps, message('字'.repeat(MAX_SELECTION + 1)), fromPage)).toEqual({ ok: false, code: 'too-long' });
    expect(saves).toEqual([]);
    expect(await handleSaveMessage(deps, message(), fromPage)).toEqual({ ok: false, code: 'quota' });
  });
});

describe('the "save extract" context menu', () => {
  /** A tab whose content script answers jingdu:selection with `reply` and records everything it is sent. */
  function fakeTab(reply: unknown, scripted = true) {
    const sent: PageMessage[] = [];
    const api: TabsApi = {
      sendMessage: vi.fn(async (_tabId: number, msg: PageMessage) => {
        if (!scripted) throw new Error('Receiving end does not exist.');
        sent.push(msg);
        return msg.type === 'jingdu:selection' ? reply : undefined;
      }),
      inject: vi.fn(async () => {
        throw new Error('Cannot access contents of the page');
      }),
      activeTabId: async () => undefined,
    };
    return { api, sent };
  }
  const tab = { id: 3, url: REPORT_URL };

  it('asks the page for its selection, saves it and has the page say so', async () => {
    const { deps, saves } = fakeDeps({ ok: true, value: { status: 'created', extract: {} as never } });
    const { api, sent } = fakeTab({ text: QUOTE, result: sampleResult() });
    expect(await handleSaveMenuClick(api, deps, saveMenuId, tab)).toEqual({ ok: true, status: 'created' });
    expect(saves).toEqual([[REPORT_URL, QUOTE]]);
    expect(sent).toEqual([{ type: 'jingdu:selection' }, { type: 'jingdu:saved', outcome: { ok: true, status: 'created' } }]);
  });

  it('tells the page when its answer is unusable, and does nothing for other menus or pages', async () => {
    const { deps, saves } = fakeDeps();
    const { api, sent } = fakeTab({ text: QUOTE });
    expect(await handleSaveMenuClick(api, deps, saveMenuId, tab)).toEqual({ ok: false, code: 'no-answer' });
    expect(sent.at(-1)).toEqual({ type: 'jingdu:saved', outcome: { ok: false, code: 'no-answer' } });
    expect(await handleSaveMenuClick(api, deps, 'jingdu-reader', tab)).toBeNull();
    expect(await handleSaveMenuClick(api, deps, saveMenuId, { id: 3, url: 'chrome://settings/' })).toBeNull();
    expect(await handleSaveMenuClick(api, deps, saveMenuId, undefined)).toBeNull();
    expect(await handleSaveMenuClick(fakeTab(null, false).api, deps, saveMenuId, tab)).toBeNull();
    expect(saves).toEqual([]);
  });
});
