import {
  CLAUSE_BREAK,
  CLOSE_QUOTE,
  cleanSpan,
  ENDER,
  gluedMarker,
  hanIn,
  is,
  isHan,
  isSpace,
  OPEN_QUOTE,
  OPENER,
  OPENER_FIRST,
} from '../../text/heading-markers';

// Where a heading glued to its body ends (chinese-text-rules.md §1.3): the cut rules and the suffix
// parallel siblings share.

const CAP = 30;

/** Index of the quote closing the one opened at `at`, when it closes a short term (≤8 chars, no clause break). */
function shortQuoteEnd(text: string, at: number): number {
  for (let j = at + 1; j <= at + 9 && j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (is(c, CLOSE_QUOTE)) return j;
    if (is(c, CLAUSE_BREAK)) return -1;
  }
  return -1;
}

/**
 * Where a heading glued to its body ends (§1.3): the earliest of a long quotation, a subject or time
 * opener, sentence punctuation and the 30-character cap (then the first comma). Sibling suffixes can
 * only cut it shorter.
 */
export function headingEnd(text: string, start: number): number {
  let han = 0;
  let chars = 0;
  let comma = -1;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (is(c, ENDER) || ((c === 0xff1a || c === 0x3a) && han >= 2)) return i; // ：:
    if (is(c, OPEN_QUOTE)) {
      const close = shortQuoteEnd(text, i);
      if (close < 0) {
        if (han >= 4) return i;
      } else {
        han += hanIn(text, i + 1, close);
        chars += close - i - 1;
        i = close;
        if (han >= 4 && close + 1 < text.length && is(text.charCodeAt(close + 1), OPEN_QUOTE)) return close + 1;
        continue;
      }
    }
    if (han >= 4 && gluedMarker(text, i)) return i;
    if (han >= 6 && is(c, OPENER_FIRST)) {
      OPENER.lastIndex = i;
      if (OPENER.test(text)) return i;
    }
    if ((c === 0xff0c || c === 0x2c) && comma < 0 && han >= 4) comma = i; // ，,
    if (isHan(c)) han++;
    if (!isSpace(c)) chars++;
    if (chars >= CAP) return comma > 0 ? comma : i + 1;
  }
  return text.length;
}

/** Key of the trigram starting at `at`: its first and last character codes. */
const trigramKey = (text: string, at: number) => text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 2);
/** Key of a closing quote. */
const QUOTE = -1;

interface SuffixHit {
  member: number;
  /** Where the member's heading ends on this suffix. */
  end: number;
  /** Hanzi up to that end. */
  pos: number;
  /** A trigram's middle character: a suffix all members write alike is a shared word, not a pattern. */
  mid: number;
}

/**
 * The suffix parallel siblings share (有高度/有深度/有温度 → 有?度, or a closing quote “…”), as the
 * index each member's heading ends at, or -1. A pattern counts only when it ends at least one
 * member exactly where another cut rule ends it too, so a chance overlap cannot shorten headings.
 */
export function siblingEnds(members: Array<{ text: string; start: number; end: number }>): number[] {
  const natural = members.map(({ text, start, end }) => {
    const [a, e] = cleanSpan(text, start, end);
    return start + e - a;
  });
  // That rule leaves few keys worth collecting: a closing quote and the trigrams that end a member
  // where it ends naturally. A list has at most 99 members, so arrays and a linear look-up will do.
  const keys = [QUOTE];
  members.forEach(({ text, start }, i) => {
    const k = natural[i]! - 3 >= start ? trigramKey(text, natural[i]! - 3) : QUOTE;
    if (!keys.includes(k)) keys.push(k);
  });
  // By index into keys: each key's hits in member order, one per member (its first place);
  // `seen` lists the indices in the order their keys were first hit.
  const hits: SuffixHit[][] = keys.map(() => []);
  const seen: number[] = [];
  const add = (index: number, hit: SuffixHit) => {
    const list = hits[index]!;
    if (list.length && list[list.length - 1]!.member === hit.member) return;
    if (!list.length) seen.push(index);
    list.push(hit);
  };
  members.forEach(({ text, start, end }, member) => {
    let han = 0;
    for (let j = start; j < end; j++) {
      const c = text.charCodeAt(j);
      if (is(c, OPEN_QUOTE)) {
        const close = shortQuoteEnd(text, j);
        const pos = close < 0 ? 0 : han + hanIn(text, j, close);
        if (close >= 0 && close < end && pos >= 4) add(0, { member, end: close + 1, pos, mid: -1 });
      }
      if (!isHan(c)) continue;
      han++;
      if (j + 3 > end || han + 2 < 4) continue;
      const mid = text.charCodeAt(j + 1);
      const index = keys.indexOf(trigramKey(text, j));
      if (index > 0 && isHan(mid) && isHan(text.charCodeAt(j + 2))) add(index, { member, end: j + 3, pos: han + 2, mid });
    }
  });
  let best: { index: number; count: number; pos: number } | null = null;
  for (const index of seen) {
    const list = hits[index]!;
    if (list.length < 2 || (index > 0 && list.every((h) => h.mid === list[0]!.mid))) continue;
    const positions = list.map((h) => h.pos);
    if (Math.max(...positions) - Math.min(...positions) > 4) continue;
    if (!list.some((h) => h.end === natural[h.member])) continue;
    const pos = positions.reduce((sum, p) => sum + p, 0) / positions.length;
    if (!best || list.length > best.count || (list.length === best.count && pos > best.pos)) best = { index, count: list.length, pos };
  }
  const ends = members.map(() => -1);
  for (const h of best ? hits[best.index]! : []) ends[h.member] = h.end;
  return ends;
}
