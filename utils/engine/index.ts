import type { HostRule } from './hosts/define';
import { displayBreaks, type CleanPlan } from './plan';
import { locate } from './stages/locate';
import { findNoise, type NoiseHit } from './stages/denoise';
import { heldOn, isolate } from './stages/isolate';
import { recognise, type Recognition } from './stages/recognise';
import { cleanLine, repair, type RepairedBlock } from './stages/repair';
import { ownsElement, segment, type Segment } from './stages/segment';
import { summaryStages } from './summary';
import { visibleLength } from './text/normalise';
import { spinResult, type SpinPass } from './text/spin-page';
import { toSimplified } from './text/t2s';
import type { Simplify } from './text/t2s-page';
import type { Block, ExtractResult, Held, NoiseKind, Removal, ScriptResult } from './types';

export type { CleanPlan } from './plan';
export { applyPlan } from './plan';
export type * from './types';

/**
 * What an analysis knows about the live page beyond its result, so that content the site appends later
 * can be taken in without reading the whole page again (append.ts). It grows in place with every append.
 */
export interface Reading {
  head: Pick<ExtractResult, 'detected' | 'site' | 'reasons' | 'textLayer' | 'held'>;
  rule?: HostRule;
  root: Element;
  title: string;
  keep: ReadonlySet<NoiseKind>;
  /** The plan changes the page (a recognised page, or cleaning was forced). */
  touch: boolean;
  /** Every segment repair saw, in reading order. */
  segments: Segment[];
  blocks: RepairedBlock[];
  /** Repair's own text edits (noise blanking is not among them). */
  edits: Map<Text, string>;
  /** The edited nodes' text as the site wrote it: once the plan is applied, the page shows the edit. */
  originals: Map<Text, string>;
  dropped: Set<Segment>;
  /** Elements hidden as noise or as the site around the document. */
  hidden: Set<Element>;
  /** The elements from <body> down to the document and its title, when the site around them is hidden. */
  around: Set<Element> | null;
  removed: Removal[];
  /** The 伪原创 repair (its edits are among `edits`), when asked for and the page had the evidence. */
  spin: SpinPass | null;
  script: ScriptResult | null;
}

export interface Analysis {
  /** Whether the page was recognised, known without working out the result. */
  detected: boolean;
  /** Why a page that would be cleaned is left as it is (its plan is empty). */
  held?: Held;
  result: ExtractResult;
  plan: CleanPlan;
  /** The live element that shows a place in the cleaned text, for scrolling to an outline entry. */
  elementAt(block: number, offset?: number): Element | null;
  reading: Reading | null;
}

export interface AnalyseOptions {
  /** Clean even when the page is not recognised (the user asked for it). */
  force?: boolean;
  /** Kinds of noise the user chose to leave in place. */
  keep?: readonly NoiseKind[];
  /** The page's recognition, when the caller has just worked it out (not read twice). */
  recognition?: Recognition;
  /** When given, receives the milliseconds each stage took (for the benchmark). */
  timings?: Record<string, number>;
  /**
   * Work out outline, figures and text when `result` is first read. The content script cleans a page
   * as it loads; only the popup, the reader and saving need the rest.
   */
  summaryLater?: boolean;
  /** Put 伪原创 spun words back (only on a page with the evidence for it). */
  repairSpin?: boolean;
  /** Convert traditional script to simplified: on mirrors of simplified originals, or on any page ('force'). */
  simplify?: Simplify;
}

function timed<T>(timings: Record<string, number> | undefined, stage: string, run: () => T): T {
  if (!timings) return run();
  const start = performance.now();
  const out = run();
  timings[stage] = (timings[stage] ?? 0) + performance.now() - start;
  return out;
}

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

/** Segments of a subtree that hold text once the noise is left out. */
export function readingSegments(root: Element, noise: NoiseHit[], hidden: (el: Element) => boolean): Segment[] {
  const noiseNodes = new Set(noise.flatMap((h) => h.nodes ?? []));
  return segment(root, hidden)
    .map((s) => ({ ...s, nodes: s.nodes.filter((n) => !noiseNodes.has(n)) }))
    .filter((s) => s.nodes.some((n) => /\S/.test(n.data)));
}

/** Outline, figures and text of a reading: the part that depends on all blocks, done once it is read. */
function* summarise(r: Reading, timings?: Record<string, number>): Generator<void, ExtractResult> {
  const { title } = r;
  const { findOutline, findFigures, serialise } = summaryStages();
  const ocr = r.head.textLayer === 'ocr';
  const blocks: Block[] = r.blocks.map((b) => ({
    text: b.text,
    tag: b.segments[0]!.tag,
    bold: b.segments.every((s) => s.bold),
    ...(ocr ? confidenceOf(b.segments[0]!.el) : {}),
  }));
  const outline = timed(timings, 'outline', () => findOutline(blocks, title));
  yield;
  const figures = timed(timings, 'figures', () => findFigures(blocks, outline, title));
  yield;
  const { text, markdown } = timed(timings, 'serialise', () => serialise(title, blocks, outline));
  return { ...r.head, title, text, markdown, outline, figures, removed: [...r.removed], ...(r.spin ? { spin: spinResult(r.spin, r.blocks, r.edits) } : {}), ...(r.script ? { script: r.script } : {}) };
}

