import type { NoiseKind, Removal, ScriptResult } from '../types';
import { UNITS } from '../text/figure-units';
import { collapsedKey, snippet, TextSet, textKey } from '../text/normalise';
import { cutSpans } from '../text/as-repaired';
import { previewLabel } from '../text/patterns';
import { stripPinyin, type ReadingsOf } from '../text/pinyin';
import { repairSpinIn, type SpinPass } from '../text/spin-page';
import type { SpinRepairer } from '../text/spin-gate';
import { simplifyIn, type T2sContext } from '../text/t2s-page';
import type { Segment } from './segment';

/** The title is cleaned where the driver builds the result; it imports the cleaner from here. */
export { cleanLine } from '../text/as-repaired';

/** A reading block after repair: one or more segments (several when preview chunks were joined). */
export interface RepairedBlock {
  segments: Segment[];
  /** Where each segment's text starts in `text`. */
  starts: number[];
  text: string;
}

export interface Repair {
  blocks: RepairedBlock[];
  /** New text for edited text nodes. */
  edits: Map<Text, string>;
  /** Segments to hide entirely (duplicates, a repeated title). */
  drop: Array<{ seg: Segment; kind: NoiseKind }>;
  removed: Removal[];
  /** The 伪原创 repair, when it was asked for and the page had the evidence. */
  spin: SpinPass | null;
  /** The page's script, when it is traditional (converted or not). */
  script: ScriptResult | null;
}

/** Text repairs beyond noise, each off unless asked for. */
export interface RepairOptions {
  /** The readings that verify inline pinyin (without them no annotation is cut). */
  readings?: ReadingsOf;
  /** Put 伪原创 spun words back (on a page with the evidence). */
  spin?: boolean;
  /** The spin part (jieba's word frequencies and the context pairs), to decide spun words that are also normal words. */
  spinRepairer?: SpinRepairer;
  /** Traditional → simplified, with what decides it. */
  t2s?: T2sContext;
}

const SENTENCE_END = /[。！？!?；;…”」』）)]\s*$/;
const CHUNK_MARKER = /^(\s*)(\d{1,3})、/;
/** A chunk number that leads a key (no whitespace), not a date such as 1、2月. */
const LEAD_MARKER = /^\d{1,3}、(?!\d)/;
/** A line that cannot start a sentence continues the previous one. */
const CONTINUES = /^[，。、；：！？,.;:!?）)”」』%％]/;
/** What continues a number across a hard wrap: a common measure word, a scale, an approximation. */
const MEASURE_AFTER_NUMBER = new RegExp(
  `^[${UNITS.filter((u) => u.wraps)
    .map((u) => u.unit)
    .join('')}万亿余多]`,
);

/** Whitespace that `replace(/\s+/g, ' ')` would change: anything but a lone space. */
const UNCOLLAPSED = /[^\S ]| {2}/;

/** `text` with each run of whitespace made one space; tested first, as most texts have none to change. */
const collapseSpace = (text: string) => (UNCOLLAPSED.test(text) ? text.replace(/\s+/g, ' ') : text);

/** A whitespace-collapsed text without `head`, which follows at most its leading space. */
function withoutHead(text: string, head: string): string | null {
  const lead = text.startsWith(' ') ? 1 : 0;
  if (!text.startsWith(head, lead)) return null;
  const rest = text.slice(lead + head.length);
  return lead ? ' ' + rest.replace(/^ /, '') : rest;
}

/** Only the tail matters; an end-anchored regex would scan a joined 500 KB block from its start. */
const endsSentence = (text: string) => SENTENCE_END.test(text.slice(-4));

/** Numbers of the chunk markers that belong to the site's preview paging, by segment index. */
function chunkMarkers(texts: string[], repeated: ReadonlySet<number>): Set<number> {
  // Repeats are read as a cleaned page shows the text: without them, or a second cleaning would differ.
  const cands: Array<{ i: number; n: number; before: string | undefined }> = [];
  let before: string | undefined;
  texts.forEach((t, i) => {
    if (repeated.has(i)) return;
    const m = CHUNK_MARKER.exec(t);
    if (m) cands.push({ i, n: Number(m[2]), before });
    before = t;
  });
  const picked = new Set<number>();
  let run: typeof cands = [];
  const close = () => {
    // A chunk break falls anywhere, so most previous chunks end mid-sentence; an author's list does not.
    const cut = run.filter(({ before }) => before !== undefined && !endsSentence(before)).length;
    if (run.length >= 3 && cut * 2 > run.filter(({ before }) => before !== undefined).length) for (const { i } of run) picked.add(i);
    run = [];
  };
  for (const c of cands) {
    if (run.length && c.n !== run[run.length - 1]!.n + 1) close();
    run.push(c);
  }
  close();
  return picked;
}

