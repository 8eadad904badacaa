import type { Block, Figure, OutlineEntry } from '../types';
import { FORMULA_CLASSIFIERS, POSTFIX_BOUND, QUALIFIERS, UNITS, type UnitDef } from '../text/figure-units';
import { parseNumeral } from '../text/numerals';

// The figure grammar of chinese-text-rules.md §2.2 as one sticky regex, tried only where a number can
// begin, so a 100k-character report costs one cheap scan: [qualifier] NUMBER [余多几来] [SCALE] [余多几来]
// [-B] ((UNIT | %) [左右…] | after a 万/亿 scale, nothing). Qualifiers and exclusions are checked in code
// on the few matches, where the context is at hand.
const D = '[0-9０-９]';
const CN = '零〇一二两三四五六七八九十百千万亿';
const ARABIC = `${D}{1,3}(?:,${D}{3})+(?!${D})(?:[.．]${D}+)?|${D}+(?:[.．]${D}+)?`;
const MASK = `(?:${D}{1,4}[Xx]{1,5}|[Xx×]{1,6}|[*＊]{1,6})(?:[.．](?:[Xx×]{1,3}|[*＊]{1,3}|${D}{1,3}))?(?![A-Za-z])`;
const CHINESE = `[${CN}]+(?:点[零〇一二三四五六七八九]+)?`;
const NUMBER = `(?<![0-9０-９.．A-Za-z×*＊])(?:${MASK}|${ARABIC})|(?<![${CN}点])${CHINESE}`;
const SCALE = '十万|百万|千万|万亿|[十百万亿]|千(?![米克瓦])';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const UNIT = [...UNITS]
  .sort((a, b) => b.unit.length - a.unit.length)
  .map((u) => escape(u.unit) + (u.notBefore ? `(?!${u.notBefore})` : ''))
  .join('|');
export const FIGURE = new RegExp(
  `百分之(?<pn>${MASK}|${ARABIC}|[零〇一二两三四五六七八九十百点]+)` +
    `|(?<n>${NUMBER})(?<a1>[余多几来])?(?<s>${SCALE})?(?<a2>[余多几来])?` +
    `(?:[-~～—–至到](?<n2>${ARABIC}|${CHINESE})(?<s2>${SCALE})?)?` +
    `(?:(?:(?<u>${UNIT})|(?<pc>[%％]))(?<p>左右|以上|以下|上下(?=[，。,;；、）)!?！？]|$))?|(?<=[万亿][余多]?)(?![0-9０-９A-Za-z%％]))` +
    `|(?<lp>(?<=[\\u4e00-\\u9fff])[%％])`,
  'y',
);
type GroupName = 'pn' | 'n' | 'a1' | 's' | 'a2' | 'n2' | 's2' | 'u' | 'p' | 'pc' | 'lp';
type Groups = Partial<Record<GroupName, string>>;
/**
 * FIGURE without its group names, for the scan: a match with named groups builds a dictionary-mode
 * `groups` object that costs more than the match and is slow to read.
 */
