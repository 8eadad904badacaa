import { findFigures } from './stages/figures';
import { findOutline } from './stages/outline';
import { serialise } from './stages/serialise';
import { setSummary, summarySource } from './summary';

/** Installs outline, figures and serialisation for the engine (Node commands, tests, the injected part). */
export function installSummary(): void {
  if (!summarySource()) setSummary({ findOutline, findFigures, serialise });
}
