import { globalSlot } from './slot';
import type { findFigures } from './stages/figures';
import type { findOutline } from './stages/outline';
import type { serialise } from './stages/serialise';

/**
 * Where the engine gets the stages that sum a reading up: outline, figures, text and Markdown. They are
 * needed only once someone reads the result (popup, reader, a save), not to clean a page as it loads,
 * and they are a third of the engine: Node entry points install them at start, and the extension
 * injects them into a tab the first time its result is read. Both fill this slot.
 */
export interface SummaryStages {
  findOutline: typeof findOutline;
  findFigures: typeof findFigures;
  serialise: typeof serialise;
}

const slot = globalSlot<SummaryStages>('__jingduSummary');
export const setSummary = slot.set;
export const summarySource = slot.get;

export function summaryStages(): SummaryStages {
  const stages = slot.get();
  if (!stages) throw new Error('JingDu: the summary stages (outline, figures, text) are not installed');
  return stages;
}