/** A summary cut short: "…", "...", maybe a "更多"/"全文" link after it (keys are NFKC, so … is ...). */
const TRUNCATED = /(?:\.{2,}|。{2,})[\[【(]?(?:更多|全文|查看全文|阅读全文|展开(?:全文)?)?[\]】)>»]*$/;
/** Characters at the end of a key that hold any ellipsis and link TRUNCATED accepts. */
const TAIL = 64;
/** How far past a summary its full text may begin, in segments. */
const SUMMARY_REACH = 200;

/** Whether the text starting at segment `j` (read on across segments) begins with `stem`. */
function startsAt(keys: string[], j: number, stem: string): boolean {
  // Most segments differ at their first character: nothing is sliced for them.
  if (keys[j]!.charCodeAt(0) !== stem.charCodeAt(0)) return false;
  let at = 0;
  for (let k = j; k < keys.length && at < stem.length; k++) {
    const key = keys[k]!;
    if (key.length >= stem.length - at) return key.startsWith(stem.slice(at));
    if (!stem.startsWith(key, at)) return false;
    at += key.length;
  }
  return at >= stem.length;
}

/** A summary that repeats the start of the text it sums up, cut off with an ellipsis: shown once, in full. */
function truncatedSummary(keys: string[], i: number): boolean {
  const key = keys[i]!;
  // Only the tail can match: an end-anchored regex would scan a joined 500 KB key from its start.
  const tail = Math.max(0, key.length - TAIL);
  const m = TRUNCATED.exec(key.slice(tail));
  if (!m) return false;
  const stem = key.slice(0, tail + m.index);
  if (stem.length < 20) return false;
  const end = Math.min(keys.length, i + 1 + SUMMARY_REACH);
  for (let j = i + 1; j < end; j++) if (keys[j] && startsAt(keys, j, stem)) return true;
  return false;
}

/** The longest a line the articles of a compilation share can be (a section heading), in characters. */
const SHARED_HEADING = 30;

/** Segments that repeat an earlier one word for word, or the title, or a cut summary of what follows: dropped as duplicates. */
function repeats(keys: string[], titleKey: string): Set<number> {
  const seen = new TextSet();
  const out = new Set<number>();
  keys.forEach((key, i) => {
    if (!key) return;
    if (key === titleKey || (key.length >= 8 && seen.has(key)) || truncatedSummary(keys, i)) out.add(i);
    else seen.add(key);
  });
  return out;
}

/**
 * @param keep kinds of noise the user chose to leave in place
 * @param options conversion to simplified, then spin repair, both after pinyin and spans are cut (so they read the text as shown)
 */
