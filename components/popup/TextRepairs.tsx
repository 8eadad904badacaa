import type { ExtractResult, SpinRepair } from '@/utils/engine/types';
import type { PageState } from '@/utils/page/cleaner';
import type { Lang } from '@/utils/i18n';
import { textRepairText } from './text-repair-strings';

interface Props {
  lang: Lang;
  result: ExtractResult;
  state: PageState;
  busy: boolean;
  /** The page shows its spun words as written. */
  spunShown: boolean;
  onShowSpun: (spun: boolean) => void;
  /** Flash the place of a repair in the page. */
  onSelect: (repair: SpinRepair) => void;
  onSimplify: () => void;
}

/** What the text repairs did to the page: 伪原创 words put back, traditional script converted or offered. */
export function TextRepairs({ lang, result, state, busy, spunShown, onShowSpun, onSelect, onSimplify }: Props) {
  const t = textRepairText(lang);
  const { spin, script } = result;
  const cleaned = state === 'clean';
  return (
    <>
      {spin && spin.repairs.length > 0 && (
        <section class="spin" aria-labelledby="spin-heading" data-testid="spin">
          <h2 id="spin-heading" data-testid="spin-total">
            {t('spin.heading', { n: spin.repairs.length })}
          </h2>
          {!spin.context && (
            <p class="card warn" role="note" data-testid="spin-no-words">
              {t('spin.noWords')}
            </p>
          )}
          <label class="row">
            <span>{t('spin.showSpun')}</span>
            <input
              type="checkbox"
              role="switch"
              class="switch"
              data-testid="spin-show-spun"
              checked={spunShown}
              disabled={busy || !cleaned}
              onChange={(e) => onShowSpun(e.currentTarget.checked)}
            />
          </label>
          <p class="muted">{t('spin.hint')}</p>
          <ol class="spin-list">
            {spin.repairs.map((r, i) => (
              <li key={i}>
                <button
                  type="button"
                  class="link-btn"
                  data-testid="spin-item"
                  disabled={!cleaned}
                  aria-label={t('spin.itemLabel', { spun: r.spun, restored: r.restored })}
                  title={r.context ? t('spin.context') : undefined}
                  onClick={() => onSelect(r)}
                >
                  {t('spin.item', { spun: r.spun, restored: r.restored })}
                </button>
              </li>
            ))}
          </ol>
        </section>
      )}
      {script?.converted && (
        <p class="card notice" role="note" data-testid="script-converted">
          {t('script.converted', { n: script.chars })} {script.mirror.length > 0 && t('script.mirror', { why: script.mirror.join('；') })}
        </p>
      )}
      {script?.unavailable && (
        <p class="card warn" role="note" data-testid="script-unavailable">
          {t('script.unavailable')}
        </p>
      )}
      {script && !script.converted && !script.unavailable && (
        <div class="card notice" data-testid="script-offer">
          <p>{t('script.offer')}</p>
          <p class="muted">{t('script.offerHint')}</p>
          <button type="button" disabled={busy} data-testid="script-convert" onClick={onSimplify}>
            {t('script.convert')}
          </button>
        </div>
      )}
    </>
  );
}