const FIGURE_UNNAMED = new RegExp(FIGURE.source.replace(/\(\?<\w+>/g, '('), 'y');
const GROUP_NAMES = [...FIGURE.source.matchAll(/\(\?<(\w+)>/g)].map((m) => m[1] as GroupName);
const AT = Object.fromEntries(GROUP_NAMES.map((name, i) => [name, i + 1])) as Record<GroupName, number>;

/** The groups of a FIGURE_UNNAMED match, as one plain object of the same shape for every match. */
function groupsOf(m: RegExpExecArray): Groups {
  return {
    pn: m[AT.pn],
    n: m[AT.n],
    a1: m[AT.a1],
    s: m[AT.s],
    a2: m[AT.a2],
    n2: m[AT.n2],
    s2: m[AT.s2],
    u: m[AT.u],
    p: m[AT.p],
    pc: m[AT.pc],
    lp: m[AT.lp],
  };
}

/**
 * What a character is to the one pass over a block: where a number can begin, or a mark that moves the
 * open sentence, quote or 《》 title. None of the marks occurs in a number run, a figure or a qualifier,
 * so the pass may jump over those.
 */
const NUMBER_START = 1;
const SENTENCE_END = 2;
const QUOTE_OPEN = 3;
const QUOTE_CLOSE = 4;
const QUOTE_STRAIGHT = 5;
const BOOK_OPEN = 6;
const BOOK_CLOSE = 7;
const ROLE = new Uint8Array(0x10000);
const assign = (chars: string, role: number) => {
  for (const ch of chars) ROLE[ch.charCodeAt(0)] = role;
};
assign(`0123456789０１２３４５６７８９Xx×*＊%％${CN}`, NUMBER_START);
assign('。！？；!?;\n', SENTENCE_END);
assign('“〝「『', QUOTE_OPEN);
assign('”〞」』', QUOTE_CLOSE);
assign('"', QUOTE_STRAIGHT);
assign('《', BOOK_OPEN);
assign('》', BOOK_CLOSE);
/** 1 for each of `chars`, by UTF-16 code. */
function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return table;
}
/** Characters a number (with its scale) is made of. */
const RUN = charTable(`0123456789０１２３４５６７８９Xx×*＊,.．点${CN}`);
/**
 * What can follow a number's run in a figure: a unit (past any numeral it starts with, 千米), an
 * approximation, a range, a percent sign, the 分 of 百分之. A run without one of these after it and
 * without 万/亿 in it holds no figure, which is most numerals in prose (一些, 一般, 三是).
 */
const TAILS = charTable(
  UNITS.map((u) => u.unit.replace(new RegExp(`^[${CN}]+`), '').charAt(0)).join('') + '余多几来-~～—–至到%％分',
);

/** End of the run of number characters that starts at `i`, or -1 when no figure can start in it. */
export function figureRun(text: string, i: number): number {
  let e = i;
  let scaled = false;
  for (; e < text.length; e++) {
    const c = text.charCodeAt(e);
    if (!RUN[c]) break;
    if (c === 0x4e07 || c === 0x4ebf) scaled = true;
  }
  return scaled || e === i || TAILS[text.charCodeAt(e)] ? e : -1;
}

type Qualifier = (typeof QUALIFIERS)[number];

/** Items grouped by one UTF-16 code unit of theirs, in the order given. */
function byCode<T>(items: readonly T[], code: (item: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const c = code(item);
    const list = map.get(c);
    if (list) list.push(item);
    else map.set(c, [item]);
  }
  return map;
}

/**
 * Qualifiers by their last character, longest first as in QUALIFIERS; units by their first. Keyed by
 * code: a captured unit is a fresh string that a string-keyed Map would hash anew every time.
 */
const QUALIFIERS_BY_END = byCode(QUALIFIERS, (q) => q.text.charCodeAt(q.text.length - 1));
const UNITS_BY_FIRST = byCode(UNITS, (u) => u.unit.charCodeAt(0));
function unitDef(unit: string): UnitDef {
  for (const u of UNITS_BY_FIRST.get(unit.charCodeAt(0)) ?? []) if (u.unit === unit) return u;
  throw new Error(`not a unit: ${unit}`);
}
const CN_DIGIT = /[一二两三四五六七八九]/;
const startsChinese = (numeral: string) => CN.includes(numeral.charAt(0));
const MASKED = /[Xx×*＊]/;
const masked = (token: string) => MASKED.test(token);
/** Chinese-numeral figures this close after an opening quote are slogans (“三优先”, “五个一百”). */
const SLOGAN_REACH = 16;
const MAX_SENTENCE = 400;

/** Where the pass over a block stands: the open sentence, quote and 《》 title. */
interface Cursor {
  sentence: number;
  quote: number;
  book: number;
}

function mark(c: Cursor, role: number, i: number): void {
  switch (role) {
    case SENTENCE_END:
      // Unbalanced quotes and 《 are common in OCR'd text: a sentence end closes them.
      c.sentence = i + 1;
      c.quote = -1;
      c.book = -1;
      break;
    case QUOTE_OPEN:
      c.quote = i;
      break;
    case QUOTE_CLOSE:
      c.quote = -1;
      break;
    case QUOTE_STRAIGHT:
      c.quote = c.quote < 0 ? i : -1;
      break;
    case BOOK_OPEN:
      c.book = i;
      break;
    case BOOK_CLOSE:
      c.book = -1;
      break;
  }
}

/**
 * Gives the figures found since `from` the sentence [start, end) they stand in, cut once: a figure's
 * sentence is only known when the pass reaches its end.
 */
function closeSentence(text: string, start: number, end: number, figures: Figure[], from: number): void {
  if (from === figures.length) return;
  const sentence = text.slice(start, end).trim();
  for (let k = from; k < figures.length; k++) {
    const f = figures[k]!;
    // A run-on block is one "sentence"; every figure copying all of it makes the result quadratic.
    f.sentence =
      sentence.length <= MAX_SENTENCE
        ? sentence
        : text.slice(Math.max(start, f.offset - MAX_SENTENCE / 2), Math.min(end, f.offset + f.raw.length + MAX_SENTENCE / 2)).trim();
  }
}

function qualifierBefore(text: string, at: number): Qualifier | null {
  for (const q of QUALIFIERS_BY_END.get(text.charCodeAt(at - 1)) ?? []) {
    const from = at - q.text.length;
    if (from < 0 || !text.startsWith(q.text, from)) continue;
    if (q.notAfter && from > 0 && q.notAfter.includes(text[from - 1]!)) continue;
    return q;
  }
  return null;
}

/** True when a number-shaped match with a number token is not a statistic (§2.3 and the formula rules). */
function excluded(text: string, g: Groups, at: number, end: number, qualified: boolean): boolean {
  const n = g.n!;
  const before = at > 0 ? text[at - 1]! : '';
  const after = text[end] ?? '';
  if (before === '第' || (at >= 2 && text.startsWith('连续', at - 2))) return true;
  // N次 before 被/受/获/荣 counts honours (两次被命名), a streak rather than a statistic.
  if (g.u === '次' && /[被受获荣]/.test(after)) return true;
  // 汇编(6篇), (精选5篇): the size of a compilation, not a claim.
  if (g.u === '篇' && (after === ')' || after === '）')) return true;
  if (!g.u && !g.pc && !(g.s && /[万亿]/.test(g.s))) return true;
  // Military unit codes (73051部) and graduating classes (2023届) look like counts.
  if ((g.u === '部' && /^\d{5,}$/.test(n)) || ((g.u === '届' || g.u === '期') && /^(?:19|20)\d\d$/.test(n))) return true;
  if (!startsChinese(n)) return false;

  const approx = Boolean(g.a1 || g.a2);
  // A Chinese numeral with a scale and no unit is an idiom (十万火急, 百万雄师), not a count.
  if (!g.u && !g.pc) return true;
  // 数十万, 几百, 上千: no number is claimed.
  if (/[数几上]/.test(before)) return true;
  // A bare 百/千/万 is a number only as an approximation (百余件, 超万人次); else 千家万户, 万人空巷.
  if (/^[百千万亿]+$/.test(n) && !approx && !qualified) return true;
  // 一 before a measure word is mostly the indefinite article (一批, 一个时期, 一对一).
  if (n === '一' && !approx && !g.s) return true;
  if (g.u && unitDef(g.u).arabicOnly) return true;
  if (g.u && FORMULA_CLASSIFIERS.has(g.u) && !approx && !g.s && !qualified && (parseNumeral(n) ?? 0) < 100) return true;
  // 四位一体, 一人带一户: a numeral right after the unit makes it a formula.
  return CN_DIGIT.test(after);
}

const joinWord = (words: string, word: string | undefined) => (!word ? words : words ? `${words}/${word}` : word);

/** Qualifier, approximation and postfix words as written, joined by "/"; "" when there are none. */
function modifiers(q: Qualifier | null, g: Groups): string {
  return joinWord(joinWord(joinWord(q?.text ?? '', g.a1), g.a2), g.p);
}

/** Fills value, unit, bound and kind of one accepted match into `f`; false when its number does not parse. */
function describe(g: Groups, q: Qualifier | null, f: Figure): boolean {
  if (g.lp) {
    f.unit = '%';
    f.masked = true;
    f.mask = '%';
    f.kind = 'percent';
    return true;
  }
  const token = g.pn ?? g.n!;
  f.masked = masked(token);
  if (!f.masked) {
    const first = parseNumeral(token + (g.s ?? g.s2 ?? ''));
    const second = g.n2 ? parseNumeral(g.n2 + (g.s2 ?? g.s ?? '')) : null;
    if (first === null || (g.n2 && second === null)) return false;
    f.value = second === null ? first : [first, second];
  }
  const bounding = q && q.text !== '各' ? q : null;
  if (g.n2 && !f.masked) f.bound = 'range';
  else if (bounding) f.bound = bounding.bound;
  else if (g.p) f.bound = POSTFIX_BOUND[g.p]!;
  else if (g.a1 || g.a2) f.bound = 'lower';
  const percent = Boolean(g.pn || g.pc);
  f.unit = percent ? '%' : (g.u ?? null);
  f.kind = percent ? 'percent' : g.u ? unitDef(g.u).kind : 'count';
  const scale = g.s ?? g.s2;
  if (scale) f.scale = scale;
  const words = modifiers(q, g);
  if (words) f.qualifier = words;
  if (f.masked) f.mask = g.pn ? `百分之${token}` : token + (g.s ?? '') + (g.pc ? '%' : '');
  return true;
}

/** Finds the statistics a report claims, with the sentence and section each one belongs to. */
export function findFigures(blocks: Block[], outline: OutlineEntry[], title: string): Figure[] {
  const heads = outline.filter((o) => !o.missing).sort((a, b) => a.block - b.block || a.offset - b.offset);
  const sections = { heads, next: 0 };
  const figures: Figure[] = [];
  for (let bi = 0; bi < blocks.length; bi++) scanBlock(blocks[bi]!.text, bi, title, sections, figures);
  return figures;
}

/** Headings in reading order and how many of them the scan has passed. */
interface Sections {
  heads: OutlineEntry[];
  next: number;
}

function sectionAt(s: Sections, block: number, offset: number): string | null {
  while (s.next < s.heads.length) {
    const head = s.heads[s.next]!;
    if (head.block > block || (head.block === block && head.offset > offset)) break;
    s.next++;
  }
  return s.next > 0 ? s.heads[s.next - 1]!.text : null;
}

/** The first index from `i` on whose character has a role; the text's length when there is none. */
function nextWithRole(text: string, i: number): number {
  while (i < text.length && ROLE[text.charCodeAt(i)] === 0) i++;
  return i;
}

/** One pass over a block: marks move the cursor, and the grammar is tried only where a number run can hold a figure. */
function scanBlock(text: string, bi: number, title: string, sections: Sections, figures: Figure[]): void {
  const cursor: Cursor = { sentence: 0, quote: -1, book: -1 };
  /** The first figure of the open sentence. */
  let open = figures.length;
  let titleAt: number | undefined;
  let runEnd = 0;
  /** No figure starts before this: the scan is inside the last match. */
  let free = 0;
  for (let i = nextWithRole(text, 0); i < text.length; i = nextWithRole(text, i + 1)) {
    const role = ROLE[text.charCodeAt(i)]!;
    if (role !== NUMBER_START) {
      if (role === SENTENCE_END) {
        closeSentence(text, cursor.sentence, i + 1, figures, open);
        open = figures.length;
      }
      mark(cursor, role, i);
      continue;
    }
    if (i < free) continue;
    if (i >= runEnd) {
      const e = figureRun(text, i);
      if (e < 0) {
        while (RUN[text.charCodeAt(i + 1)]) i++;
        continue;
      }
      runEnd = e;
    }
    FIGURE_UNNAMED.lastIndex = i;
    const m = FIGURE_UNNAMED.exec(text);
    if (!m) continue;
    const g = groupsOf(m);
    const at = i;
    const end = at + m[0].length;
    free = end;
    const q = g.lp ? null : qualifierBefore(text, at);
    if (g.n && excluded(text, g, at, end, Boolean(q && q.text !== '各'))) continue;
    const start = at - (q?.text.length ?? 0);

    if (cursor.book >= 0) continue;
    if (g.n && cursor.quote >= 0 && start - cursor.quote <= SLOGAN_REACH && startsChinese(g.n)) continue;
    if (title && titleAt === undefined) titleAt = text.indexOf(title);
    if (titleAt !== undefined && titleAt >= 0 && start >= titleAt && end <= titleAt + title.length) continue;

    const section = sectionAt(sections, bi, start);
    const f: Figure = { raw: text.slice(start, end), value: null, unit: null, bound: 'exact', masked: false, kind: 'count', sentence: '', section, block: bi, offset: start };
    if (describe(g, q, f)) figures.push(f);
  }
  closeSentence(text, cursor.sentence, text.length, figures, open);
}
