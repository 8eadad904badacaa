import { isHan, isSpace } from './normalise';

/**
 * Inline pinyin annotation removal (chinese-text-rules.md §3, noise-catalog.md §10).
 * Handles word-level "全国(quánguó)" and per-character traditional "全國(guó)" forms.
 */

export interface PinyinSpan {
  start: number;
  end: number;
  raw: string;
}

// The class also admits bare combining marks so text that arrives NFD-decomposed still matches.
const CANDIDATE = /[(（]\s*([A-Za-zÜüàáèéìíòóùúĀ-ǜḿ'’·\- 1-5\u0300\u0301\u0304\u0308\u030c]{1,60})\s*[)）]/g;
// A bracket opening on a letter; what stands before it is checked by hand (`hasPinyinCandidate`).
const OPENING = /[(（]\s*[A-Za-zÜüàáèéìíòóùúĀ-ǜḿ]/g;
const VOWEL = /[aeiouvüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜḿńňǹ]/i;
/** The four tone marks, as NFD writes them. */
const MARKS = '[\u0300\u0301\u0304\u030c]';
const TONE_MARK = new RegExp(MARKS, 'g');
const TONED = new RegExp(MARKS);
/** Whether NFD text carries a tone mark. */
export const hasToneMark = (nfd: string) => TONED.test(nfd);
// Syllabic nasals are only trusted with a tone mark: "(m)" / "(n)" are far more often list labels.
const NASALS = new Set(['m', 'n', 'ng', 'hng']);
const TONED_NASAL = new RegExp(`[mn]${MARKS}`);
// Enough look-back for the longest possible annotation (60 one-letter syllables).
const CONTEXT = 64;
const MAX_PASSES = 5;

/**
 * The readings of a hanzi, by its code unit (the hanzi read here are all in the BMP). The dictionary is
 * large (pinyin-pro, ~145 KB gzipped), so the engine does not import it: an analysis asks for it
 * (engine/parts.ts) where the text has annotation candidates.
 */
export type ReadingsOf = (code: number) => readonly string[];

// Without a dictionary nothing verifies, so nothing is stripped: never guess.
const readings = (of: ReadingsOf | undefined, code: number): readonly string[] => (of ? of(code) : []);

/**
 * Cheap gate: could `text` contain an annotation at all? A bracket opening on a letter after a hanzi,
 * at most one space between, or at the very start: the hanzi may sit in the previous text node.
 * Brackets are found first because they are rare; testing every hanzi for one after it is not.
 */
export function hasPinyinCandidate(text: string): boolean {
  OPENING.lastIndex = 0;
  for (let m = OPENING.exec(text); m; m = OPENING.exec(text)) {
    let b = m.index;
    if (b > 0 && isSpace(text.charCodeAt(b - 1))) b--;
    if (b === 0 || isHan(text.charCodeAt(b - 1))) return true;
  }
  return false;
}

/**
 * Splits the bracket content into syllable chunks (toneless, lower-case, ü normalised).
 * Separators and tone digits are hard syllable boundaries.
 */
export function chunk(nfd: string): string[] | null {
  const plain = nfd.replace(TONE_MARK, '').normalize('NFC').toLowerCase().replace(/v/g, 'ü');
  const out: string[] = [];
  for (const part of plain.split(/[\s'’·-]+|(?<=[1-5])/)) {
    if (!part) continue;
    const body = part.replace(/[1-5]$/, '').replace(/([jqxy])ü/g, '$1u');
    if (!/^[a-zü]+$/.test(body)) return null;
    out.push(body);
  }
  return out.length ? out : null;
}

/**
 * Segments the chunks right-to-left while matching each syllable against the Han char it would annotate,
 * so ambiguous splits (xian vs xi'an) are resolved by the characters themselves. The hanzi are the
 * `count` code units of `text` that end at `hanEnd`.
 */
function verify(of: ReadingsOf | undefined, chunks: string[], text: string, hanEnd: number, count: number, nasals: boolean): boolean {
  const last = chunks.length - 1;
  return verifyFrom(of, chunks, last, (chunks[last] ?? '').length, text, hanEnd, count, 0, nasals);
}

/** Whether chunks[0..ci) and chunks[ci] up to `end` read the hanzi before the k-th from the end. */
function verifyFrom(
  of: ReadingsOf | undefined,
  chunks: string[],
  ci: number,
  end: number,
  text: string,
  hanEnd: number,
  count: number,
  k: number,
  nasals: boolean,
): boolean {
  if (end === 0) return ci === 0 || verifyFrom(of, chunks, ci - 1, (chunks[ci - 1] ?? '').length, text, hanEnd, count, k, nasals);
  if (k >= count) return false;
  const c = chunks[ci] ?? '';
  // Each reading is tried where it would end (no syllable is longer than six letters), rather than every
  // slice of the chunk looked up among the readings: no strings are cut out.
  for (const syl of readings(of, text.charCodeAt(hanEnd - 1 - k))) {
    const len = syl.length;
    if (len === 0 || len > 6 || len > end || !c.startsWith(syl, end - len)) continue;
    if ((nasals || !NASALS.has(syl)) && verifyFrom(of, chunks, ci, end - len, text, hanEnd, count, k + 1, nasals)) return true;
  }
  return false;
}

/** How many hanzi, at most `max`, end right before `at`. */
function hanCountBefore(text: string, at: number, max: number): number {
  let from = at;
  while (from > 0 && at - from < max && isHan(text.charCodeAt(from - 1))) from--;
  return at - from;
}

/** `text` without the ranges [from, to), which are in order and do not overlap. */
function cut(text: string, ranges: number[]): string {
  let out = '';
  let at = 0;
  for (let i = 0; i < ranges.length; i += 2) {
    out += text.slice(at, ranges[i]);
    at = ranges[i + 1]!;
  }
  return out + text.slice(at);
}

const identity = (length: number) => Int32Array.from({ length }, (_, i) => i);

/** `map` without the entries in `ranges`, which are in order and do not overlap. */
function cutMap(map: Int32Array, ranges: number[]): Int32Array {
  let removed = 0;
  for (let i = 0; i < ranges.length; i += 2) removed += ranges[i + 1]! - ranges[i]!;
  const out = new Int32Array(map.length - removed);
  let k = 0;
  let at = 0;
  for (let i = 0; i < ranges.length; i += 2) {
    out.set(map.subarray(at, ranges[i]), k);
    k += ranges[i]! - at;
    at = ranges[i + 1]!;
  }
  out.set(map.subarray(at), k);
  return out;
}

/**
 * Whether another pass could find an annotation after the cuts that left `joins` (indices of `text`): an
 * annotation is read from its bracket and the hanzi run (and one space) before it, so only a bracket that
 * such a run leads from a join to can be read differently now. A bracket whose content runs across a
 * join cannot exist (a hanzi stands before each cut), but it is looked for, not assumed.
 */
function cutsMatter(text: string, joins: number[]): boolean {
  for (const j of joins) {
    // No annotation looks back past CONTEXT hanzi, so a longer run shields the bracket after it.
    const stop = Math.min(text.length, j + CONTEXT + 1);
    let k = j;
    while (k < stop && isHan(text.charCodeAt(k))) k++;
    if (text[k] === ' ') k++;
    if (text[k] === '(' || text[k] === '（') return true;
    for (let i = j - 1; i >= 0 && !isHan(text.charCodeAt(i)); i--) {
      if (text[i] === '(' || text[i] === '（') return true;
      if (text[i] === ')' || text[i] === '）') break;
    }
  }
  return false;
}

// For each code unit a plain word may hold (all below 0x200), its toneless letter; 0 for any other.
const TONELESS = new Uint16Array(0x200);
for (const [base, toned] of [
  ['a', 'āáǎà'],
  ['e', 'ēéěè'],
  ['i', 'īíǐì'],
  ['o', 'ōóǒò'],
  ['u', 'ūúǔù'],
  ['ü', 'ǖǘǚǜüv'],
]) {
  for (const ch of toned!) TONELESS[ch.charCodeAt(0)] = base!.charCodeAt(0);
}
for (let c = 0x61; c <= 0x7a; c++) TONELESS[c] ||= c;

/**
 * The usual annotation, one lower-case word of letters and tone-marked vowels ("quánguó"), read without
 * normalising: what `chunk` makes of it, or null for anything else (separators, digits, capitals, nasals).
 */
export function plainWord(inner: string): string | null {
  let out = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner.charCodeAt(i);
    const base = c < 0x200 ? TONELESS[c]! : 0;
    if (!base) return null;
    out += String.fromCharCode(base);
  }
  return out.includes('ü') ? out.replace(/([jqxy])ü/g, '$1u') : out;
}

/** Whether a plain word has a vowel: the letters VOWEL knows that are left once the tones are gone. */
const PLAIN_VOWEL = /[aeiouü]/;

function isAnnotation(of: ReadingsOf | undefined, inner: string, text: string, hanEnd: number, count: number): boolean {
  const word = plainWord(inner);
  if (word !== null) return PLAIN_VOWEL.test(word) && verify(of, [word], text, hanEnd, count, false);
  if (!VOWEL.test(inner)) return false;
  const nfd = inner.normalize('NFD');
  const chunks = chunk(nfd);
  if (!chunks || !verify(of, chunks, text, hanEnd, count, TONED_NASAL.test(nfd))) return false;
  // A capitalised toneless gloss ("北京(Beijing)") is a romanised name the author meant to show.
  return /[\u0300\u0301\u0304\u030c1-5]/.test(nfd) || inner === inner.toLowerCase();
}

/**
 * Removes inline pinyin annotations. `before` is text that precedes `text` in the document (e.g. the end of
 * the previous text node), used only to verify annotations that sit at the very start of `text`. Returns the
 * new text and the removed spans (offsets into the ORIGINAL `text`).
 */
export function stripPinyin(text: string, of: ReadingsOf | undefined, before = ''): { text: string; spans: PinyinSpan[] } {
  const ctx = before.slice(-CONTEXT);
  if (!hasPinyinCandidate(text)) return { text, spans: [] };
  const src = ctx + text;
  const off = ctx.length;
  const spans: PinyinSpan[] = [];
  let cur = src;
  let map: Int32Array | null = null; // cur index -> src index; null while it is the identity
  // The last pass's cuts, applied to the map only when a later pass removes something: most remove nothing.
  let pending: number[] = [];
  let sorted = true;
  const at0 = (i: number): number => map?.[i] ?? i;
  // Nothing in the `before` prefix is ever removed, so an index of `cur` lies in it exactly when its
  // index of `src` does: the prefix is told apart without the map.

  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const ranges: number[] = []; // [from, to) of `cur` cut by this pass, in order
    const joins: number[] = []; // where each cut closes up in the next `cur`
    let shift = 0;
    // Repeats "(x)(x)(x)" go in one pass: an annotation right after a removed one looks back past it.
    let chainStart = -1;
    let chainEnd = -1;
    // exec, not matchAll: matchAll copies the regex for every call.
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(cur); m; m = CANDIDATE.exec(cur)) {
      const at = m.index;
      if (at < off) continue;
      const chained = at === chainEnd;
      let b = chained ? chainStart : at;
      const spaced = cur[b - 1] === ' ';
      if (spaced) b--;
      const inner = (m[1] ?? '').trim();
      // Each syllable has at least one letter, so no more hanzi than letters can be annotated.
      const count = hanCountBefore(cur, b, Math.min(CONTEXT, inner.length));
      if (!count || !isAnnotation(of, inner, cur, b, count)) continue;
      if (pending.length) {
        map = cutMap(map ?? identity(src.length), pending);
        pending = [];
      }
      // The single space between word and bracket goes too, unless it belongs to `before`.
      const from = !chained && spaced && b >= off ? b : at;
      const to = at + m[0].length;
      ranges.push(from, to);
      joins.push(from - shift);
      shift += to - from;
      const s = at0(from) - off;
      const e = at0(to - 1) + 1 - off;
      spans.push({ start: s, end: e, raw: text.slice(s, e) });
      if (!chained) chainStart = from;
      chainEnd = to;
      if (pass > 0) sorted = false;
    }
    if (!ranges.length) break;
    cur = cut(cur, ranges);
    if (!cutsMatter(cur, joins)) break;
    pending = ranges;
  }

  if (!spans.length) return { text, spans };
  // One pass finds its annotations in order; a later one may find some between them.
  if (!sorted) spans.sort((x, y) => x.start - y.start);
  // Removals never reach into the `before` prefix, so it is still intact at the head of `cur`.
  return { text: cur.slice(off), spans };
}

/** Number of annotations `stripPinyin` would remove from `text`, read after `before`; used for page detection by density. */
export function countPinyin(text: string, of: ReadingsOf | undefined, before = ''): number {
  return stripPinyin(text, of, before).spans.length;
}
