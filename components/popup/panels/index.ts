import { figuresPanel } from './figures';
import { outlinePanel } from './outline';
import { summaryPanel } from './summary';

/** The popup's tabs, in order; the first is the one it opens on. */
export const panels = [summaryPanel, outlinePanel, figuresPanel] as const;
