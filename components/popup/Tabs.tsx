import type { Glance } from '@/utils/page/glance';
import type { PopupPanel, TabId } from './panels/types';
import type { PopupT } from './strings';

interface Props {
  t: PopupT;
  panels: readonly PopupPanel[];
  current: TabId;
  glance: Glance;
  onChange: (tab: TabId) => void;
}

export function Tabs({ t, panels, current, glance, onChange }: Props) {
  // Left/right arrows move between tabs as in any tab strip; Tab and Enter work as on plain buttons.
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const at = panels.findIndex((p) => p.id === current);
    const next = panels[(at + step + panels.length) % panels.length]!.id;
    onChange(next);
    (e.currentTarget as HTMLElement).querySelector<HTMLElement>(`#tab-${next}`)?.focus();
  };
  return (
    <div class="tabs" role="tablist" aria-label={t('tabs')} onKeyDown={onKeyDown}>
      {panels.map(({ id, label, count }) => (
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
          {t(label)}
          {count && <span class="tab-count">{count(glance)}</span>}
        </button>
      ))}
    </div>
  );
}
