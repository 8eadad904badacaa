import {
  bareNumeral,
  chineseOrdinal,
  clean,
  firstChar,
  gluedMarker,
  hanCount,
  LOOSE_MARKER,
  markerAt,
  Rank,
  WORD_BEFORE_NUMERAL,
} from '../../text/heading-markers';
import type { Block } from '../../types';
import { headingEnd, siblingEnds } from './extent';
import { append, type Heading, type InToc, key, type Sentences } from './heading';

// Numbered headings (chinese-text-rules.md §1.3): markers at heading positions, kept only when their
// numbers run in sequence, then cut where their text ends.

interface Candidate {
  block: number;
  offset: number;
  start: number;
  rank: number;
  value: number;
  marker: string;
  /** Where the heading text would end, glued to its body. */
  end: number;
  /** Found at a heading position; a loose one needs its siblings to vouch for it. */
  strong: boolean;
  /** Loose, but after a colon or an ellipsis: it vouches for its siblings, and one before it for it. */
  placed?: boolean;
}

/** A colon or an ellipsis, and spaces, right before a marker. */
const AFTER_INTRO = /[：:…][\s\u3000]*$/;
/** 一、二、三类: a numeral after the marker makes it a list of numbers. */
const NUMERAL_NEXT = /[一二三四五六七八九十]/;

/** What the numbered step needs to know of the articles a table of contents placed. */
export interface Articles {
  /** The index of the article a place (as key()) lies in, -1 before the first. */
  of: (k: number) => number;
  /** Group lines of the TOC ("二、市级"): recurring in the body they only group articles. */
  groups: Array<{ marker: string; title: string }>;
  /** Articles are present, so ①/A. items never stand as headings. */
  present: boolean;
}

/** Markers at heading positions (block start, after a sentence end or a title), and loose ones anywhere. */
function candidates(blocks: Block[], split: Sentences[], extra: Map<number, number[]>, skip: InToc): Candidate[] {
  const out: Candidate[] = [];
  const strong = new Set<number>();
  blocks.forEach(({ text }, b) => {
    const p0 = firstChar(text);
    const positions = split[b]!.starts.concat(extra.get(b) ?? []);
    strong.clear();
    // Appending while iterating: a sub-heading glued to the end of a heading is a heading position too.
    for (const at of positions) {
      // Most places start with no marker character; markerAt turns them away before anything else is asked.
      const mk = markerAt(text, at);
      if (!mk || strong.has(at) || skip(b, at) || (mk.rank === Rank.item && at !== p0)) continue;
      strong.add(at);
      const end = headingEnd(text, mk.end);
      out.push({ block: b, offset: at, start: mk.end, end, rank: mk.rank, value: mk.value, marker: mk.text, strong: true });
      if (gluedMarker(text, end)) positions.push(end);
    }
    LOOSE_MARKER.lastIndex = 0;
    for (let m = LOOSE_MARKER.exec(text); m; m = LOOSE_MARKER.exec(text)) {
      const at = m.index;
      if (strong.has(at) || skip(b, at) || (m[1] && WORD_BEFORE_NUMERAL.test(text[at - 1] ?? ''))) continue;
      const mk = markerAt(text, at);
      if (!mk) continue;
      // After a colon or an ellipsis (…总结如下：一、… ……二、…) a marker is at a heading position too.
      const placed = AFTER_INTRO.test(text.slice(Math.max(0, at - 4), at)) && !NUMERAL_NEXT.test(text.charAt(mk.end));
      out.push({
        block: b,
        offset: at,
        start: mk.end,
        end: headingEnd(text, mk.end),
        rank: mk.rank,
        value: mk.value,
        marker: mk.text,
        strong: false,
        placed,
      });
    }
  });
  return out.sort((x, y) => key(x.block, x.offset) - key(y.block, y.offset));
}

/** A loose marker stands when the next marker of its rank, at a heading position, follows it in sequence. */
function confirmed(cands: Candidate[], i: number, article: number, articleOf: (k: number) => number): boolean {
  const c = cands[i]!;
  for (let j = i + 1; j < cands.length && j < i + 200; j++) {
    const d = cands[j]!;
    if (!d.strong && !d.placed) continue;
    if (articleOf(key(d.block, d.offset)) !== article || d.rank < c.rank) return false;
    if (d.rank === c.rank) return d.value === c.value + 1;
  }
  return false;
}

