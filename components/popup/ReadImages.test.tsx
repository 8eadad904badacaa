// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { idleProgress, type OcrStatus } from '@/utils/page/ocr-run';
import { ReadImages } from './ReadImages';

afterEach(cleanup);

const status = (over: Partial<OcrStatus> = {}): OcrStatus => ({ ...idleProgress, waiting: 3, ...over });

function page(replies: (action: string) => OcrStatus | Error) {
  const asked: string[] = [];
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (_tab: number, msg: { action: string }) => {
    asked.push(msg.action);
    const r = replies(msg.action);
    if (r instanceof Error) throw r;
    return r;
  }) as never);
  return asked;
}

describe('ReadImages', () => {
  it('offers the button on an image page, starts the run, shows page n of N and time left, and stops it', async () => {
    let running = false;
    const asked = page((action) => {
      if (action === 'start') running = true;
      if (action === 'stop') running = false;
      return running
        ? status({ running: true, done: 1, total: 3, secondsLeft: 12, waiting: 0 })
        : status(action === 'stop' ? { done: 2, total: 3, stopped: true } : {});
    });
    render(<ReadImages tabId={4} textLayer="preview-only" lang="zh" onRead={() => undefined} />);
    fireEvent.click(await screen.findByText('识别图片页'));
    await screen.findByText('第 2 / 3 页 · 约剩 12 秒');
    fireEvent.click(screen.getByText('停止'));
    await screen.findByText('已停止：识别了 2 / 3 页');
    expect(asked).toEqual(['status', 'start', 'stop']);
  });

  it('says which pages had no text and which failed, in English too', async () => {
    page(() => status({ done: 4, total: 4, empty: [2, 3], failed: [4], waiting: 0 }));
    render(<ReadImages tabId={4} textLayer="ocr" lang="en" onRead={() => undefined} />);
    await screen.findByText('No text found on page 2, 3');
    screen.getByText('Reading failed on page 4');
    expect((screen.getByTestId('ocr-start') as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows nothing on a page whose own text is the document (its images are photos), or a page that cannot answer', async () => {
    page(() => status({ waiting: 2 }));
    const { container } = render(<ReadImages tabId={4} textLayer="full" lang="zh" onRead={() => undefined} />);
    await waitFor(() => expect(browser.tabs.sendMessage).toHaveBeenCalled());
    expect(container.textContent).toBe('');
    cleanup();
    page(() => new Error('Could not establish connection'));
    const again = render(<ReadImages tabId={4} textLayer="preview-only" lang="zh" onRead={() => undefined} />);
    await waitFor(() => expect(browser.tabs.sendMessage).toHaveBeenCalled());
    expect(again.container.textContent).toBe('');
  });

  it('a start the page cannot answer is said, and the popup goes on', async () => {
    page((action) => (action === 'start' ? new Error('the page was closed') : status()));
    render(<ReadImages tabId={4} textLayer="preview-only" lang="en" onRead={() => undefined} />);
    fireEvent.click(await screen.findByText('Read image pages'));
    await screen.findByText('Reading is not available: the page was closed');
  });
});
