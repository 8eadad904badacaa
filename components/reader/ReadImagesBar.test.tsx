// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { idleProgress, type OcrStatus } from '@/utils/page/ocr-run';
import { ReadImagesBar } from './ReadImagesBar';

afterEach(cleanup);

const status = (over: Partial<OcrStatus> = {}): OcrStatus => ({ ...idleProgress, waiting: 3, ...over });

describe('ReadImagesBar', () => {
  it('offers the run where page images wait, and a click a page script makes (untrusted) starts nothing', () => {
    const ocr = vi.fn((_action: string) => status());
    render(<ReadImagesBar ocr={ocr} lang="zh" />);
    fireEvent.click(screen.getByText('识别图片页'));
    expect(ocr.mock.calls.map((c) => c[0])).toEqual(['status']);
  });

  it('shows page n of N with time left while running, and what pages had no text', () => {
    render(<ReadImagesBar ocr={() => status({ running: true, done: 2, total: 6, secondsLeft: 30, empty: [2], waiting: 0 })} lang="en" />);
    expect(screen.getByTestId('reader-ocr').textContent).toContain('Page 3 of 6 · about 30 s left');
    expect(screen.getByTestId('reader-ocr').textContent).toContain('No text found on page 2');
    screen.getByText('Stop');
  });

  it('is absent where nothing waits and nothing was read', () => {
    const { container } = render(<ReadImagesBar ocr={() => status({ waiting: 0 })} lang="zh" />);
    expect(container.textContent).toBe('');
  });
});
