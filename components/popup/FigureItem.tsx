import type { Figure } from '@/utils/engine/types';
import { boundText, figureClip, figureNumber, type FieldT } from '@/utils/format';
import type { Lang } from '@/utils/i18n';
import type { OnCopy } from './copy';
import type { PopupT } from './strings';

interface Props {
  t: PopupT;
  words: FieldT;
  lang: Lang;
  figure: Figure;
  onCopy: OnCopy;
  saved: boolean;
  onSave: () => void;
}

/** The sentence with the figure's own words marked, all as text nodes. */
function Sentence({ figure }: { figure: Figure }) {
  const at = figure.sentence.indexOf(figure.raw);
  if (at < 0) return <>{figure.sentence}</>;
  return (
    <>
      {figure.sentence.slice(0, at)}
      <mark>{figure.raw}</mark>
      {figure.sentence.slice(at + figure.raw.length)}
    </>
  );
}

export function FigureItem({ t, words, lang, figure: f, onCopy, saved, onSave }: Props) {
  const bound = boundText(f.bound, lang);
  return (
    <li class={f.masked ? 'figure masked' : 'figure'} data-testid="figure" data-kind={f.kind}>
      <div class="figure-head">
        <span class="raw">{f.raw}</span>
        {bound && <span class="tag bound">{bound}</span>}
        <span class="tag kind">{words(`kind.${f.kind}`)}</span>
        <button
          type="button"
          class="small ghost"
          aria-label={t('figures.copyOneLabel', { raw: f.raw })}
          data-testid="copy-figure"
          onClick={() => onCopy({ what: 'figure', text: figureClip(f) })}
        >
          {t('figures.copyOne')}
        </button>
        <button
          type="button"
          class={saved ? 'small ghost save-entry saved' : 'small ghost save-entry'}
          aria-label={t('figures.saveLabel', { raw: f.raw })}
          data-testid="save-figure"
          onClick={onSave}
        >
          {saved ? t('saved') : t('save')}
        </button>
      </div>
      <dl class="facts">
        <dt>{words('col.value')}</dt>
        {f.masked ? (
          <dd class="blank" data-testid="masked">
            {words('masked')}
          </dd>
        ) : (
          <dd data-testid="figure-value">{figureNumber(f, lang)}</dd>
        )}
        {f.unit && (
          <>
            <dt>{words('col.unit')}</dt>
            <dd data-testid="figure-unit">{f.unit}</dd>
          </>
        )}
      </dl>
      <p class="sentence">
        <Sentence figure={f} />
      </p>
      {f.section && <p class="section">§ {f.section}</p>}
    </li>
  );
}
