import { drive, type Parts } from './parts';
import { analyseSteps, type AnalyseOptions } from './pipeline';
import type { LivePage } from './live-page';
import type { ExtractResult } from './types';

/**
 * The engine's public door. An analysis is a step generator (pipeline.ts) that asks for the parts the
 * page needs; these run it at once with the parts given (Node gives them all: node-parts.ts).
 */

export type { CleanPlan, Undo } from './plan';
export { applyPlan } from './plan';
export { analyseSteps, recogniseSteps, type AnalyseOptions } from './pipeline';
export { LivePage } from './live-page';
export { drive, type Need, type PartName, type Parts, type Steps } from './parts';
export type * from './types';

/** An analysed page (the name callers know it by). */
export type Analysis = LivePage;

export function analyse(doc: Document, url: string, parts: Parts, options: AnalyseOptions = {}): LivePage {
  return drive(analyseSteps(doc, url, options), parts);
}

export function extract(doc: Document, url: string, parts: Parts, options?: AnalyseOptions): ExtractResult {
  return analyse(doc, url, parts, { ...options, summaryLater: false }).result;
}
