import type { OutlineEntry } from '@/utils/engine/types';
import { outlineList } from '@/utils/format';
import type { OnCopy } from './copy';
import { sectionKey, type OnSave } from './save';
import type { PopupT } from './strings';

interface Props {
  t: PopupT;
  outline: readonly OutlineEntry[];
  onSelect: (entry: OutlineEntry) => void;
  onCopy: OnCopy;
  onSave: OnSave;
  /** Keys of what is in the library already (see save.ts). */
  saved: ReadonlySet<string>;
}

/**
 * The document's headings, indented by level; a heading that is in the page scrolls it there, and its
 * section (down to the next heading of its level) can be saved.
 */
export function Outline({ t, outline, onSelect, onCopy, onSave, saved }: Props) {
  // Enter is handled here rather than left to the button's default click, so it works the same in
  // every engine (and in tests); preventDefault keeps the browser from sending a second click.
  const onEnter = (entry: OutlineEntry) => (ev: KeyboardEvent) => {
    if (ev.key !== 'Enter') return;
    ev.preventDefault();
    onSelect(entry);
  };
  if (!outline.length) return <p class="empty">{t('outline.empty')}</p>;
  const top = Math.min(...outline.map((e) => e.level));
  return (
    <div class="outline">
      <div class="panel-bar">
        <span class="muted">{t('outline.hint')}</span>
        <button
          type="button"
          class="small"
          data-testid="copy-outline"
          onClick={() => onCopy({ what: 'outline', text: outlineList(outline) })}
        >
          {t('outline.copy')}
        </button>
      </div>
      <ol class="tree" data-testid="outline">
        {outline.map((e, i) => (
          <li key={i} class={`level-${Math.min(e.level - top + 1, 4)}`} style={{ paddingInlineStart: `${(e.level - top) * 16}px` }}>
            {e.missing ? (
              <span class="entry missing" data-testid="outline-entry" data-level={e.level} aria-disabled="true">
                <span class="entry-text">
                  {e.marker}
                  {e.text}
                </span>
                <small class="note">{t('outline.missing')}</small>
              </span>
            ) : (
              <button
                type="button"
                class="entry"
                data-testid="outline-entry"
                data-level={e.level}
                onClick={() => onSelect(e)}
                onKeyDown={onEnter(e)}
              >
                <span class="entry-text">
                  {e.marker}
                  {e.text}
                </span>
              </button>
            )}
            {!e.missing && (
              <button
                type="button"
                class={saved.has(sectionKey(e.text)) ? 'small ghost save-entry saved' : 'small ghost save-entry'}
                aria-label={t('outline.saveLabel', { heading: e.marker + e.text })}
                data-testid="save-section"
                onClick={() => void onSave({ what: 'section', index: i })}
              >
                {saved.has(sectionKey(e.text)) ? t('saved') : t('save')}
              </button>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
