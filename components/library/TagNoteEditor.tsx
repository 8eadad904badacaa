import { useState } from 'preact/hooks';
import { parseTags } from '../../utils/extracts/identity';
import type { T } from './strings';

interface Props {
  tags: string[];
  note: string;
  t: T;
  onSave: (tags: string[], note: string) => void;
  onCancel: () => void;
}

export function TagNoteEditor({ tags, note, t, onSave, onCancel }: Props) {
  const [tagText, setTagText] = useState(tags.join('，'));
  const [noteText, setNoteText] = useState(note);
  return (
    <form
      class="editor"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(parseTags(tagText), noteText.trim());
      }}
    >
      <label>
        <span>{t('tags')}</span>
        <input data-testid="edit-tags" value={tagText} placeholder={t('tagsHint')} onInput={(e) => setTagText(e.currentTarget.value)} />
      </label>
      <label>
        <span>{t('note')}</span>
        <textarea data-testid="edit-note" rows={3} value={noteText} onInput={(e) => setNoteText(e.currentTarget.value)} />
      </label>
      <div class="row">
        <button type="submit" class="primary" data-testid="edit-save">
          {t('save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
