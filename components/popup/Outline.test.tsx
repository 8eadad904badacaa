// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Outline } from './Outline';
import { sectionKey } from './save';
import { popupText } from './strings';
import { outline } from './test-data';

afterEach(cleanup);

function setup(entries = outline, saved: ReadonlySet<string> = new Set()) {
  const props = { onSelect: vi.fn(), onCopy: vi.fn(), onSave: vi.fn(async () => true) };
  render(<Outline t={popupText('en')} outline={entries} saved={saved} {...props} />);
  return props;
}

describe('Outline', () => {
  it('lists every entry with its marker, indented by level', () => {
    setup();
    const items = screen.getAllByTestId('outline-entry');
    expect(items.map((i) => i.textContent)).toEqual(['目录not in the shown text', '一、加强领导', '1.走访部队', '二、存在问题']);
    expect(items.map((i) => i.getAttribute('data-level'))).toEqual(['1', '1', '2', '1']);
    expect(items.map((i) => (i.parentElement as HTMLElement).style.paddingInlineStart)).toEqual(['0px', '0px', '16px', '0px']);
  });

  it('greys out an entry that is not in the shown text: no button, a note', () => {
    setup();
    const missing = screen.getAllByTestId('outline-entry')[0]!;
    expect(missing.tagName).toBe('SPAN');
    expect(missing.className).toContain('missing');
    expect(screen.getAllByRole('button', { name: /^(一、加强领导|1\.走访部队|二、存在问题)$/ })).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Save section “目录”' })).toBeNull();
  });

  it('selects an entry on click and on Enter', () => {
    const { onSelect } = setup();
    fireEvent.click(screen.getByText('加强领导', { exact: false }));
    expect(onSelect).toHaveBeenLastCalledWith(outline[1]);
    fireEvent.keyDown(screen.getByRole('button', { name: '1.走访部队' }), { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith(outline[2]);
    expect(onSelect).toHaveBeenCalledTimes(2);
  });

  it('saves a section by its position in the outline, and marks saved sections', () => {
    const { onSave, onSelect } = setup(outline, new Set([sectionKey('存在问题')]));
    fireEvent.click(screen.getByRole('button', { name: 'Save section “1.走访部队”' }));
    expect(onSave).toHaveBeenCalledWith({ what: 'section', index: 2 });
    expect(onSelect).not.toHaveBeenCalled();
    expect(screen.getAllByTestId('save-section').map((b) => b.textContent)).toEqual(['Save', 'Save', 'Saved']);
  });

  it('copies the outline as an indented list', () => {
    const { onCopy } = setup();
    fireEvent.click(screen.getByTestId('copy-outline'));
    expect(onCopy).toHaveBeenCalledWith({ what: 'outline', text: '- 目录\n- 一、加强领导\n  - 1.走访部队\n- 二、存在问题' });
  });

  it('says so when there are no headings', () => {
    setup([]);
    expect(screen.getByText('No headings found.')).toBeTruthy();
  });
});
