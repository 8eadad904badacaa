import type { NoiseKind } from './types';

/**
 * What cleaning does to a live page, as references to its nodes. Applying a plan only hides elements,
 * rewrites text node data and lets joined blocks flow inline, so undoing it restores the page exactly.
 */
export interface CleanPlan {
  hide: Array<{ el: Element; kind: NoiseKind }>;
  edits: Map<Text, string>;
  /** Block elements of preview chunks that were joined back into one run of text. */
  inline: Element[];
}

export type Undo = () => void;

/**
 * Past this many characters a joined block is broken for display: one paragraph holding a whole
 * 10 MB compilation cost Chromium a 5-second layout. The text model keeps the block whole.
 */
export const MAX_INLINE_RUN = 10_000;

/**
 * Which segments of a joined block stay block-level (each then starts a new paragraph on screen), from
 * the offsets where its segments start. Decided left to right, so appending segments never moves one.
 */
export function displayBreaks(starts: readonly number[], length: number): Set<number> {
  const breaks = new Set<number>();
  let run = 0;
  starts.forEach((start, i) => {
    const len = (starts[i + 1] ?? length) - start;
    if (i > 0 && run + len > MAX_INLINE_RUN) {
      breaks.add(i);
      run = len;
    } else {
      run += len;
    }
  });
  return breaks;
}

function setStyle(el: Element, prop: string, value: string, undo: Undo[]) {
  const had = el.hasAttribute('style');
  const old = el.getAttribute('style');
  (el as HTMLElement).style.setProperty(prop, value, 'important');
  // Chromium serialises a style change into the attribute lazily; read it now so the undo
  // below removes the attribute instead of leaving style="" behind.
  el.getAttribute('style');
  undo.push(() => (had ? el.setAttribute('style', old!) : el.removeAttribute('style')));
}

export function applyPlan(plan: CleanPlan): Undo {
  const undo: Undo[] = [];
  for (const { el } of plan.hide) setStyle(el, 'display', 'none', undo);
  for (const el of plan.inline) setStyle(el, 'display', 'inline', undo);
  for (const [node, text] of plan.edits) {
    const old = node.data;
    node.data = text;
    undo.push(() => {
      node.data = old;
    });
  }
  return () => {
    for (const step of undo.reverse()) step();
  };
}
