// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/entrypoints/popup/App';
import type { PageStatus } from '@/utils/page/messages';
import { connect, send } from '@/utils/tab';
import { result } from './test-data';

vi.mock('@/utils/tab', () => ({ connect: vi.fn(), send: vi.fn() }));

const ready = (over: Partial<PageStatus> = {}) =>
  ({ ok: true, tabId: 4, status: { state: 'clean', detected: true, site: 'huiwenwang', readerOpen: false, result: result(), ...over } }) as const;

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
    expect(send).toHaveBeenCalledWith(4, { type: 'jingdu:result' });
  });

  it('confirms a copy, and says clearly when the clipboard refuses', async () => {
    const writeText = vi.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(new DOMException('Write permission denied.', 'NotAllowedError'));
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText, write: vi.fn() } });
    render(<App lang="en" />);
    fireEvent.click(await screen.findByTestId('copy-markdown'));
    expect((await screen.findByTestId('toast')).textContent).toBe('Copied the Markdown');
    expect(writeText).toHaveBeenCalledWith(result().markdown);
    fireEvent.click(screen.getByTestId('copy-text'));
    await waitFor(() => expect(screen.getByTestId('toast').textContent).toBe('The clipboard refused: Write permission denied.'));
  });
});
