import { useState } from 'preact/hooks';
import type { T } from './strings';
import { FORMATS, type ExportFormat } from './transfer';

interface Props {
  t: T;
  total: number;
  /** How many extracts the current search and filters show, when they narrow the list. */
  shown: number | null;
  busy: boolean;
  onExport: (format: ExportFormat) => void;
  onImport: (file: File) => void;
  onDeleteAll: () => void;
}

export function Actions({ t, total, shown, busy, onExport, onImport, onDeleteAll }: Props) {
  const [format, setFormat] = useState<ExportFormat>('md-zip');
  const [confirming, setConfirming] = useState(false);
  return (
    <div class="actions-bar">
      <select
        data-testid="export-format"
        aria-label={t('formatLabel')}
        value={format}
        onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}
      >
        {FORMATS.map((f) => (
          <option key={f} value={f}>
            {t(`fmt.${f}`)}
          </option>
        ))}
      </select>
      <button type="button" class="primary" data-testid="export" disabled={busy || total === 0} onClick={() => onExport(format)}>
        {shown === null ? `${t('exportAll')} (${total})` : `${t('exportShown')} (${shown})`}
      </button>
      <label class={`button${busy ? ' disabled' : ''}`}>
        {t('import')}
        <input
          type="file"
          accept=".json,application/json"
          data-testid="import-input"
          disabled={busy}
          hidden
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            // Cleared so choosing the same file again fires another change.
            e.currentTarget.value = '';
            if (file) onImport(file);
          }}
        />
      </label>
      {confirming ? (
        <span class="confirm" role="alertdialog">
          <span>{t('confirmDeleteAll', { n: total })}</span>
          <button
            type="button"
            class="danger"
            data-testid="confirm-delete-all"
            onClick={() => {
              setConfirming(false);
              onDeleteAll();
            }}
          >
            {t('confirm')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </span>
      ) : (
        <button type="button" class="danger" data-testid="delete-all" disabled={busy || total === 0} onClick={() => setConfirming(true)}>
          {t('deleteAll')}
        </button>
      )}
    </div>
  );
}
