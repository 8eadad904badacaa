import { Outline } from '../Outline';
import type { PanelProps, PopupPanel } from './types';

function OutlinePanel({ t, page, copy, save, saved, run }: PanelProps) {
  return (
    <Outline
      t={t}
      outline={page.status.glance.outline}
      onCopy={copy}
      onSelect={(e) => run({ type: 'jingdu:scroll-to', block: e.block })}
      onSave={save}
      saved={saved}
    />
  );
}

export const outlinePanel: PopupPanel = { id: 'outline', label: 'tab.outline', count: (g) => g.outline.length, Panel: OutlinePanel };
