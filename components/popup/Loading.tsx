import type { PopupT } from './strings';

export function Loading({ t }: { t: PopupT }) {
  return (
    <div class="loading" data-testid="loading" aria-busy="true">
      <span class="spinner" aria-hidden="true" />
      {t('loading')}
    </div>
  );
}
