import { appendTo, type Reading } from './append';
import { emptyPlan } from './changes';
import { need, type Steps } from './parts';
import type { CleanPlan } from './plan';
import type { Recognition } from './stages/recognise';
import { hasPinyinCandidate } from './text/pinyin';
import { spinResult } from './stages/spin-result';
import { timed } from './timed';
import type { Block, ExtractResult, Held } from './types';

export type { Reading } from './append';

/**
 * One analysed page: its plan, its result, and the reading of the live page it keeps, which grows in
 * place as the site appends preview pages (`append`). Nothing outside reads the reading itself.
 */
export class LivePage {
  private summary: ExtractResult | undefined;

  constructor(
    private readonly r: Reading | null,
    /** The changes to the live page for what was read (empty when the page is left as it is). */
    public plan: CleanPlan,
    unread?: ExtractResult,
  ) {
    this.summary = unread;
  }

  /** A page without a body, or one not read past recognition: nothing to read, nothing to touch. */
  static unread(rec: Recognition): LivePage {
    const { detected, site, reasons } = rec;
    return new LivePage(null, emptyPlan(), {
      detected,
      site,
      reasons,
      title: '',
      textLayer: 'none',
      text: '',
      markdown: '',
      outline: [],
      figures: [],
      removed: [],
    });
  }

  /** Whether the page was recognised, known without working out the result. */
  get detected(): boolean {
    return this.r?.head.detected ?? this.summary!.detected;
  }

  /** Why a page that would be cleaned is left as it is (its plan is empty). */
  get held(): Held | undefined {
    return this.r?.head.held;
  }

  /** The host rule's id, or 'generic' / null, as recognition named the site. */
  get site(): string | null {
    return this.r ? this.r.head.site : this.summary!.site;
  }

  /** Outline, figures and text: the part that depends on all blocks, summed up once when asked for. */
  *summarise(timings?: Record<string, number>): Steps<ExtractResult> {
    if (this.summary) return this.summary;
    const stages = yield* need('summary');
    if (!stages) throw new Error('JingDu: the summary part (outline, figures, text) is missing');
    const r = this.r!;
    const ocr = r.head.textLayer === 'ocr';
    const blocks: Block[] = r.blocks.map((b) => ({
      text: b.text,
      tag: b.segments[0]!.tag,
      bold: b.segments.every((s) => s.bold),
      ...(ocr ? confidenceOf(b.segments[0]!.el) : {}),
    }));
    const outline = timed(timings, 'outline', () => stages.findOutline(blocks, r.title));
    yield;
    const figures = timed(timings, 'figures', () => stages.findFigures(blocks, outline, r.title));
    yield;
    const { text, markdown } = timed(timings, 'serialise', () => stages.serialise(r.title, blocks, outline));
    const spin = r.spin ? { spin: spinResult(r.spin, r.blocks, r.edits) } : {};
    this.summary = {
      ...r.head,
      title: r.title,
      text,
      markdown,
      outline,
      figures,
      removed: [...r.removed],
      ...spin,
      ...(r.script ? { script: r.script } : {}),
    };
    return this.summary;
  }

  /** The result, once summarised (the driver answered `summarise`'s need). */
  get result(): ExtractResult {
    if (!this.summary) throw new Error('JingDu: the result was read before the page was summed up');
    return this.summary;
  }

  get summarised(): boolean {
    return this.summary !== undefined;
  }

  /**
   * Takes in nodes the site added (lazy preview pages), reading only them. Returns the changes for the
   * added nodes, or null when only a whole analysis is right (the caller analyses the page again).
   * Yields for the pinyin readings when the added text has annotation candidates.
   */
  *append(added: readonly Node[]): Steps<{ plan: CleanPlan; work: number } | null> {
    const r = this.r;
    if (!r || !r.root.isConnected) return null;
    if (!r.readings && !r.keep.has('pinyin') && added.some((n) => hasPinyinCandidate(n.textContent ?? '')))
      r.readings = yield* need('pinyin');
    const next = appendTo(r, added);
    if (!next) return null;
    this.summary = undefined;
    const plan = r.touch ? next.plan : emptyPlan();
    this.plan = plan;
    return { plan, work: next.work };
  }

  /** The text of one block of the cleaned document (where a repair or an outline entry points). */
  blockText(block: number): string | undefined {
    return this.r?.blocks[block]?.text;
  }

  /** The live element that shows a place in the cleaned text, for scrolling to an outline entry. */
  elementAt(block: number, offset = 0): Element | null {
    const b = this.r?.blocks[block];
    if (!b) return null;
    let i = 0;
    while (i + 1 < b.starts.length && b.starts[i + 1]! <= offset) i++;
    return b.segments[i]!.el;
  }

  /** What each node the 伪原创 repair changed shows: its spun words, or the repaired text. Empty without a repair. */
  spinView(spun: boolean): Map<Text, string> {
    const r = this.r;
    const out = new Map<Text, string>();
    if (r?.spin) for (const [node, before] of r.spin.before) out.set(node, spun ? before : (r.edits.get(node) ?? node.data));
    return out;
  }
}

/** The confidence OCR put on the paragraph an element belongs to (utils/page/text-layer.ts), if any. */
function confidenceOf(el: Element): { confidence?: number } {
  const c = Number(el.closest('[data-confidence]')?.getAttribute('data-confidence') ?? NaN);
  return Number.isFinite(c) ? { confidence: c } : {};
}
