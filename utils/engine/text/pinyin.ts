import { isHan, isSpace } from './normalise';
import { readingSource } from './readings';

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
const CANDIDATE =
  /[(（]\s*([A-Za-zÜüàáèéìíòóùúĀ-ǜḿ'’·\- 1-5\u0300\u0301\u0304\u0308\u030c]{1,60})\s*[)）]/g;
// A bracket opening on a letter; what stands before it is checked by hand (`hasPinyinCandidate`).
const OPENING = /[(（]\s*[A-Za-zÜüàáèéìíòóùúĀ-ǜḿ]/g;
const VOWEL = /[aeiouvüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜḿńňǹ]/i;
const TONE_MARK = /[\u0300\u0301\u0304\u030c]/g;
// Syllabic nasals are only trusted with a tone mark: "(m)" / "(n)" are far more often list labels.
const NASALS = new Set(['m', 'n', 'ng', 'hng']);
const TONED_NASAL = /[mn][\u0300\u0301\u0304\u030c]/;
// Enough look-back for the longest possible annotation (60 one-letter syllables).
const CONTEXT = 64;
const MAX_PASSES = 5;

const readingCache = new Map<string, readonly string[]>();

function readings(ch: string): readonly string[] {
  let r = readingCache.get(ch);
  if (!r) {
    // Without a dictionary nothing verifies, so nothing is stripped: never guess.
    r = readingSource()?.(ch) ?? [];
    if (r.length) readingCache.set(ch, r);
  }
  return r;
}

/** Whether annotations can be verified (the reading dictionary is installed). */
export function pinyinReady(): boolean {
  return readingSource() !== undefined;
}

const hanOrNear = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

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
    if (b === 0 || hanOrNear(text.charCodeAt(b - 1))) return true;
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
 * so ambiguous splits (xian vs xi'an) are resolved by the characters themselves.
 */
function verify(chunks: string[], han: string[], nasals: boolean): boolean {
  const go = (ci: number, end: number, k: number): boolean => {
    if (end === 0) return ci === 0 || go(ci - 1, (chunks[ci - 1] ?? '').length, k);
    if (k >= han.length) return false;
    const reads = readings(han[han.length - 1 - k] ?? '');
    const c = chunks[ci] ?? '';
    for (let len = 1; len <= 6 && len <= end; len++) {
      const syl = c.slice(end - len, end);
      if (reads.includes(syl) && (nasals || !NASALS.has(syl)) && go(ci, end - len, k + 1)) return true;
    }
    return false;
  };
  return go(chunks.length - 1, (chunks[chunks.length - 1] ?? '').length, 0);
}

/** Up to `max` hanzi that end right before `at`, in reading order. */
function hanBefore(text: string, at: number, max: number): string[] {
  let from = at;
  while (from > 0 && at - from < max && isHan(text.charCodeAt(from - 1))) from--;
  return [...text.slice(from, at)];
}

/** The text left after removals. */
function keptText(src: string, removed: Uint8Array): string {
  let out = '';
  let run = -1;
  for (let i = 0; i <= src.length; i++) {
    if (i < src.length && !removed[i]) {
      if (run < 0) run = i;
    } else if (run >= 0) {
      out += src.slice(run, i);
      run = -1;
    }
  }
  return out;
}

/** For each index of the kept text, its index in `src`. */
function keptIndices(removed: Uint8Array): Int32Array {
  let kept = 0;
  for (let i = 0; i < removed.length; i++) if (!removed[i]) kept++;
  const map = new Int32Array(kept);
  for (let i = 0, k = 0; i < removed.length; i++) if (!removed[i]) map[k++] = i;
  return map;
}

const TONELESS = new Map<string, string>();
for (const [base, toned] of [['a', 'āáǎà'], ['e', 'ēéěè'], ['i', 'īíǐì'], ['o', 'ōóǒò'], ['u', 'ūúǔù'], ['ü', 'ǖǘǚǜüv']]) {
  for (const ch of toned!) TONELESS.set(ch, base!);
}
for (let c = 0x61; c <= 0x7a; c++) TONELESS.set(String.fromCharCode(c), TONELESS.get(String.fromCharCode(c)) ?? String.fromCharCode(c));

/**
 * The usual annotation, one lower-case word of letters and tone-marked vowels ("quánguó"), read without
 * normalising: what `chunk` makes of it, or null for anything else (separators, digits, capitals, nasals).
 */
export function plainWord(inner: string): string | null {
  let out = '';
  for (const ch of inner) {
    const base = TONELESS.get(ch);
    if (base === undefined) return null;
    out += base;
  }
  return out.includes('ü') ? out.replace(/([jqxy])ü/g, '$1u') : out;
}

function isAnnotation(inner: string, han: string[]): boolean {
  if (!VOWEL.test(inner)) return false;
  const word = plainWord(inner);
  if (word !== null) return verify([word], han, false);
  const nfd = inner.normalize('NFD');
  const chunks = chunk(nfd);
  if (!chunks || !verify(chunks, han, TONED_NASAL.test(nfd))) return false;
  // A capitalised toneless gloss ("北京(Beijing)") is a romanised name the author meant to show.
  return /[\u0300\u0301\u0304\u030c1-5]/.test(nfd) || inner === inner.toLowerCase();
}

/**
 * Removes inline pinyin annotations. `before` is text that precedes `text` in the document (e.g. the end of
 * the previous text node), used only to verify annotations that sit at the very start of `text`. Returns the
 * new text and the removed spans (offsets into the ORIGINAL `text`).
 */
export function stripPinyin(text: string, before = ''): { text: string; spans: PinyinSpan[] } {
  const ctx = before.slice(-CONTEXT);
  if (!hasPinyinCandidate(text)) return { text, spans: [] };
  const src = ctx + text;
  const off = ctx.length;
  const removed = new Uint8Array(src.length);
  const spans: PinyinSpan[] = [];
  let cur = src;
  let map: Int32Array | null = null; // cur index -> src index; null while nothing is removed
  // The map is built only when a later pass removes something: most remove nothing.
  let mapStale = false;
  const at0 = (i: number): number => map?.[i] ?? i;
  // Nothing in the `before` prefix is ever removed, so an index of `cur` lies in it exactly when its
  // index of `src` does: the prefix is told apart without the map.

  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let changed = false;
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
      const han = hanBefore(cur, b, Math.min(CONTEXT, inner.length));
      if (!han.length || !isAnnotation(inner, han)) continue;
      if (mapStale) {
        map = keptIndices(removed);
        mapStale = false;
      }
      // The single space between word and bracket goes too, unless it belongs to `before`.
      const from = !chained && spaced && b >= off ? b : at;
      const to = at + m[0].length;
      for (let i = from; i < to; i++) removed[at0(i)] = 1;
      const s = at0(from) - off;
      const e = at0(to - 1) + 1 - off;
      spans.push({ start: s, end: e, raw: text.slice(s, e) });
      if (!chained) chainStart = from;
      chainEnd = to;
      changed = true;
    }
    if (!changed) break;
    cur = keptText(src, removed);
    mapStale = true;
  }

  if (!spans.length) return { text, spans };
  spans.sort((x, y) => x.start - y.start);
  // Removals never reach into the `before` prefix, so it is still intact at the head of `cur`.
  return { text: cur.slice(off), spans };
}

/** Number of annotations `stripPinyin` would remove; used for page detection by density. */
export function countPinyin(text: string): number {
  return stripPinyin(text).spans.length;
}