/** A level-1 marker without its 、 between two that bracket it (…工作。二倾力保障…). */
function findBare(blocks: Block[], prev: Heading, next: Candidate, value: number): Omit<Candidate, 'strong' | 'placed'> | null {
  const re = bareNumeral(value);
  for (let b = prev.block; b <= next.block; b++) {
    const text = blocks[b]!.text;
    re.lastIndex = b === prev.block ? prev.start : 0;
    const stop = b === next.block ? next.offset : text.length;
    const m = re.exec(text);
    if (m && m.index < stop) {
      const at = m.index + m[0].length - m[1]!.length;
      const start = at + m[1]!.length;
      if (chineseOrdinal(m[1]!) === value)
        return { block: b, offset: at, start, end: headingEnd(text, start), rank: Rank.chinese, value, marker: m[1]! };
    }
  }
  return null;
}

/** The candidates whose numbers run in sequence: one counter per rank, a new list opens at 1. */
function inSequence(blocks: Block[], cands: Candidate[], articles: Articles): Heading[] {
  const numbered: Heading[] = [];
  // Ranks are halves (第X节 is 0.5), so twice the rank indexes these; opening a rank clears deeper ones.
  let last: Heading[] = [];
  let listCount = 0;
  let article = -1;
  const accept = (c: Omit<Candidate, 'strong' | 'placed'>) => {
    const r = c.rank * 2;
    const list = c.value === 1 || !last[r] ? ++listCount : last[r]!.list;
    last.length = r;
    last[r] = {
      kind: 'numbered',
      block: c.block,
      offset: c.offset,
      start: c.start,
      end: c.end,
      rank: c.rank,
      value: c.value,
      marker: c.marker,
      text: '',
      list,
    };
    numbered.push(last[r]!);
  };
  cands.forEach((c, i) => {
    const a = articles.of(key(c.block, c.offset));
    if (a !== article) {
      article = a;
      last = [];
    }
    const prev = last[c.rank * 2];
    const expected = (prev ? prev.value! : 0) + 1;
    const vouched = (c.placed && prev !== undefined && c.value === expected) || confirmed(cands, i, a, articles.of);
    if (!c.strong && ((c.value !== 1 && c.value !== expected) || !vouched)) return;
    if (c.value === 1 || c.value === expected) return accept(c);
    if (c.rank !== Rank.chinese || c.value !== expected + 1) return;
    const bare = prev && findBare(blocks, prev, c, expected);
    if (!bare) return;
    accept(bare);
    accept(c);
  });
  return numbered.filter((h) => h.rank !== Rank.item || (!articles.present && numbered.every((o) => o.rank === Rank.item)));
}

/** Where each numbered heading ends; parallel siblings share their suffix. */
function cut(blocks: Block[], kept: Heading[]): void {
  for (const h of kept) {
    const text = blocks[h.block]!.text;
    // A short line with no sentence punctuation at all is a title line (commas and colons included);
    // a line that ends as a sentence is a lead sentence ("1.亲切走访部队,加深军地感情。") and gets cut.
    const rest = h.offset === firstChar(text) && text.length - h.start <= 60 ? text.slice(h.start) : '';
    h.whole = rest !== '' && !/[。！？!?；;]/.test(rest);
    if (h.whole) h.end = text.length;
  }
  const siblings = new Map<number, Heading[]>();
  for (const h of kept) if (!h.whole) append(siblings, h.list!, h);
  for (const same of siblings.values()) {
    if (same.length < 2) continue;
    siblingEnds(same.map((m) => ({ text: blocks[m.block]!.text, start: m.start, end: m.end! }))).forEach((end, i) => {
      if (end >= 0 && end < same[i]!.end!) same[i]!.end = end;
    });
  }
}

/**
 * The numbered headings of the blocks, in reading order. `extra` adds heading positions per block
 * (right after a title, where a marker may follow with no punctuation between: …工作综述一、…).
 */
export function findNumbered(
  blocks: Block[],
  split: Sentences[],
  extra: Map<number, number[]>,
  inToc: InToc,
  articles: Articles,
): Heading[] {
  const kept = inSequence(blocks, candidates(blocks, split, extra, inToc), articles);
  cut(blocks, kept);
  const out: Heading[] = [];
  for (const h of kept) {
    h.text = clean(blocks[h.block]!.text.slice(h.start, h.end));
    if (articles.groups.some((g) => g.marker === h.marker && h.text.startsWith(g.title))) continue;
    if (hanCount(h.text) >= 2 || /[A-Za-z]{3}/.test(h.text)) out.push(h);
  }
  return out;
}
