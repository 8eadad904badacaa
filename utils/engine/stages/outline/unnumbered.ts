import {
  clean,
  CONTINUATION,
  DATE_LINE,
  firstChar,
  hanCount,
  INLINE_ENUMERATOR,
  NOT_HEADING,
  Rank,
  TITLE_FIGURE,
  TWO_PART,
  TWO_PART_LINE,
} from '../../text/heading-markers';
import type { Block } from '../../types';
import { type Heading, type InToc, key } from './heading';

// Unnumbered headings that fill their block (chinese-text-rules.md §1.4): h1–h6, bold lines,
// standalone title lines, and two-part titles opening a paragraph.

/** Table cells and list items are short without being titles. */
const NOT_TEXT_TAG = /^(?:td|th|li|dt|dd|caption|figcaption)$/;

/**
 * The unnumbered headings of blocks no heading found so far starts; `isTitle` tells the document
 * title, which is never an entry.
 */
export function findUnnumbered(blocks: Block[], headings: Heading[], inToc: InToc, isTitle: (s: string) => boolean): Heading[] {
  const taken = new Set(headings.filter((h) => !h.missing).map((h) => key(h.block, h.offset)));
  const out: Heading[] = [];
  const plain: Heading[] = [];
  blocks.forEach((blk, b) => {
    const p0 = firstChar(blk.text);
    if (taken.has(key(b, p0)) || inToc(b, p0) || inToc(b, Math.max(p0, blk.text.length - 1))) return;
    TWO_PART.lastIndex = p0;
    const two = TWO_PART.exec(blk.text);
    if (blk.text.length - p0 > 100 && !two) return;
    const raw = blk.text.trim();
    const t = clean(raw);
    if (!t || isTitle(t) || NOT_HEADING.test(t) || DATE_LINE.test(t)) return;
    const base = { block: b, offset: p0, start: p0, marker: '', rank: 0, whole: true };
    // A two-part title line stands alone, even when its parts open with 一是/二是.
    if (!blk.tag.startsWith('h') && !NOT_TEXT_TAG.test(blk.tag) && TWO_PART_LINE.test(t) && bodyFollows(blocks, b)) {
      return out.push({ ...base, kind: 'unnumbered', text: t, twoPart: true });
    }
    if (INLINE_ENUMERATOR.test(t)) return;
    const tag = /^h([1-6])$/.exec(blk.tag);
    const enough = hanCount(t) >= 2 || /[A-Za-z]{3}/.test(t);
    if (tag && enough && t.length <= 100)
      return out.push({ ...base, kind: 'unnumbered', text: t, tag: Number(tag[1]), ...(TWO_PART_LINE.test(t) ? { twoPart: true } : {}) });
    if (NOT_TEXT_TAG.test(blk.tag)) return;
    // A two-part title ranks with the 一、 headings, so it counts as numbered.
    if (two && raw.length - two[0].length >= 10) {
      return out.push({ ...base, kind: 'numbered', rank: Rank.chinese, text: clean(two[0]), whole: false, twoPart: true });
    }
    if (!enough || /[，,、：:；;]$/.test(raw) || raw.length > 50) return;
    const inner = /[。！？!?]/.test(raw.slice(0, -1));
    if (blk.bold) {
      const sentence = /[。！？!?]$/.test(raw);
      if (!inner && (!sentence || (hanCount(t) <= 20 && !/[，,]/.test(t)))) out.push({ ...base, kind: 'unnumbered', text: t });
      return;
    }
    if (inner || /[。！？!?…]$/.test(raw) || raw.length > 40 || hanCount(t) < 4 || hanCount(t) * 2 < t.replace(/\s/g, '').length) return;
    if (TITLE_FIGURE.test(t)) return;
    const prev = blocks[b - 1]?.text.trim() ?? '';
    if (prev && !/[。！？!?”’」』…)）]$/.test(prev) && !taken.has(key(b - 1, firstChar(blocks[b - 1]!.text)))) return;
    if (bodyFollows(blocks, b)) plain.push({ ...base, kind: 'unnumbered', text: t });
  });
  // A lone plain line may be a slogan or a subtitle; parallel ones are section titles.
  if (plain.length >= 2) out.push(...plain);
  return out;
}

/** The next block (past date lines) starts a paragraph of its own, not the rest of a wrapped line. */
function bodyFollows(blocks: Block[], b: number): boolean {
  let n = b + 1;
  while (n < blocks.length && DATE_LINE.test(blocks[n]!.text.trim())) n++;
  const next = blocks[n]?.text.trim() ?? '';
  return next.length >= 15 && !CONTINUATION.test(next);
}
