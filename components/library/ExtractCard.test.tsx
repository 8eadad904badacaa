// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { selectionDraft } from '../../utils/extracts/build';
import { REPORT_URL, sampleResult } from '../../utils/extracts/test-data';
import type { Extract } from '../../utils/extracts/types';
import { ExtractCard } from './ExtractCard';
import { libraryText } from './strings';

const evil = '<img src=x onerror=alert(1)>';
const extract = (over: Partial<Extract> = {}): Extract =>
  ({
    ...selectionDraft(sampleResult(), REPORT_URL, `投入资金1.2亿元${evil}`, '大事大抓纵横联动')!,
    id: 'e1',
    docKey: REPORT_URL,
    savedAt: Date.UTC(2025, 0, 2),
    updatedAt: 0,
    tags: ['数据', evil],
    note: `备注${evil}`,
    ...over,
  }) as Extract;

function setup(e = extract()) {
  const actions = { onCopy: vi.fn(), onEdit: vi.fn(), onDelete: vi.fn() };
  const view = render(<ExtractCard extract={e} t={libraryText('zh')} lang="zh" {...actions} />);
  return { ...actions, view };
}

afterEach(cleanup);

describe('ExtractCard', () => {
  it('shows page-derived strings as text, never as HTML', () => {
    const { view } = setup();
    expect(view.container.querySelector('img')).toBeNull();
    expect(screen.getByTestId('extract-text').textContent).toBe(`投入资金1.2亿元${evil}`);
    expect(screen.getByTestId('extract-note').textContent).toBe(`备注${evil}`);
    expect(screen.getByText(evil, { selector: 'li' })).toBeTruthy();
    expect(screen.getByText('所在章节：大事大抓纵横联动')).toBeTruthy();
  });

  it('links to the quote in the source with a text fragment, and never to a script address', () => {
    setup();
    const link = screen.getByTestId('open-source') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toMatch(/^https:\/\/www\.31doc\.com\/p-3061754\.html#:~:text=/);
    expect(link.rel).toBe('noopener noreferrer');
    cleanup();
    setup(extract({ url: 'javascript:alert(1)' }));
    expect(screen.queryByTestId('open-source')).toBeNull();
  });

  it('edits tags and note', () => {
    const { onEdit } = setup();
    fireEvent.click(screen.getByTestId('edit'));
    fireEvent.input(screen.getByTestId('edit-tags'), { target: { value: '总结， 对比 总结' } });
    fireEvent.input(screen.getByTestId('edit-note'), { target: { value: ' 写进报告 ' } });
    fireEvent.click(screen.getByTestId('edit-save'));
    expect(onEdit).toHaveBeenCalledWith(expect.objectContaining({ id: 'e1' }), ['总结', '对比'], '写进报告');
    expect(screen.queryByTestId('edit-tags')).toBeNull();
  });

  it('hands over the record as the editor opened it, even when another tab changed it meanwhile', () => {
    const { onEdit, view } = setup();
    fireEvent.click(screen.getByTestId('edit'));
    view.rerender(
      <ExtractCard
        extract={extract({ tags: ['数据', evil, '别处加的'] })}
        t={libraryText('zh')}
        lang="zh"
        onCopy={vi.fn()}
        onEdit={onEdit}
        onDelete={vi.fn()}
      />,
    );
    fireEvent.click(screen.getByTestId('edit-save'));
    expect(onEdit).toHaveBeenCalledTimes(1);
    expect(onEdit.mock.calls[0]![0].tags).toEqual(['数据', evil]);
  });

  it('copies and deletes through its callbacks', () => {
    const { onCopy, onDelete } = setup();
    fireEvent.click(screen.getByText('复制 Markdown'));
    fireEvent.click(screen.getByText('复制文本'));
    fireEvent.click(screen.getByTestId('delete'));
    expect(onCopy.mock.calls.map((c) => c[1])).toEqual(['markdown', 'text']);
    expect(onDelete).toHaveBeenCalledOnce();
  });

  it('does not repeat a section heading the header already shows', () => {
    setup({ ...extract(), kind: 'section', heading: '完善机制', text: '（一）完善机制\n\n建立联席会议制度。', markdown: '' } as Extract);
    expect(screen.getByTestId('extract-text').textContent).toBe('建立联席会议制度。');
    expect(screen.getByText('完善机制')).toBeTruthy();
  });

  it('clamps long text until asked, and lists figures as a table', () => {
    setup(extract({ text: '长'.repeat(400) }));
    expect(screen.getByTestId('extract-text').className).toContain('clamped');
    fireEvent.click(screen.getByText('展开全文'));
    expect(screen.getByTestId('extract-text').className).not.toContain('clamped');
    cleanup();
    const r = sampleResult();
    setup({ ...extract(), kind: 'figures', figures: r.figures } as Extract);
    expect(screen.getAllByRole('row')).toHaveLength(3);
    expect(screen.getByText('2 个数字')).toBeTruthy();
  });
});
