// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExtractResult } from '@/utils/engine/types';
import type { PageState } from '@/utils/page/cleaner';
import { glanceOf } from '@/utils/page/glance';
import { popupText } from './strings';
import { Summary } from './Summary';
import { result } from './test-data';

afterEach(cleanup);

function setup(over: Partial<ExtractResult> = {}, state: PageState = 'clean', lang: 'zh' | 'en' = 'en') {
  const props = { onView: vi.fn(), onCopy: vi.fn(), onReader: vi.fn() };
  const r = result(over);
  render(<Summary t={popupText(lang)} glance={glanceOf(r)} result={r} state={state} busy={false} {...props} />);
  return props;
}

describe('Summary', () => {
  it('counts what was removed, by kind, most first', () => {
    setup();
    expect(screen.getByTestId('removed-total').textContent).toBe('Removed 3 distractions');
    expect(screen.getByTestId('removed-download-prompt').textContent).toBe('Download prompts2');
    expect(screen.getByTestId('removed-related').textContent).toBe('Related documents1');
    expect(screen.getAllByRole('listitem').map((li) => li.dataset.testid)).toEqual(['removed-download-prompt', 'removed-related']);
  });

  it('names removal kinds in Chinese', () => {
    setup({}, 'clean', 'zh');
    expect(screen.getByTestId('removed-total').textContent).toBe('已移除 3 处干扰');
    expect(screen.getByTestId('removed-related').textContent).toBe('相关推荐1');
  });

  it('says plainly when only the preview text is readable, or nothing is', () => {
    setup({ textLayer: 'preview-only' });
    expect(screen.getByTestId('text-layer').textContent).toMatch(/only the preview text can be read/);
    cleanup();
    setup({ textLayer: 'none', text: '' });
    expect(screen.getByTestId('text-layer').textContent).toMatch(/no readable text/);
    expect((screen.getByTestId('copy-text') as HTMLButtonElement).disabled).toBe(true);
    cleanup();
    setup({ textLayer: 'canvas' }, 'clean', 'zh');
    expect(screen.getByTestId('text-layer').textContent).toMatch(/画布上绘制的文字/);
    cleanup();
    setup({ textLayer: 'ocr' });
    expect(screen.getByTestId('text-layer').textContent).toMatch(/recognised from the page images/);
    cleanup();
    setup();
    expect(screen.queryByTestId('text-layer')).toBeNull();
    expect(screen.queryByTestId('held')).toBeNull();
  });

  it('says why a recognised page was left as it is', () => {
    setup({ held: 'no-document', textLayer: 'none', text: '' }, 'original', 'zh');
    expect(screen.getByTestId('held').textContent).toMatch(/没有文档正文/);
    expect(screen.queryByTestId('text-layer')).toBeNull();
    cleanup();
    setup({ held: 'little-document' });
    expect(screen.getByTestId('held').textContent).toMatch(/almost blank page/);
  });

  it('switches between cleaned and original', () => {
    const { onView } = setup();
    expect(screen.getByTestId('view-clean').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByTestId('view-clean'));
    expect(onView).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('view-original'));
    expect(onView).toHaveBeenCalledWith('original');
  });

  it('offers to clean a page that is not a document page', () => {
    const { onView } = setup({ detected: false, site: null }, 'original');
    expect(screen.queryByTestId('view-clean')).toBeNull();
    fireEvent.click(screen.getByTestId('clean-anyway'));
    expect(onView).toHaveBeenCalledWith('clean');
  });

  it('copies text, Markdown, and rich text with escaped HTML', () => {
    const { onCopy, onReader } = setup({ title: '<b>x</b>', markdown: '# <b>x</b>\n\n## 一、A&B' });
    fireEvent.click(screen.getByTestId('copy-text'));
    expect(onCopy).toHaveBeenLastCalledWith({ what: 'text', text: result().text });
    fireEvent.click(screen.getByTestId('copy-markdown'));
    expect(onCopy).toHaveBeenLastCalledWith({ what: 'markdown', text: '# <b>x</b>\n\n## 一、A&B' });
    fireEvent.click(screen.getByTestId('copy-rich'));
    expect(onCopy.mock.lastCall![0].html).toBe('<meta charset="utf-8"><h1>&lt;b&gt;x&lt;/b&gt;</h1>\n<h2>一、A&amp;B</h2>');
    fireEvent.click(screen.getByTestId('reader'));
    expect(onReader).toHaveBeenCalledOnce();
  });
});
