// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Actions } from './Actions';
import { Notice } from './Notice';
import { libraryText } from './strings';

const t = libraryText('en');

function setup(total = 3, shown: number | null = null) {
  const props = { onExport: vi.fn(), onImport: vi.fn(), onDeleteAll: vi.fn() };
  render(<Actions t={t} total={total} shown={shown} busy={false} {...props} />);
  return props;
}

afterEach(cleanup);

describe('Actions', () => {
  it('deletes everything only after confirming', () => {
    const { onDeleteAll } = setup();
    fireEvent.click(screen.getByTestId('delete-all'));
    expect(onDeleteAll).not.toHaveBeenCalled();
    expect(screen.getByText('Delete all extracts (3)? You can undo right after.')).toBeTruthy();
    fireEvent.click(screen.getByText('Cancel'));
    expect(screen.queryByTestId('confirm-delete-all')).toBeNull();
    fireEvent.click(screen.getByTestId('delete-all'));
    fireEvent.click(screen.getByTestId('confirm-delete-all'));
    expect(onDeleteAll).toHaveBeenCalledOnce();
  });

  it('exports in the chosen format, all or the matches', () => {
    const { onExport } = setup(3, 1);
    expect(screen.getByTestId('export').textContent).toBe('Export matches (1)');
    fireEvent.change(screen.getByTestId('export-format'), { target: { value: 'csv' } });
    fireEvent.click(screen.getByTestId('export'));
    expect(onExport).toHaveBeenCalledWith('csv');
  });

  it('hands the chosen file to the importer', () => {
    const { onImport } = setup();
    const file = new File(['{}'], 'a.json', { type: 'application/json' });
    fireEvent.change(screen.getByTestId('import-input'), { target: { files: [file] } });
    expect(onImport).toHaveBeenCalledWith(file);
  });

  it('cannot export or delete an empty library', () => {
    setup(0);
    expect((screen.getByTestId('export') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('delete-all') as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('Notice', () => {
  it('shows progress, errors with their cause, and undo', () => {
    const onUndo = vi.fn();
    const { rerender } = render(
      <Notice t={t} onDismiss={() => {}} notice={{ kind: 'progress', message: 'Exporting…', done: 250, total: 5000 }} />,
    );
    expect((screen.getByTestId('progress') as HTMLProgressElement).value).toBe(250);
    rerender(<Notice t={t} onDismiss={() => {}} notice={{ kind: 'error', message: 'Storage is full', detail: 'QuotaExceededError' }} />);
    expect(screen.getByRole('alert').textContent).toContain('QuotaExceededError');
    rerender(<Notice t={t} onDismiss={() => {}} notice={{ kind: 'undo', message: 'Extracts deleted: 1.', onUndo }} />);
    fireEvent.click(screen.getByTestId('undo'));
    expect(onUndo).toHaveBeenCalledOnce();
  });
});
