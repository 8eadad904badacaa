import type { PopupT } from './strings';

export type TabId = 'summary' | 'outline' | 'figures';
const TABS: readonly TabId[] = ['summary', 'outline', 'figures'];

interface Props {
  t: PopupT;
  current: TabId;
  counts: Partial<Record<TabId, number>>;
  onChange: (tab: TabId) => void;
}

export function Tabs({ t, current, counts, onChange }: Props) {
  // Left/right arrows move between tabs as in any tab strip; Tab and Enter work as on plain buttons.
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = TABS[(TABS.indexOf(current) + step + TABS.length) % TABS.length]!;
    onChange(next);
    (e.currentTarget as HTMLElement).querySelector<HTMLElement>(`#tab-${next}`)?.focus();
  };
  return (
    <div class="tabs" role="tablist" aria-label={t('tabs')} onKeyDown={onKeyDown}>
      {TABS.map((id) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={`tab-${id}`}
          aria-controls={`panel-${id}`}
          aria-selected={id === current}
          class={id === current ? 'tab current' : 'tab'}
          data-testid={`tab-${id}`}
          onClick={() => onChange(id)}
        >
          {t(`tab.${id}`)}
          {counts[id] !== undefined && <span class="tab-count">{counts[id]}</span>}
        </button>
      ))}
    </div>
  );
}
