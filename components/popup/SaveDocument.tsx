import { useEffect, useRef, useState } from 'preact/hooks';
import { parseTags } from '@/utils/extracts/identity';
import type { OnSave } from './save';
import type { PopupT } from './strings';

interface Props {
  t: PopupT;
  /** Nothing readable to save. */
  disabled: boolean;
  /** The document is in the library already. */
  saved: boolean;
  onSave: OnSave;
  onLibrary: () => void;
}

/**
 * Saves the whole document, with tags and a note when the user opens the two fields. Enter in the tags
 * field or Ctrl/⌘+Enter in the note submits, as the save button does.
 */
export function SaveDocument({ t, disabled, saved, onSave, onLibrary }: Props) {
  const [open, setOpen] = useState(false);
  const [tags, setTags] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const tagsField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (open) tagsField.current?.focus();
  }, [open]);

  const submit = async (ev?: Event) => {
    ev?.preventDefault();
    if (busy || disabled) return;
    setBusy(true);
    const ok = await onSave({ what: 'document', tags: parseTags(tags), note });
    setBusy(false);
    if (!ok) return;
    setTags('');
    setNote('');
    setOpen(false);
  };

  return (
    <section class="save" aria-labelledby="save-heading">
      <div class="save-head">
        <h2 id="save-heading">{t('save.heading')}</h2>
        {saved && (
          <span class="saved-mark" data-testid="doc-saved">
            ✓ {t('save.inLibrary')}
          </span>
        )}
      </div>
      <form class="save-form" onSubmit={submit} data-testid="save-form">
        {open && (
          <div class="save-fields">
            <label>
              <span>{t('save.tags')}</span>
              <input
                ref={tagsField}
                type="text"
                value={tags}
                placeholder={t('save.tagsHint')}
                data-testid="save-tags"
                onInput={(e) => setTags(e.currentTarget.value)}
              />
            </label>
            <label>
              <span>{t('save.note')}</span>
              <textarea
                rows={2}
                value={note}
                placeholder={t('save.noteHint')}
                data-testid="save-note"
                onInput={(e) => setNote(e.currentTarget.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit(e);
                }}
              />
            </label>
          </div>
        )}
        <div class="button-row">
          <button type="submit" class="accent" disabled={disabled || busy} data-testid="save-document">
            {t('save.document')}
          </button>
          <button type="button" aria-expanded={open} data-testid="save-more" onClick={() => setOpen(!open)}>
            {t('save.more')}
          </button>
          <button type="button" class="ghost to-library" title={t('libraryLabel')} data-testid="open-library" onClick={onLibrary}>
            {t('library')} ↗
          </button>
        </div>
      </form>
    </section>
  );
}
