import { inlineOf, planOf } from './changes';
import type { HostRule } from './hosts/define';
import type { CleanPlan } from './plan';
import { chromeKindOf, findNoise, type NoiseHit } from './stages/denoise';
import { holdsDrawnPages } from './stages/isolate';
import { repair, type RepairedBlock } from './stages/repair';
import { isBlockTag, isHiddenByMarkup, isSkippedTag, readingSegments, type Segment } from './stages/segment';
import { snippet, textKey } from './text/normalise';
import type { ReadingsOf } from './text/pinyin';
import type { SpinPass } from './text/spin-page';
import type { ExtractResult, NoiseKind, Removal, ScriptResult } from './types';

/**
 * Takes in nodes a site added to an analysed page (lazy preview pages) by reading only them: noise is
 * found in the added subtrees, and repair runs on the new segments together with the last OVERLAP old
 * ones, so that rules reaching across the seam (a run of chunk markers, a repeated line, a chunk joined to
 * the one before) decide as a full analysis would. When the overlap is decided differently than before,
 * or the addition is not a tail of the content, it returns null and the caller analyses the whole page.
 */

const OVERLAP = 12;
const FOLLOWS = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without the DOM global

/**
 * What an analysis knows about the live page beyond its result, so that content the site appends later
 * can be taken in without reading the whole page again. It grows in place with every append; its owner
 * is the page's LivePage (live-page.ts).
 */
export interface Reading {
  head: Pick<ExtractResult, 'detected' | 'site' | 'reasons' | 'textLayer' | 'held'>;
  rule?: HostRule;
  root: Element;
  title: string;
  keep: ReadonlySet<NoiseKind>;
  /** The plan changes the page (a recognised page, or cleaning was forced). */
  touch: boolean;
  /** The pinyin readings the page was read with (asked for again when an append brings candidates). */
  readings?: ReadingsOf;
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
  /** Keys of the kept segments, as repair's duplicate check knows them; built on the first append. */
  seen?: Set<string>;
}

export interface Appended {
  /** Changes for the added nodes only; the plans applied before stay in place. */
  plan: CleanPlan;
  /** Nodes read: elements of the added subtrees and text nodes of the segments repaired. */
  work: number;
}

const textOf = (seg: Segment, edits: Map<Text, string>) =>
  seg.nodes
    .map((n) => edits.get(n) ?? n.data)
    .join('')
    .replace(/\s+/g, ' ');

function seen(r: Reading): Set<string> {
  if (!r.seen) {
    r.seen = new Set();
    for (const b of r.blocks) for (const s of b.segments) r.seen.add(textKey(textOf(s, r.edits)));
  }
  return r.seen;
}

function outermost(nodes: readonly Node[]): Node[] {
  const sorted = nodes.filter((n) => n.isConnected).sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & FOLLOWS ? -1 : 1));
  const out: Node[] = [];
  for (const n of sorted) if (!out.some((o) => o.contains(n))) out.push(n);
  return out;
}

/** Inside hidden noise or unread markup, the added node is not part of the reading. */
function covered(el: Element, r: Reading, stop: Element | null): boolean {
  for (let p = el.parentElement; p && p !== stop; p = p.parentElement) {
    if (r.hidden.has(p) || isSkippedTag(p.localName) || isHiddenByMarkup(p)) return true;
  }
  return false;
}

/** Added next to the path down to the document, where the site around it is hidden: it is the site's. */
function beside(r: Reading, el: Element): boolean {
  const parent = el.parentElement;
  return !!parent && !!r.around?.has(parent) && parent !== r.root && !(r.head.textLayer !== 'full' && holdsDrawnPages(el));
}

function ruleKind(r: Reading, el: Element): NoiseKind | null {
  for (const [kind, sels] of Object.entries(r.rule?.noise ?? {}) as Array<[NoiseKind, string[]]>) {
    if (!r.keep.has(kind) && sels.some((s) => el.matches(s))) return kind;
  }
  return null;
}

/** Noise in one added subtree, judged as findNoise judges it on the whole page. */
function noiseIn(r: Reading, el: Element, inside: boolean): NoiseHit[] {
  const chrome = chromeKindOf(el, inside);
  const kind = ruleKind(r, el) ?? (chrome && !r.keep.has(chrome) ? chrome : null);
  if (kind) return [{ kind, el, text: snippet(el.textContent ?? '') }];
  // Inside the content the subtree stands for the root (chrome rules do not apply there); outside, the
  // real root keeps them applying, and hits elsewhere in the page are the first analysis's business.
  const hits = findNoise(el, inside ? el : r.root, r.rule, r.readings).filter((h) => !r.keep.has(h.kind));
  return inside ? hits : hits.filter((h) => (h.el ? el.contains(h.el) : (h.nodes ?? []).every((n) => el.contains(n))));
}

/** The old blocks of the overlap's kept segments, by segment, counted from the last block. */
function oldGroups(r: Reading, kept: Segment[]): Map<Segment, number> {
  const groups = new Map<Segment, number>();
  for (let b = r.blocks.length - 1; b >= 0 && groups.size < kept.length; b--) {
    const segs = r.blocks[b]!.segments;
    for (let i = segs.length - 1; i >= 0 && groups.size < kept.length; i--) groups.set(segs[i]!, b);
  }
  return groups;
}

function minus(all: Removal[], known: Removal[]): Removal[] {
  const count = new Map<string, number>();
  for (const k of known) count.set(k.kind + k.text, (count.get(k.kind + k.text) ?? 0) + 1);
  return all.filter((x) => {
    const n = count.get(x.kind + x.text) ?? 0;
    if (n) count.set(x.kind + x.text, n - 1);
    return !n;
  });
}

