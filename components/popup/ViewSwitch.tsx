import type { PageState } from '@/utils/page/cleaner';
import type { PopupT } from './strings';

interface Props {
  t: PopupT;
  state: PageState;
  busy: boolean;
  onChange: (state: PageState) => void;
}

/** Cleaned or original: two buttons, the pressed one is what the page shows now. */
export function ViewSwitch({ t, state, busy, onChange }: Props) {
  const option = (value: PageState) => (
    <button
      type="button"
      class={value === state ? 'seg on' : 'seg'}
      aria-pressed={value === state}
      disabled={busy}
      data-testid={`view-${value}`}
      onClick={() => value !== state && onChange(value)}
    >
      {t(`state.${value}`)}
    </button>
  );
  return (
    <div class="view-switch">
      <span class="label" id="view-label">
        {t('view')}
      </span>
      <div class="segmented" role="group" aria-labelledby="view-label">
        {option('clean')}
        {option('original')}
      </div>
    </div>
  );
}
