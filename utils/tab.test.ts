import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageStatus } from './page/messages';
import { askEarly, connect, isRestrictedUrl } from './tab';

const status: PageStatus = { state: 'clean', detected: true, site: 'huiwenwang', readerOpen: false };
const noReceiver = () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));

function tab(url: string) {
  vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 7, url } as never);
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 9, url }] as never);
}

beforeEach(() => fakeBrowser.reset());

describe('connect', () => {
  it('asks the tab named by ?tabId= for its result', async () => {
    tab('http://www.31doc.com/p-1.html');
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(status as never);
    expect(await connect('?tabId=7')).toEqual({ ok: true, tabId: 7, status });
    expect(send).toHaveBeenCalledWith(7, { type: 'jingdu:glance' });
  });

  it('takes up the answer the early ask got, once; a retry asks again', async () => {
    tab('http://www.31doc.com/p-1.html');
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(status as never);
    askEarly('?tabId=7');
    expect(await connect('?tabId=7')).toEqual({ ok: true, tabId: 7, status });
    expect(send).toHaveBeenCalledOnce();
    await connect('?tabId=7');
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('does not ask a browser page early, and still names it unsupported', async () => {
    tab('chrome://extensions/');
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    askEarly('?tabId=7');
    expect(await connect('?tabId=7')).toMatchObject({ ok: false, reason: 'unsupported' });
    expect(send).not.toHaveBeenCalled();
  });

  it('uses the active tab without ?tabId=', async () => {
    tab('https://example.com/a');
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(status as never);
    expect(await connect('')).toMatchObject({ ok: true, tabId: 9 });
  });

  it('injects the content script where none answers, then asks again', async () => {
    tab('https://example.com/a');
    const send = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockImplementationOnce(noReceiver)
      .mockResolvedValue(status as never);
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    expect(await connect('?tabId=7')).toEqual({ ok: true, tabId: 7, status });
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/content-scripts/content.js'] });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('names browser pages and stores as unsupported without touching them', async () => {
    tab('chrome://extensions/');
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    expect(await connect('?tabId=7')).toMatchObject({ ok: false, reason: 'unsupported' });
    expect(send).not.toHaveBeenCalled();
  });

  it('reports a page the browser will not let the script into', async () => {
    tab('file:///tmp/a.html');
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(noReceiver);
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page.'));
    expect(await connect('?tabId=7')).toEqual({ ok: false, reason: 'unsupported', detail: 'Cannot access contents of the page.' });
  });

  it('reports a missing tab', async () => {
    vi.spyOn(fakeBrowser.tabs, 'get').mockRejectedValue(new Error('No tab with id: 7.'));
    expect(await connect('?tabId=7')).toEqual({ ok: false, reason: 'no-tab' });
  });
});

describe('isRestrictedUrl', () => {
  it.each([
    ['chrome://newtab/', true],
    ['edge://settings', true],
    ['about:blank', true],
    ['https://chromewebstore.google.com/detail/x', true],
    ['https://chrome.google.com/webstore/category/extensions', true],
    ['https://addons.mozilla.org/zh-CN/firefox/', true],
    ['https://www.doc88.com/p-1.html', false],
    ['https://chrome.google.com.evil.example/', false],
  ])('%s → %s', (url, restricted) => expect(isRestrictedUrl(url)).toBe(restricted));
});