/** The confidence OCR put on the paragraph an element belongs to (utils/page/text-layer.ts), if any. */
function confidenceOf(el: Element): { confidence?: number } {
  const c = Number(el.closest('[data-confidence]')?.getAttribute('data-confidence') ?? NaN);
  return Number.isFinite(c) ? { confidence: c } : {};
}

export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** An analysis whose result is summarised only when someone reads it. */
export function analysisOf(r: Reading, plan: CleanPlan, summary?: ExtractResult): Analysis {
  let result = summary;
  return {
    detected: r.head.detected,
    ...(r.head.held ? { held: r.head.held } : {}),
    get result() {
      return (result ??= runSteps(summarise(r)));
    },
    plan,
    reading: r,
    elementAt: (block, offset = 0) => {
      const b = r.blocks[block];
      if (!b) return null;
      let i = 0;
      while (i + 1 < b.starts.length && b.starts[i + 1]! <= offset) i++;
      return b.segments[i]!.el;
    },
  };
}

/** `analyse` one stage at a time: the content script yields to the page between steps. */
export function* analyseSteps(doc: Document, url: string, options: AnalyseOptions = {}): Generator<void, Analysis> {
  const { timings } = options;
  const rec = options.recognition ?? timed(timings, 'recognise', () => recognise(doc, url));
  // Broken markup can leave a document without a body: nothing to read, nothing to touch.
  if (!doc.body) {
    const { detected, site, reasons } = rec;
    const result: ExtractResult = { detected, site, reasons, title: '', textLayer: 'none', text: '', markdown: '', outline: [], figures: [], removed: [] };
    return { detected, result, plan: emptyPlan(), elementAt: () => null, reading: null };
  }
  yield;
  const loc = timed(timings, 'locate', () => locate(doc, rec.rule));
  const keep = new Set(options.keep ?? []);
  const title = cleanLine(loc.title, keep);
  yield;
  const noise = timed(timings, 'clean', () => findNoise(doc, loc.root, rec.rule).filter((h) => !keep.has(h.kind)));
  const hidden = new Set(noise.flatMap((h) => (h.el ? [h.el] : [])));
  yield;
  const segments = timed(timings, 'repair', () => readingSegments(loc.root, noise, (el) => hidden.has(el)));
  const t2s = options.simplify ? { mode: options.simplify, host: rec.rule !== undefined, lang: doc.documentElement?.getAttribute('lang') ?? '' } : undefined;
  const fixed = timed(timings, 'repair', () => repair(segments, title, keep, { spin: options.repairSpin === true, t2s }));
  // An ordinary page is read, never rewritten, unless the user asked for it; nor is a page that shows
  // no document, or so little of one that hiding the rest would leave the reader with nearly nothing.
  const asked = rec.detected || options.force === true;
  const docLength = fixed.blocks.reduce((n, b) => n + visibleLength(b.text), 0);
  const held = asked ? heldOn(doc.body, docLength, loc.textLayer) : null;
  const touch = asked && !held;
  const plan = touch ? planOf(noise, fixed.drop, fixed.edits) : emptyPlan();
  if (touch) for (const b of fixed.blocks) plan.inline.push(...inlineOf(b));
  const site = touch && !keep.has('site') ? timed(timings, 'isolate', () => isolate(doc, loc, title, fixed.blocks, hidden, plan)) : null;
  const reading: Reading = {
    head: {
      detected: rec.detected,
      site: rec.site,
      reasons: [...rec.reasons, `content via ${loc.via}`, ...(held ? [`left as it is: ${held}`] : [])],
      textLayer: held === 'no-document' ? 'none' : loc.textLayer,
      ...(held ? { held } : {}),
    },
    rule: rec.rule,
    root: loc.root,
    // The title is read as the text is: converted with it.
    title: fixed.script?.converted ? (toSimplified()?.(fixed.script.from)(title) ?? title) : title,
    keep,
    touch,
    segments,
    blocks: fixed.blocks,
    edits: new Map(fixed.edits),
    originals: new Map([...fixed.edits.keys()].map((n) => [n, n.data])),
    dropped: new Set(fixed.drop.map((d) => d.seg)),
    hidden,
    around: site?.around ?? null,
    removed: [...noise.map((h) => ({ kind: h.kind, text: h.text })), ...fixed.removed, ...(site?.removed ?? [])],
    spin: touch ? fixed.spin : null,
    script: fixed.script,
  };
  if (options.summaryLater) return analysisOf(reading, plan);
  yield;
  const result = yield* summarise(reading, timings);
  return analysisOf(reading, plan, result);
}

export function analyse(doc: Document, url: string, options: AnalyseOptions = {}): Analysis {
  return runSteps(analyseSteps(doc, url, options));
}

export function extract(doc: Document, url: string, options?: AnalyseOptions): ExtractResult {
  return analyse(doc, url, options).result;
}
