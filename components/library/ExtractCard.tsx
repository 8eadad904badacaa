import { useState } from 'preact/hooks';
import { formatDate } from '../../utils/extracts/chunks';
import { isPageUrl, normalise } from '../../utils/extracts/identity';
import { sourceLink } from '../../utils/extracts/markdown';
import { labels } from '../../utils/extracts/messages';
import type { Extract } from '../../utils/extracts/types';
import type { Lang } from '../../utils/i18n';
import type { T } from './strings';
import { TagNoteEditor } from './TagNoteEditor';

export interface CardActions {
  onCopy: (e: Extract, as: 'text' | 'markdown') => void;
  onEdit: (e: Extract, tags: string[], note: string) => void;
  onDelete: (e: Extract) => void;
}

interface Props extends CardActions {
  extract: Extract;
  t: T;
  lang: Lang;
}

/** Long text is clamped until asked for: a whole report would push every other card off screen. */
const LONG = 280;

/** The text without a first line the card header already shows (a section's heading, a document's title). */
function bodyText(e: Extract): string {
  const shown = e.kind === 'section' ? e.heading : e.kind === 'document' ? e.title : '';
  const [first, ...rest] = e.text.split(/\n{2,}/);
  return shown && rest.length && normalise(first!).includes(normalise(shown)) ? rest.join('\n\n') : e.text;
}

function Figures({ extract, lang }: { extract: Extract & { kind: 'figures' }; lang: Lang }) {
  const l = labels(lang);
  return (
    <table class="figures">
      <thead>
        <tr>
          <th>{l('fig.raw')}</th>
          <th>{l('fig.sentence')}</th>
        </tr>
      </thead>
      <tbody>
        {extract.figures.map((f, i) => (
          <tr key={i}>
            <td class="raw">{f.raw}</td>
            <td>{f.sentence}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ExtractCard({ extract: e, t, lang, onCopy, onEdit, onDelete }: Props) {
  const [open, setOpen] = useState(false);
  // The record as the editor opened it: the library merges the edit into whatever is stored by then.
  const [editing, setEditing] = useState<Extract | null>(null);
  const link = sourceLink(e);
  const heading = e.kind === 'section' ? e.heading : e.kind === 'selection' ? e.section : null;
  const text = bodyText(e);
  return (
    <article class={`card kind-${e.kind}`} data-testid="extract" data-id={e.id}>
      <header>
        <span class="badge">{labels(lang)(`kind.${e.kind}`)}</span>
        {heading && <span class="heading">{e.kind === 'section' ? heading : t('inSection', { section: heading })}</span>}
        {e.kind === 'figures' && <span class="muted">{t('figureCount', { n: e.figures.length })}</span>}
        <time class="muted" dateTime={new Date(e.savedAt).toISOString()}>
          {t('savedAt', { date: formatDate(e.savedAt) })}
        </time>
      </header>
      {e.kind === 'figures' ? (
        <Figures extract={e} lang={lang} />
      ) : (
        <>
          <p class={`text${open ? '' : ' clamped'}`} data-testid="extract-text">
            {text}
          </p>
          {text.length > LONG && (
            <button type="button" class="link" onClick={() => setOpen(!open)}>
              {open ? t('showLess') : t('showMore')}
            </button>
          )}
        </>
      )}
      {editing ? (
        <TagNoteEditor
          tags={editing.tags}
          note={editing.note}
          t={t}
          onCancel={() => setEditing(null)}
          onSave={(tags, note) => {
            setEditing(null);
            onEdit(editing, tags, note);
          }}
        />
      ) : (
        <div class="meta">
          <ul class="tags" aria-label={t('tags')}>
            {e.tags.map((tag) => (
              <li key={tag}>{tag}</li>
            ))}
          </ul>
          {e.note && (
            <p class="note" data-testid="extract-note">
              {e.note}
            </p>
          )}
        </div>
      )}
      <footer class="actions">
        {isPageUrl(link) && (
          <a href={link} target="_blank" rel="noopener noreferrer" data-testid="open-source">
            {t('openSource')}
          </a>
        )}
        <button type="button" onClick={() => onCopy(e, 'text')}>
          {t('copyText')}
        </button>
        <button type="button" onClick={() => onCopy(e, 'markdown')}>
          {t('copyMarkdown')}
        </button>
        <button type="button" data-testid="edit" onClick={() => setEditing(editing ? null : e)}>
          {t('edit')}
        </button>
        <button type="button" class="danger" data-testid="delete" onClick={() => onDelete(e)}>
          {t('delete')}
        </button>
      </footer>
    </article>
  );
}
