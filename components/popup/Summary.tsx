import { readingSize } from '@/components/reader/blocks';
import type { ComponentChildren } from 'preact';
import type { ExtractResult } from '@/utils/engine/types';
import { documentHtml } from '@/utils/format';
import type { PageState } from '@/utils/page/cleaner';
import type { OnCopy } from './copy';
import { RemovedList } from './RemovedList';
import type { PopupT } from './strings';
import { ViewSwitch } from './ViewSwitch';

interface Props {
  t: PopupT;
  result: ExtractResult;
  state: PageState;
  busy: boolean;
  onView: (state: PageState) => void;
  onCopy: OnCopy;
  onReader: () => void;
  /** Shown between the copy buttons and the reader button: the save controls. */
  children?: ComponentChildren;
}

const layerNote = { 'preview-only': 'previewOnly', canvas: 'drawnText', ocr: 'ocrText', none: 'noText' } as const;

export function Summary({ t, result, state, busy, onView, onCopy, onReader, children }: Props) {
  const offered = !result.detected && state === 'original';
  const readable = result.textLayer !== 'none' && result.text.trim() !== '';
  return (
    <div class="summary">
      {offered ? (
        <div class="card notice" data-testid="not-doc">
          <p>{t('notDoc')}</p>
          <p class="muted">{t('notDocHint')}</p>
          <button type="button" class="primary" disabled={busy} data-testid="clean-anyway" onClick={() => onView('clean')}>
            {t('cleanAnyway')}
          </button>
        </div>
      ) : (
        <ViewSwitch t={t} state={state} busy={busy} onChange={onView} />
      )}
      {result.held ? (
        <p class="card warn" role="note" data-testid="held">
          {t(`held.${result.held}`)}
        </p>
      ) : result.textLayer !== 'full' && (
        <p class="card warn" role="note" data-testid="text-layer">
          {t(layerNote[result.textLayer])}
        </p>
      )}
      <p class="stats muted" data-testid="stats">
        {t('stats', { chars: readingSize(result.text), headings: result.outline.length, figures: result.figures.length })}
      </p>
      <RemovedList t={t} removed={result.removed} />
      <section class="copy" aria-labelledby="copy-heading">
        <h2 id="copy-heading">{t('copyHeading')}</h2>
        <div class="button-row">
          <button type="button" disabled={!readable} data-testid="copy-text" onClick={() => onCopy({ what: 'text', text: result.text })}>
            {t('copy.text')}
          </button>
          <button type="button" disabled={!readable} data-testid="copy-markdown" onClick={() => onCopy({ what: 'markdown', text: result.markdown })}>
            {t('copy.markdown')}
          </button>
          <button
            type="button"
            disabled={!readable}
            data-testid="copy-rich"
            onClick={() => onCopy({ what: 'rich', text: result.text, html: documentHtml(result) })}
          >
            {t('copy.rich')}
          </button>
        </div>
      </section>
      {children}
      <button type="button" class="primary wide" disabled={!readable} data-testid="reader" onClick={onReader}>
        {t('reader')}
      </button>
    </div>
  );
}
