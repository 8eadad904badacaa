// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SaveDocument } from './SaveDocument';
import { popupText } from './strings';

afterEach(cleanup);

function setup({ ok = true, saved = false, disabled = false } = {}) {
  const props = { onSave: vi.fn(async () => ok), onLibrary: vi.fn() };
  render(<SaveDocument t={popupText('zh')} disabled={disabled} saved={saved} {...props} />);
  return props;
}

describe('SaveDocument', () => {
  it('saves the document at once, without tags or note', async () => {
    const { onSave } = setup();
    fireEvent.click(screen.getByRole('button', { name: '保存全文' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ what: 'document', tags: [], note: '' }));
    expect(screen.queryByTestId('doc-saved')).toBeNull();
  });

  it('opens tags and note on demand, focuses the tags, and clears them once saved', async () => {
    const { onSave } = setup();
    const more = screen.getByRole('button', { name: '标签和备注' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    const tags = screen.getByLabelText('标签') as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(tags));
    fireEvent.input(tags, { target: { value: '总结，数据 #数据' } });
    const note = screen.getByLabelText('备注') as HTMLTextAreaElement;
    fireEvent.input(note, { target: { value: '年终用' } });
    fireEvent.keyDown(note, { key: 'Enter' });
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.keyDown(note, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ what: 'document', tags: ['总结', '数据'], note: '年终用' }));
    await waitFor(() => expect(screen.queryByLabelText('标签')).toBeNull());
    fireEvent.click(more);
    expect((screen.getByLabelText('标签') as HTMLInputElement).value).toBe('');
  });

  it('keeps what was typed when the save fails', async () => {
    const { onSave } = setup({ ok: false });
    fireEvent.click(screen.getByRole('button', { name: '标签和备注' }));
    fireEvent.input(screen.getByLabelText('备注'), { target: { value: '留着' } });
    fireEvent.submit(screen.getByTestId('save-form'));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect((screen.getByLabelText('备注') as HTMLTextAreaElement).value).toBe('留着');
  });

  it('shows that the document is saved, opens the library, and is off when there is nothing to save', () => {
    const { onSave, onLibrary } = setup({ saved: true, disabled: true });
    expect(screen.getByTestId('doc-saved').textContent).toBe('✓ 已在摘录库中');
    fireEvent.click(screen.getByRole('button', { name: /摘录库/ }));
    expect(onLibrary).toHaveBeenCalled();
    expect((screen.getByRole('button', { name: '保存全文' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.submit(screen.getByTestId('save-form'));
    expect(onSave).not.toHaveBeenCalled();
  });
});
