import type { NoiseKind } from '@/utils/engine/types';
import type { PopupT } from './strings';

/** @param removed removals counted by kind, most first (utils/page/glance.ts) */
export function RemovedList({ t, removed }: { t: PopupT; removed: readonly [NoiseKind, number][] }) {
  if (!removed.length) return <p class="muted">{t('removedNone')}</p>;
  return (
    <section class="removed" aria-labelledby="removed-heading">
      <h2 id="removed-heading" data-testid="removed-total">
        {t('removed', { n: removed.reduce((sum, [, n]) => sum + n, 0) })}
      </h2>
      <ul class="chips">
        {removed.map(([kind, n]) => (
          <li key={kind} class="chip" data-testid={`removed-${kind}`}>
            <span>{t(`noise.${kind}`)}</span>
            <b>{n}</b>
          </li>
        ))}
      </ul>
    </section>
  );
}
