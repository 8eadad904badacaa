import { Loading } from '../Loading';
import { later, useLater } from '../useLater';
import type { PanelProps, PopupPanel } from './types';

const figures = later(() => import('../Figures').then((m) => m.Figures));

function FiguresPanel({ t, lang, page, copy, save, saved }: PanelProps) {
  const Figures = useLater(figures);
  if (!page.result || !Figures) return <Loading t={t} />;
  return <Figures t={t} lang={lang} figures={page.result.figures} onCopy={copy} onSave={save} saved={saved} />;
}

export const figuresPanel: PopupPanel = { id: 'figures', label: 'tab.figures', count: (g) => g.figures, Panel: FiguresPanel };
