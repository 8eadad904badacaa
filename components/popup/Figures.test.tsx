// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Figures } from './Figures';
import { figuresKey } from './save';
import { popupText } from './strings';
import { figures } from './test-data';

afterEach(cleanup);

function setup(lang: 'zh' | 'en' = 'zh', list = figures, saved: ReadonlySet<string> = new Set()) {
  const onCopy = vi.fn();
  const onSave = vi.fn(async () => true);
  render(<Figures t={popupText(lang)} lang={lang} figures={list} onCopy={onCopy} onSave={onSave} saved={saved} />);
  return Object.assign(onCopy, { onSave });
}

const shownRaw = () => screen.getAllByTestId('figure').map((li) => li.querySelector('.raw')!.textContent);

describe('Figures', () => {
  it('shows raw, normalised value, bound, kind, sentence and section', () => {
    setup();
    const first = within(screen.getAllByTestId('figure')[0]!);
    expect(first.getByText('1.2亿余元', { selector: '.raw' })).toBeTruthy();
    expect(first.getByTestId('figure-value').textContent).toBe('1.2亿');
    expect(first.getByTestId('figure-unit').textContent).toBe('元');
    expect(first.getByText('余')).toBeTruthy();
    expect(first.getByText('金额')).toBeTruthy();
    expect(first.getByText('1.2亿余元', { selector: 'mark' })).toBeTruthy();
    expect(first.getByText('§ 加强领导')).toBeTruthy();
  });

  it('formats large numbers for English readers', () => {
    setup('en');
    expect(screen.getAllByTestId('figure-value')[0]!.textContent).toBe('120,000,000');
    expect(screen.getAllByText('Value', { selector: 'dt' })).toHaveLength(4);
  });

  it('marks a masked value as a template blank', () => {
    setup();
    const masked = screen.getAllByTestId('figure')[3]!;
    expect(within(masked).getByTestId('masked').textContent).toBe('模板占位');
    expect(within(masked).queryByTestId('figure-value')).toBeNull();
  });

  it('filters by kind, offering only the kinds present, and back to all', () => {
    setup();
    expect(shownRaw()).toHaveLength(4);
    expect(screen.queryByTestId('filter-area')).toBeNull();
    fireEvent.click(screen.getByTestId('filter-money'));
    expect(shownRaw()).toEqual(['1.2亿余元', 'XXX亿元']);
    expect(screen.getByTestId('filter-money').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByTestId('filter-percent'));
    expect(shownRaw()).toEqual(['100%']);
    fireEvent.click(screen.getByTestId('filter-all'));
    expect(shownRaw()).toHaveLength(4);
  });

  it('copies what the filter shows as TSV and Markdown, and one figure with its sentence', () => {
    const onCopy = setup();
    fireEvent.click(screen.getByTestId('filter-percent'));
    fireEvent.click(screen.getByTestId('copy-tsv'));
    expect(onCopy).toHaveBeenLastCalledWith({
      what: 'tsv',
      text: '原文\t数值\t单位\t约数\t类别\t原句\t章节\n100%\t100\t%\t\t百分比\t转业军官100%安置。\t加强领导',
    });
    fireEvent.click(screen.getByTestId('copy-md-table'));
    expect(onCopy.mock.lastCall![0].text.split('\n')).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: '复制“100%”及原句' }));
    expect(onCopy).toHaveBeenLastCalledWith({ what: 'figure', text: '100%\n转业军官100%安置。' });
  });

  it('saves one figure, or the ones the filter shows, and marks what is saved', () => {
    const { onSave } = setup('zh', figures, new Set([figuresKey([figures[2]!])]));
    fireEvent.click(screen.getByRole('button', { name: '保存“1.6万处”及原句' }));
    expect(onSave).toHaveBeenLastCalledWith({ what: 'figures', figures: [figures[1]] });
    expect(screen.getAllByTestId('save-figure').map((b) => b.textContent)).toEqual(['保存', '保存', '已保存', '保存']);
    fireEvent.click(screen.getByTestId('save-figures'));
    expect(onSave).toHaveBeenLastCalledWith({ what: 'figures', figures });
    fireEvent.click(screen.getByTestId('filter-money'));
    expect(screen.getByTestId('save-figures').textContent).toBe('保存这 2 个');
    fireEvent.click(screen.getByTestId('save-figures'));
    expect(onSave).toHaveBeenLastCalledWith({ what: 'figures', figures: [figures[0], figures[3]] });
  });

  it('says so when there are none', () => {
    setup('en', []);
    expect(screen.getByText('No figures found.')).toBeTruthy();
  });
});
