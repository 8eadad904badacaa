import { displayBreaks, type CleanPlan } from './plan';
import type { NoiseHit } from './stages/denoise';
import type { RepairedBlock } from './stages/repair';
import { ownsElement, type Segment } from './stages/segment';
import type { NoiseKind } from './types';

/** How the stages' decisions become changes to the live page (a CleanPlan), for a whole page or an append. */

export const emptyPlan = (): CleanPlan => ({ hide: [], edits: new Map(), inline: [] });

/** Turns noise hits and repair's decisions into changes to the live page. */
export function planOf(noise: NoiseHit[], drop: Array<{ seg: Segment; kind: NoiseKind }>, edits: Map<Text, string>): CleanPlan {
  const plan = emptyPlan();
  plan.edits = new Map(edits);
  for (const h of noise) {
    if (h.el) plan.hide.push({ el: h.el, kind: h.kind });
    else for (const n of h.nodes ?? []) plan.edits.set(n, '');
  }
  for (const { seg, kind } of drop) {
    if (ownsElement(seg)) plan.hide.push({ el: seg.el, kind });
    else for (const n of seg.nodes) plan.edits.set(n, '');
  }
  return plan;
}

/** The elements of a joined block that run on inline (none for a block of one segment). */
export function inlineOf(b: RepairedBlock, from = 0): Element[] {
  if (b.segments.length < 2) return [];
  const breaks = displayBreaks(b.starts, b.text.length);
  return b.segments.flatMap((s, i) => (i >= from && !breaks.has(i) ? [s.el] : []));
}