export function repair(
  segments: Segment[],
  pageTitle: string,
  keep: ReadonlySet<NoiseKind> = new Set(),
  options: RepairOptions = {},
): Repair {
  const edits = new Map<Text, string>();
  const removed: Removal[] = [];
  const drop: Repair['drop'] = [];
  const dataOf = (n: Text) => edits.get(n) ?? n.data;
  // Most segments are one text node: no array to map and join.
  const textOf = (seg: Segment) => collapseSpace(seg.nodes.length === 1 ? dataOf(seg.nodes[0]!) : seg.nodes.map(dataOf).join(''));

  for (const seg of segments) {
    let before = '';
    for (const node of seg.nodes) {
      let t = cutSpans(node.data, removed, keep);
      if (!keep.has('pinyin')) {
        // stripPinyin returns at once when the text has no bracket a word could carry.
        const r = stripPinyin(t, options.readings, before);
        for (const s of r.spans) removed.push({ kind: 'pinyin', text: s.raw });
        t = r.text;
      }
      if (t !== node.data) edits.set(node, t);
      before = (before + t).slice(-16);
    }
  }
  const nodes = options.spin || options.t2s ? segments.flatMap((s) => s.nodes) : [];
  const script = options.t2s ? simplifyIn(nodes, edits, removed.filter((r) => r.kind === 'pinyin').length, options.t2s) : null;
  const spun = options.spin ? repairSpinIn(nodes, edits, options.spinRepairer) : null;
  // A converted page repeats its title in simplified script: compare like with like.
  const title = script?.converted ? (options.t2s?.toSimplified?.(script.from)(pageTitle) ?? pageTitle) : pageTitle;

  const first = (seg: Segment) => seg.nodes.find((n) => /\S/.test(edits.get(n) ?? n.data));
  const editStart = (seg: Segment, re: RegExp, kind: NoiseKind) => {
    const node = first(seg);
    if (!node) return;
    const t = edits.get(node) ?? node.data;
    const m = re.exec(t);
    if (!m) return;
    removed.push({ kind, text: m[0].trim() });
    edits.set(node, m[1] + t.slice(m[0].length));
    return m;
  };
  if (!keep.has('meta')) for (const seg of segments) editStart(seg, previewLabel, 'meta');

  const texts = segments.map(textOf);
  const keys = texts.map(collapsedKey);
  const titleKey = textKey(title);
  const repeated = keep.has('duplicate') ? new Set<number>() : repeats(keys, titleKey);
  const markers = keep.has('chunk-marker') ? new Set<number>() : chunkMarkers(texts, repeated);
  for (const i of markers) {
    const cut = editStart(segments[i]!, CHUNK_MARKER, 'chunk-marker')?.[0].trim() ?? '';
    // The marker leads the text and the key (digits and 、 are left alone by NFKC): cutting it there
    // spares building both again from the segment's nodes.
    const text = cut ? withoutHead(texts[i]!, cut) : null;
    texts[i] = text ?? textOf(segments[i]!);
    keys[i] = text !== null && keys[i]!.startsWith(cut) ? keys[i]!.slice(cut.length) : collapsedKey(texts[i]!);
  }

  // Lines split by <br> inside one element: a PDF's hard wraps when most run to the same length.
  const lineLengths = new Map<Element, number[]>();
  segments.forEach((seg, i) => {
    const list = lineLengths.get(seg.el) ?? [];
    list.push(texts[i]!.trim().length);
    lineLengths.set(seg.el, list);
  });
  const wrapped = (prev: Segment, prevText: string, seg: Segment, text: string) => {
    if (prev.el !== seg.el) return false;
    const tail = prevText.slice(-4);
    if (endsSentence(tail) || /[:：]$/.test(tail)) return false;
    if (CONTINUES.test(text) || (/\d$/.test(tail) && MEASURE_AFTER_NUMBER.test(text))) return true;
    const lengths = lineLengths.get(seg.el) ?? [];
    return lengths.length >= 3 && prevText.length >= 0.8 * Math.max(...lengths);
  };

  const seen = new TextSet();
  // A short line seen before with no repeat after it is a heading the articles of a compilation share
  // (篇二 … 一、加强组织领导 after 篇一's), not a copy: a copied passage repeats what follows it too.
  const shared = (i: number, key: string) => {
    if (key.length >= SHARED_HEADING || !seen.has(key)) return false;
    for (let j = i + 1; j < keys.length; j++) if (keys[j]) return !repeated.has(j);
    return false;
  };
  const blocks: RepairedBlock[] = [];
  segments.forEach((seg, i) => {
    let text = texts[i]!;
    let key = keys[i]!;
    // The first preview chunk's number can lead the title: "1、" + title + the first sentence.
    const lead = !keep.has('chunk-marker') && titleKey.length >= 8 ? (LEAD_MARKER.exec(key)?.[0] ?? '') : '';
    if (
      !keep.has('duplicate') &&
      titleKey.length >= 8 &&
      key.length > lead.length + titleKey.length &&
      key.startsWith(titleKey, lead.length)
    ) {
      // A title glued to the first sentence: cut it where it ends in the first text node.
      const node = first(seg)!;
      const t = edits.get(node) ?? node.data;
      const at = t.indexOf(title);
      const before = t.slice(0, at);
      if (at >= 0 && (!before.trim() || (lead && before.trim() === lead))) {
        edits.set(node, before.replace(lead, '') + t.slice(at + title.length));
        if (lead && before.trim()) removed.push({ kind: 'chunk-marker', text: lead });
        removed.push({ kind: 'duplicate', text: title });
        text = textOf(seg);
        key = collapsedKey(text);
      }
    }
    if (!key) return;
    if (
      !keep.has('duplicate') &&
      (repeated.has(i) || key === titleKey || (key.length >= 8 && seen.has(key))) &&
      (key === titleKey || !shared(i, key))
    ) {
      drop.push({ seg, kind: 'duplicate' });
      removed.push({ kind: 'duplicate', text: snippet(text) });
      return;
    }
    seen.add(key);
    const prev = blocks[blocks.length - 1];
    const lastSeg = prev?.segments[prev.segments.length - 1];
    if (prev && (markers.has(i) || (lastSeg && wrapped(lastSeg, prev.text, seg, text.trim())))) {
      prev.segments.push(seg);
      prev.starts.push(prev.text.length);
      prev.text += text.trim();
    } else {
      blocks.push({ segments: [seg], starts: [0], text: text.trim() });
    }
  });
  return { blocks, edits, drop, removed, spin: spun, script };
}
