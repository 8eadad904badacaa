import type { NoiseKind, Removal } from '@/utils/engine/types';
import type { PopupT } from './strings';

/** Kinds by how often they were removed, most first; ties keep the engine's order. */
export function countByKind(removed: readonly Removal[]): [NoiseKind, number][] {
  const counts = new Map<NoiseKind, number>();
  for (const r of removed) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

export function RemovedList({ t, removed }: { t: PopupT; removed: readonly Removal[] }) {
  if (!removed.length) return <p class="muted">{t('removedNone')}</p>;
  return (
    <section class="removed" aria-labelledby="removed-heading">
      <h2 id="removed-heading" data-testid="removed-total">
        {t('removed', { n: removed.length })}
      </h2>
      <ul class="chips">
        {countByKind(removed).map(([kind, n]) => (
          <li key={kind} class="chip" data-testid={`removed-${kind}`}>
            <span>{t(`noise.${kind}`)}</span>
            <b>{n}</b>
          </li>
        ))}
      </ul>
    </section>
  );
}
