import type { SummaryStages } from './parts';
import { findFigures } from './stages/figures';
import { findOutline } from './stages/outline';
import { serialise } from './stages/serialise';

/** Outline, figures and serialisation as the summary part (Node's parts, and the part injected into a tab). */
export const summaryStages: SummaryStages = { findOutline, findFigures, serialise };
