// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { App } from '@/entrypoints/popup/App';
import { savedFromPage } from '@/utils/extracts/api';
import { glanceOf } from '@/utils/page/glance';
import type { PageStatus } from '@/utils/page/messages';
import { connect, send } from '@/utils/tab';
import { result } from './test-data';

vi.mock('@/utils/tab', () => ({ connect: vi.fn(), send: vi.fn() }));

const PAGE = 'https://www.huiwenwang.cn/doc/1.html';

const ready = (over: Partial<PageStatus> = {}) =>
  ({
    ok: true,
    tabId: 4,
    status: {
      state: 'clean',
      detected: true,
      site: 'huiwenwang',
      readerOpen: false,
      result: result(),
      glance: glanceOf(result()),
      url: PAGE,
      ...over,
    },
  }) as const;

/** Resolves once the full result, which follows the first paint, has reached the popup. */
const full = () => waitFor(() => expect((screen.getByTestId('copy-text') as HTMLButtonElement).disabled).toBe(false));

/** The page's side: clean/show-original change its state, every reply reports it. */
beforeEach(() => {
  let state: PageStatus['state'] = 'clean';
  vi.mocked(connect).mockResolvedValue(ready());
  vi.mocked(send).mockImplementation(async (_, msg) => {
    if (msg.type === 'jingdu:show-original') state = 'original';
    if (msg.type === 'jingdu:clean') state = 'clean';
    return { ...ready().status, state };
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('popup App', () => {
  it('shows a loading state at once, then the page status', async () => {
    render(<App lang="en" />);
    expect(screen.getByTestId('loading')).toBeTruthy();
    await screen.findByTestId('ready');
    expect(screen.getByTestId('site').textContent).toBe('Huiwenwang');
    expect(screen.getByTestId('tab-outline').textContent).toBe('Outline4');
  });

  it('draws status and outline from the glance before the full result arrives', async () => {
    let arrive: (s: PageStatus) => void = () => {};
    vi.mocked(send).mockImplementation((_, msg) =>
      msg.type === 'jingdu:result' ? new Promise((r) => (arrive = r)) : Promise.resolve(ready().status),
    );
    render(<App lang="en" />);
    await screen.findByTestId('ready');
    expect(screen.getByTestId('removed-total').textContent).toBe('Removed 3 distractions');
    expect((screen.getByTestId('copy-text') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('tab-figures'));
    expect(screen.getByTestId('loading')).toBeTruthy();
    fireEvent.click(screen.getByTestId('tab-outline'));
    expect(screen.getAllByTestId('outline-entry')).toHaveLength(4);
    // Asked once the glance is on screen.
    await waitFor(() => expect(send).toHaveBeenCalledWith(4, { type: 'jingdu:result' }));
    arrive(ready().status);
    fireEvent.click(screen.getByTestId('tab-summary'));
    await full();
  });

  it('explains a page it cannot run on', async () => {
    vi.mocked(connect).mockResolvedValue({ ok: false, reason: 'unsupported', detail: 'chrome://newtab/' });
    render(<App lang="zh" />);
    expect((await screen.findByTestId('error')).textContent).toMatch(/浏览器内部页面和扩展商店/);
  });

  it('sends scroll-to for an outline entry', async () => {
    render(<App lang="en" />);
    fireEvent.click(await screen.findByTestId('tab-outline'));
    fireEvent.click(screen.getByRole('button', { name: '1.走访部队' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith(4, { type: 'jingdu:scroll-to', block: 2 }));
  });

  it('switches the page to the original and reads the new state back', async () => {
    render(<App lang="en" />);
    fireEvent.click(await screen.findByTestId('view-original'));
    await waitFor(() => expect(screen.getByTestId('view-original').getAttribute('aria-pressed')).toBe('true'));
    expect(send).toHaveBeenCalledWith(4, { type: 'jingdu:show-original' });
    expect(send).toHaveBeenCalledWith(4, { type: 'jingdu:glance' });
    // and then the full result again.
    await waitFor(() => expect(send).toHaveBeenLastCalledWith(4, { type: 'jingdu:result' }));
  });

  it('confirms a copy, and says clearly when the clipboard refuses', async () => {
    const writeText = vi
      .fn()
      .mockResolvedValueOnce(undefined)
      .mockRejectedValueOnce(new DOMException('Write permission denied.', 'NotAllowedError'));
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText, write: vi.fn() } });
    render(<App lang="en" />);
    await screen.findByTestId('ready');
    await full();
    fireEvent.click(screen.getByTestId('copy-markdown'));
    expect((await screen.findByTestId('toast')).textContent).toBe('Copied the Markdown');
    expect(writeText).toHaveBeenCalledWith(result().markdown);
    fireEvent.click(screen.getByTestId('copy-text'));
    await waitFor(() => expect(screen.getByTestId('toast').textContent).toBe('The clipboard refused: Write permission denied.'));
  });

  it('saves the document, then says it is already saved, and marks it', async () => {
    render(<App lang="zh" />);
    await screen.findByTestId('ready');
    await full();
    fireEvent.click(screen.getByTestId('save-document'));
    await waitFor(() => expect(screen.getByTestId('toast').textContent).toBe('已保存：全文'));
    expect(screen.getByTestId('doc-saved')).toBeTruthy();
    fireEvent.click(screen.getByTestId('save-document'));
    await waitFor(() => expect(screen.getByTestId('toast').textContent).toBe('已存在：全文（之前保存过）'));
    const saved = await savedFromPage(PAGE);
    expect(saved.ok && saved.value.map((e) => [e.kind, e.title, e.url])).toEqual([['document', '市双拥工作总结', PAGE]]);
  });

  it('saves a section and a figure, and shows the store’s message when there is nothing to save', async () => {
    render(<App lang="en" />);
    await screen.findByTestId('ready');
    await full();
    fireEvent.click(screen.getByTestId('tab-outline'));
    fireEvent.click(screen.getByRole('button', { name: 'Save section “一、加强领导”' }));
    await waitFor(() => expect(screen.getByTestId('toast').textContent).toBe('Saved section “一、加强领导”'));
    await waitFor(() => expect(screen.getAllByTestId('save-section')[0]!.textContent).toBe('Saved'));
    // The sample text has no paragraph for this heading, so the library finds nothing to save.
    fireEvent.click(screen.getByRole('button', { name: 'Save section “1.走访部队”' }));
    await waitFor(() => expect(screen.getByTestId('toast').dataset.kind).toBe('error'));
    expect(screen.getByTestId('toast').textContent).toBe('There is nothing to save.');
    fireEvent.click(screen.getByTestId('tab-figures'));
    fireEvent.click(screen.getByRole('button', { name: 'Save “100%” and its sentence' }));
    await waitFor(() => expect(screen.getByTestId('toast').textContent).toBe('Saved figure “100%”'));
  });

  it('opens the library in a new tab', async () => {
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    render(<App lang="en" />);
    fireEvent.click(await screen.findByTestId('open-library'));
    expect(create).toHaveBeenCalledWith({ url: browser.runtime.getURL('/library.html') });
  });
});