/** Reads `added` into `r` (the caller checked that the reading's root is still in the page). */
export function appendTo(r: Reading, added: readonly Node[]): Appended | null {
  const lastOld = r.segments[r.segments.length - 1]?.nodes.at(-1);
  const hits: NoiseHit[] = [];
  const fresh: Segment[] = [];
  let work = 0;
  for (const n of outermost(added)) {
    if (n.nodeType === 3 && /\S/.test((n as Text).data)) return null;
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    if (el.contains(r.root)) return null;
    const inside = r.root.contains(el);
    if (isSkippedTag(el.localName) || covered(el, r, inside ? r.root : null)) continue;
    // Text outside a block of its own, or before the end, would change segments already read.
    if (inside && !isBlockTag(el.localName) && /\S/.test(el.textContent ?? '')) return null;
    if (inside && lastOld && !(lastOld.compareDocumentPosition(el) & FOLLOWS)) return null;
    work += el.getElementsByTagName('*').length + 1;
    const found = noiseIn(r, el, inside);
    if (!inside && beside(r, el) && !found.some((h) => h.el === el)) found.push({ kind: 'site', el, text: snippet(el.textContent ?? '') });
    hits.push(...found);
    if (!inside || found.some((h) => h.el === el)) continue;
    const hidden = new Set(found.flatMap((h) => (h.el ? [h.el] : [])));
    fresh.push(...readingSegments(el, found, (e) => hidden.has(e)));
  }

  // Repair reads node data, which the applied plan has changed: the overlap is read from stand-ins
  // holding the site's text, detached from the page.
  const overlap = r.segments.slice(-OVERLAP);
  const doc = r.root.ownerDocument;
  const standIn = overlap.map((s) => ({ ...s, nodes: s.nodes.map((n) => doc.createTextNode(r.originals.get(n) ?? n.data)) }));
  const win = repair([...standIn, ...fresh], r.title, r.keep, { readings: r.readings });
  work += [...overlap, ...fresh].reduce((sum, s) => sum + s.nodes.length, 0);
  const winDropped = new Set(win.drop.map((d) => d.seg));
  const winGroup = new Map<Segment, number>();
  win.blocks.forEach((b, i) => b.segments.forEach((s) => winGroup.set(s, i)));

  // The overlap must come out as it did before: same edits, same drops, same joins.
  const kept = overlap.flatMap((s, i) => (r.dropped.has(s) ? [] : [i]));
  const oldGroup = oldGroups(
    r,
    kept.map((i) => overlap[i]!),
  );
  for (const [i, s] of overlap.entries()) {
    const copy = standIn[i]!;
    if (winDropped.has(copy) !== r.dropped.has(s)) return null;
    if (s.nodes.some((n, j) => win.edits.get(copy.nodes[j]!) !== r.edits.get(n))) return null;
  }
  for (let k = 1; k < kept.length; k++) {
    const [a, b] = [kept[k - 1]!, kept[k]!];
    const sameOld = oldGroup.get(overlap[a]!) === oldGroup.get(overlap[b]!);
    if (sameOld !== (winGroup.get(standIn[a]!) === winGroup.get(standIn[b]!))) return null;
  }
  // A new line repeating one from before the overlap is a duplicate only the whole page shows.
  const keys = seen(r);
  const newKeys: string[] = [];
  for (const s of fresh) {
    if (winDropped.has(s)) continue;
    const key = textKey(textOf(s, win.edits));
    if (key.length >= 8 && keys.has(key)) return null;
    newKeys.push(key);
  }
  for (const k of newKeys) keys.add(k);

  const isNew = new Set(fresh);
  const newNodes = new Set(fresh.flatMap((s) => s.nodes));
  const edits = new Map([...win.edits].filter(([n]) => newNodes.has(n)));
  const plan = planOf(
    hits,
    win.drop.filter((d) => isNew.has(d.seg)),
    edits,
  );
  const lastKept = kept.length ? standIn[kept[kept.length - 1]!] : undefined;
  for (const b of win.blocks) {
    const first = b.segments.findIndex((s) => isNew.has(s));
    if (first < 0) continue;
    if (first > 0 && lastKept && b.segments.includes(lastKept)) {
      extend(r.blocks[r.blocks.length - 1]!, b, first, plan);
    } else {
      r.blocks.push(b);
      plan.inline.push(...inlineOf(b));
    }
  }

  for (const [n, t] of edits) {
    r.edits.set(n, t);
    r.originals.set(n, n.data);
  }
  for (const d of win.drop) if (isNew.has(d.seg)) r.dropped.add(d.seg);
  for (const h of hits) if (h.el) r.hidden.add(h.el);
  r.segments.push(...fresh);
  const overlapRemoved = repair(standIn, r.title, r.keep, { readings: r.readings }).removed;
  r.removed.push(...hits.map((h) => ({ kind: h.kind, text: h.text })), ...minus(win.removed, overlapRemoved));
  return { plan, work };
}

/** New segments joined to the last old block (a chunk continuing mid-sentence): they run on inline. */
function extend(old: RepairedBlock, win: RepairedBlock, first: number, plan: CleanPlan) {
  // A block of one segment was shown as it is; joined now, its first segment runs on inline too.
  const from = old.segments.length === 1 ? 0 : old.segments.length;
  const base = old.text.length - win.starts[first]!;
  for (let i = first; i < win.segments.length; i++) {
    old.segments.push(win.segments[i]!);
    old.starts.push(base + win.starts[i]!);
  }
  old.text += win.text.slice(win.starts[first]!);
  plan.inline.push(...inlineOf(old, from));
}
