import { emptyPlan, inlineOf, planOf } from './changes';
import { LivePage } from './live-page';
import { need, type Need, type Steps } from './parts';
import { findNoise } from './stages/denoise';
import { heldOn, isolate } from './stages/isolate';
import { locateSteps } from './stages/locate';
import { recognise } from './stages/recognise';
import { cleanLine, repair } from './stages/repair';
import { readingSegments } from './stages/segment';
import { visibleLength } from './text/normalise';
import { hasPinyinCandidate, stripPinyin, type ReadingsOf } from './text/pinyin';
import { hasSpinEvidence } from './text/spin-gate';
import { isTraditional } from './text/t2s';
import { timed } from './timed';
import type { Simplify } from './text/t2s-page';
import type { NoiseKind } from './types';

/**
 * The order of the engine's stages: recognise → locate → noise → segments and repair → isolate → (summary).
 * A step generator: it yields between stages, so that the content script can let the page run, and it
 * yields a Need where the page shows that a part is wanted (engine/parts.ts); its driver answers.
 */

export interface AnalyseOptions {
  /** Clean even when the page is not recognised (the user asked for it). */
  force?: boolean;
  /** Kinds of noise the user chose to leave in place. */
  keep?: readonly NoiseKind[];
  /** Stop after recognition on a page that is not recognised and not forced: nothing more is read or asked for. */
  onlyRecognised?: boolean;
  /** When given, receives the milliseconds each stage took (for the benchmark). */
  timings?: Record<string, number>;
  /**
   * Work out outline, figures and text only when asked for (LivePage.summarise). The content script
   * cleans a page as it loads; only the popup, the reader and saving need the rest.
   */
  summaryLater?: boolean;
  /** Put 伪原创 spun words back (only on a page with the evidence for it). */
  repairSpin?: boolean;
  /** Convert traditional script to simplified: on mirrors of simplified originals, or on any page ('force'). */
  simplify?: Simplify;
}

/**
 * Whether the text holds the spin gate's evidence as the repair will read it: with its verified pinyin
 * cut, which splits spun forms on mirrors that annotate them (可以(kěyǐ)或许). Read twice only where the
 * text as written falls short and has pinyin to cut.
 */
const spinEvidence = (text: string, readings: ReadingsOf | undefined) =>
  hasSpinEvidence([text]) || (readings !== undefined && hasSpinEvidence([stripPinyin(text, readings).text]));

/** The readings part, where the text has inline pinyin candidates. */
function* readingsFor(text: string): Generator<Need, ReadingsOf | undefined, unknown> {
  return hasPinyinCandidate(text) ? yield* need('pinyin') : undefined;
}

export function* analyseSteps(doc: Document, url: string, options: AnalyseOptions = {}): Steps<LivePage> {
  const { timings } = options;
  // The body's text is read once for every check of what the page needs.
  const text = doc.body?.textContent ?? '';
  const readings = yield* readingsFor(text);
  const rec = timed(timings, 'recognise', () => recognise(doc, url, readings));
  // Broken markup can leave a document without a body: nothing to read, nothing to touch.
  if (!doc.body || (options.onlyRecognised && !rec.detected && !options.force)) return LivePage.unread(rec);
  yield;
  const start = performance.now();
  const loc = yield* locateSteps(doc, rec.rule);
  if (timings) timings.locate = (timings.locate ?? 0) + performance.now() - start;
  const keep = new Set(options.keep ?? []);
  const title = cleanLine(loc.title, readings, keep);
  yield;
  const noise = timed(timings, 'clean', () => findNoise(doc.body, loc.root, rec.rule, readings).filter((h) => !keep.has(h.kind)));
  const hidden = new Set(noise.flatMap((h) => (h.el ? [h.el] : [])));
  yield;
  const segments = timed(timings, 'repair', () => readingSegments(loc.root, noise, (el) => hidden.has(el)));
  // The gate is the content script's; the repair that decides in context is the spin part, asked for only past it.
  const spinRepairer = options.repairSpin && spinEvidence(text, readings) ? yield* need('spin') : undefined;
  const mode = options.simplify;
  const toSimplified = mode && mode !== 'offer' && isTraditional(text) ? yield* need('t2s') : undefined;
  const t2s = mode
    ? { mode, host: rec.rule !== undefined, lang: doc.documentElement?.getAttribute('lang') ?? '', toSimplified }
    : undefined;
  const fixed = timed(timings, 'repair', () =>
    repair(segments, title, keep, { readings, spin: options.repairSpin === true, spinRepairer, t2s }),
  );
  // An ordinary page is read, never rewritten, unless the user asked for it; nor is a page that shows
  // no document, or so little of one that hiding the rest would leave the reader with nearly nothing.
  const asked = rec.detected || options.force === true;
  const docLength = fixed.blocks.reduce((n, b) => n + visibleLength(b.text), 0);
  const held = asked ? heldOn(doc.body, docLength, loc.textLayer) : null;
  const touch = asked && !held;
  const plan = touch ? planOf(noise, fixed.drop, fixed.edits) : emptyPlan();
  if (touch) for (const b of fixed.blocks) plan.inline.push(...inlineOf(b));
  const site = touch && !keep.has('site') ? timed(timings, 'isolate', () => isolate(doc, loc, title, fixed.blocks, hidden, plan)) : null;
  const page = new LivePage(
    {
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
      title: fixed.script?.converted ? (toSimplified?.(fixed.script.from)(title) ?? title) : title,
      keep,
      touch,
      readings,
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
    },
    plan,
  );
  if (options.summaryLater) return page;
  yield;
  yield* page.summarise(timings);
  return page;
}
