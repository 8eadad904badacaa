// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExtractResult } from '@/utils/engine/types';
import type { PageState } from '@/utils/page/cleaner';
import { result } from './test-data';
import { TextRepairs } from './TextRepairs';

afterEach(cleanup);

const spin: ExtractResult['spin'] = {
  hits: 3,
  context: true,
  repairs: [
    { spun: '慰征询', restored: '慰问', block: 1, offset: 4, context: false },
    { spun: '进展', restored: '进行', block: 2, offset: 9, context: true },
  ],
};

function setup(over: Partial<ExtractResult>, state: PageState = 'clean', lang: 'zh' | 'en' = 'en', spunShown = false) {
  const props = { onShowSpun: vi.fn(), onSelect: vi.fn(), onSimplify: vi.fn() };
  render(<TextRepairs lang={lang} result={result(over)} state={state} busy={false} spunShown={spunShown} {...props} />);
  return props;
}

describe('TextRepairs', () => {
  it('says how many spun rewrites were repaired, in Chinese and English, and lists them', () => {
    setup({ spin }, 'clean', 'zh');
    expect(screen.getByTestId('spin-total').textContent).toBe('已修复 2 处伪原创改写');
    cleanup();
    setup({ spin });
    expect(screen.getByTestId('spin-total').textContent).toBe('Repaired 2 spun rewrites');
    expect(screen.getAllByTestId('spin-item').map((b) => b.textContent)).toEqual(['慰征询 → 慰问', '进展 → 进行']);
  });

  it('flashes a repair in the page on click, and switches to the spun original', () => {
    const p = setup({ spin });
    fireEvent.click(screen.getAllByTestId('spin-item')[1]!);
    expect(p.onSelect).toHaveBeenCalledWith(spin!.repairs[1]);
    fireEvent.click(screen.getByTestId('spin-show-spun'));
    expect(p.onShowSpun).toHaveBeenCalledWith(true);
  });

  it('cannot point into or switch a page that shows its original', () => {
    setup({ spin }, 'original');
    expect((screen.getByTestId('spin-show-spun') as HTMLInputElement).disabled).toBe(true);
    expect((screen.getAllByTestId('spin-item')[0] as HTMLButtonElement).disabled).toBe(true);
  });

  it('gives notice when the word frequencies were not loaded', () => {
    setup({ spin: { ...spin!, context: false } });
    expect(screen.getByTestId('spin-no-words').textContent).toMatch(/could not be loaded/);
  });

  it('shows nothing for a page without repairs or traditional script', () => {
    setup({});
    expect(screen.queryByTestId('spin')).toBeNull();
    expect(screen.queryByTestId('script-offer')).toBeNull();
  });

  it('tells a converted mirror why, and offers conversion on an ordinary traditional page', () => {
    setup({ script: { traditional: true, mirror: ['156 pinyin annotations'], from: 't', converted: true, chars: 1469 } }, 'clean', 'zh');
    expect(screen.getByTestId('script-converted').textContent).toMatch(/已把繁体转换为简体.*1469.*156 pinyin annotations/);
    cleanup();
    const p = setup({ script: { traditional: true, mirror: [], from: 'tw', converted: false, chars: 0 } });
    fireEvent.click(screen.getByTestId('script-convert'));
    expect(p.onSimplify).toHaveBeenCalled();
    cleanup();
    setup({ script: { traditional: true, mirror: ['document host'], from: 't', converted: false, chars: 0, unavailable: true } });
    expect(screen.getByTestId('script-unavailable').textContent).toMatch(/could not be loaded/);
    expect(screen.queryByTestId('script-offer')).toBeNull();
  });
});
