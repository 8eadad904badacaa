import type { CleanPlan } from './plan';
import { findFigures } from './stages/figures';
import { locate } from './stages/locate';
import { findNoise } from './stages/denoise';
import { findOutline } from './stages/outline';
import { recognise } from './stages/recognise';
import { cleanLine, repair } from './stages/repair';
import { ownsElement, segment } from './stages/segment';
import { serialise } from './stages/serialise';
import type { Block, ExtractResult, NoiseKind, Removal } from './types';

export type { CleanPlan } from './plan';
export { applyPlan } from './plan';
export type * from './types';

export interface Analysis {
  result: ExtractResult;
  plan: CleanPlan;
  /** The live element that shows a place in the cleaned text, for scrolling to an outline entry. */
  elementAt(block: number, offset?: number): Element | null;
}

export interface AnalyseOptions {
  /** Clean even when the page is not recognised (the user asked for it). */
  force?: boolean;
  /** Kinds of noise the user chose to leave in place. */
  keep?: readonly NoiseKind[];
  /** When given, receives the milliseconds each stage took (for the benchmark). */
  timings?: Record<string, number>;
}

function timed<T>(timings: Record<string, number> | undefined, stage: string, run: () => T): T {
  if (!timings) return run();
  const start = performance.now();
  const out = run();
  timings[stage] = (timings[stage] ?? 0) + performance.now() - start;
  return out;
}

const emptyPlan = (): CleanPlan => ({ hide: [], edits: new Map(), inline: [] });

export function analyse(doc: Document, url: string, options: AnalyseOptions = {}): Analysis {
  const { timings } = options;
  const rec = timed(timings, 'recognise', () => recognise(doc, url));
  // Broken markup can leave a document without a body: nothing to read, nothing to touch.
  if (!doc.body) {
    const { detected, site, reasons } = rec;
    const result: ExtractResult = { detected, site, reasons, title: '', textLayer: 'none', text: '', markdown: '', outline: [], figures: [], removed: [] };
    return { result, plan: emptyPlan(), elementAt: () => null };
  }
  const loc = timed(timings, 'locate', () => locate(doc, rec.rule));
  const keep = new Set(options.keep ?? []);
  const title = cleanLine(loc.title, keep);
  const noise = timed(timings, 'clean', () => findNoise(doc, loc.root, rec.rule).filter((h) => !keep.has(h.kind)));
  const hidden = new Set(noise.flatMap((h) => (h.el ? [h.el] : [])));
  const noiseNodes = new Set(noise.flatMap((h) => h.nodes ?? []));
  const fixed = timed(timings, 'repair', () => {
    const segs = segment(loc.root, (el) => hidden.has(el))
      .map((s) => ({ ...s, nodes: s.nodes.filter((n) => !noiseNodes.has(n)) }))
      .filter((s) => s.nodes.some((n) => /\S/.test(n.data)));
    return repair(segs, title, keep);
  });

  const plan = emptyPlan();
  plan.edits = fixed.edits;
  for (const h of noise) {
    if (h.el) plan.hide.push({ el: h.el, kind: h.kind });
    else for (const n of h.nodes ?? []) plan.edits.set(n, '');
  }
  for (const { seg, kind } of fixed.drop) {
    if (ownsElement(seg)) plan.hide.push({ el: seg.el, kind });
    else for (const n of seg.nodes) plan.edits.set(n, '');
  }
  for (const b of fixed.blocks) if (b.segments.length > 1) for (const s of b.segments) plan.inline.push(s.el);

  const removed: Removal[] = [...noise.map((h) => ({ kind: h.kind, text: h.text })), ...fixed.removed];
  const blocks: Block[] = fixed.blocks.map((b) => ({ text: b.text, tag: b.segments[0]!.tag, bold: b.segments.every((s) => s.bold) }));
  const reasons = [...rec.reasons, `content via ${loc.via}`];
  const outline = timed(timings, 'outline', () => findOutline(blocks, title));
  const figures = timed(timings, 'figures', () => findFigures(blocks, outline, title));
  const { text, markdown } = timed(timings, 'serialise', () => serialise(title, blocks, outline));
  // An ordinary page is read, never rewritten, unless the user asked for it.
  const touch = rec.detected || options.force === true;
  return {
    result: { detected: rec.detected, site: rec.site, reasons, title, textLayer: loc.textLayer, text, markdown, outline, figures, removed },
    plan: touch ? plan : emptyPlan(),
    elementAt: (block, offset = 0) => {
      const b = fixed.blocks[block];
      if (!b) return null;
      let i = 0;
      while (i + 1 < b.starts.length && b.starts[i + 1]! <= offset) i++;
      return b.segments[i]!.el;
    },
  };
}

export function extract(doc: Document, url: string, options?: AnalyseOptions): ExtractResult {
  return analyse(doc, url, options).result;
}
