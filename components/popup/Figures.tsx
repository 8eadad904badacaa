import { useState } from 'preact/hooks';
import type { Figure, FigureKind } from '@/utils/engine/types';
import { FIGURE_KINDS, fieldText, figuresMarkdown, figuresTsv } from '@/utils/format';
import type { Lang } from '@/utils/i18n';
import type { OnCopy } from './copy';
import { FigureItem } from './FigureItem';
import { figuresKey, type OnSave } from './save';
import type { PopupT } from './strings';

export interface FiguresProps {
  t: PopupT;
  lang: Lang;
  figures: readonly Figure[];
  onCopy: OnCopy;
  onSave: OnSave;
  /** Keys of what is in the library already (see save.ts). */
  saved: ReadonlySet<string>;
}

/** The document's statistics, filterable by kind; the copies and "save these" take what the filter shows. */
export function Figures({ t, lang, figures, onCopy, onSave, saved }: FiguresProps) {
  const [kind, setKind] = useState<FigureKind | null>(null);
  if (!figures.length) return <p class="empty">{t('figures.empty')}</p>;
  const words = fieldText(lang);
  const present = FIGURE_KINDS.filter((k) => figures.some((f) => f.kind === k));
  const shown = kind ? figures.filter((f) => f.kind === kind) : figures;
  const filter = (value: FigureKind | null, label: string, n: number) => (
    <button
      key={value ?? 'all'}
      type="button"
      class={value === kind ? 'filter on' : 'filter'}
      aria-pressed={value === kind}
      data-testid={`filter-${value ?? 'all'}`}
      onClick={() => setKind(value)}
    >
      {label}
      <span class="n">{n}</span>
    </button>
  );
  return (
    <div class="figures">
      <div class="filters" role="group" aria-label={t('figures.filter')}>
        {filter(null, t('figures.all'), figures.length)}
        {present.map((k) => filter(k, words(`kind.${k}`), figures.filter((f) => f.kind === k).length))}
      </div>
      <div class="panel-bar">
        <span class="muted" data-testid="figures-shown">
          {t('figures.shown', { n: shown.length })}
        </span>
        <span class="button-row">
          <button type="button" class="small" data-testid="copy-tsv" onClick={() => onCopy({ what: 'tsv', text: figuresTsv(shown, lang) })}>
            {t('figures.copyTsv')}
          </button>
          <button
            type="button"
            class="small"
            data-testid="copy-md-table"
            onClick={() => onCopy({ what: 'mdTable', text: figuresMarkdown(shown, lang) })}
          >
            {t('figures.copyMd')}
          </button>
          <button
            type="button"
            class="small"
            disabled={!shown.length}
            data-testid="save-figures"
            onClick={() => void onSave({ what: 'figures', figures: shown })}
          >
            {t('figures.saveShown', { n: shown.length })}
          </button>
        </span>
      </div>
      {shown.length ? (
        <ul class="figure-list" data-testid="figures">
          {shown.map((f) => (
            <FigureItem
              key={`${f.block}:${f.offset}`}
              t={t}
              words={words}
              lang={lang}
              figure={f}
              onCopy={onCopy}
              saved={saved.has(figuresKey([f]))}
              onSave={() => void onSave({ what: 'figures', figures: [f] })}
            />
          ))}
        </ul>
      ) : (
        <p class="empty">{t('figures.none')}</p>
      )}
    </div>
  );
}
