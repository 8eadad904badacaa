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
const OPENS = new Uint8Array(0x10000);
for (const ch of `0123456789０１２３４５６７８９Xx×*＊%％${CN}`) OPENS[ch.charCodeAt(0)] = 1;
/** Characters a number (with its scale) is made of. */
const RUN = new Uint8Array(0x10000);
for (const ch of `0123456789０１２３４５６７８９Xx×*＊,.．点${CN}`) RUN[ch.charCodeAt(0)] = 1;
/**
 * What can follow a number's run in a figure: a unit (past any numeral it starts with, 千米), an
 * approximation, a range, a percent sign, the 分 of 百分之. A run without one of these after it and
 * without 万/亿 in it holds no figure, which is most numerals in prose (一些, 一般, 三是).
 */
const TAILS = new Uint8Array(0x10000);
for (const u of UNITS) TAILS[u.unit.replace(new RegExp(`^[${CN}]+`), '').charCodeAt(0)] = 1;
for (const ch of '余多几来-~～—–至到%％分') TAILS[ch.charCodeAt(0)] = 1;

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
const QUALIFIER_ENDS = new Set(QUALIFIERS.map((q) => q.text[q.text.length - 1]!));
const UNIT_DEF = new Map<string, UnitDef>(UNITS.map((u) => [u.unit, u]));
const TERMINATOR = /[。！？；!?;\n]/g;
const CN_DIGIT = /[一二两三四五六七八九]/;
const MASKED = /[Xx×*＊]/;
const STARTS_CHINESE = new RegExp(`^[${CN}]`);
/** Chinese-numeral figures this close after an opening quote are slogans (“三优先”, “五个一百”). */
const SLOGAN_REACH = 16;
const MAX_SENTENCE = 400;

type Qualifier = (typeof QUALIFIERS)[number];
type Groups = Partial<Record<'pn' | 'n' | 'a1' | 's' | 'a2' | 'n2' | 's2' | 'u' | 'p' | 'pc' | 'lp', string>>;

/** How far the reading of a block has got: the open sentence, quote and 《》 title. */
interface Cursor {
  at: number;
  sentence: number;
  sentenceEnd: number;
  quote: number;
  book: number;
}

function advance(text: string, c: Cursor, to: number): void {
  for (let i = c.at; i < to; i++) {
    switch (text.charCodeAt(i)) {
      case 0x3002: case 0xff01: case 0xff1f: case 0xff1b: case 0x21: case 0x3f: case 0x3b: case 0x0a:
        // Unbalanced quotes and 《 are common in OCR'd text: a sentence end closes them.
        c.sentence = i + 1;
        c.quote = -1;
        c.book = -1;
        break;
      case 0x201c: case 0x301d: case 0x300c: case 0x300e:
        c.quote = i;
        break;
      case 0x201d: case 0x301e: case 0x300d: case 0x300f:
        c.quote = -1;
        break;
      case 0x22:
        c.quote = c.quote < 0 ? i : -1;
        break;
      case 0x300a:
        c.book = i;
        break;
      case 0x300b:
        c.book = -1;
        break;
    }
  }
  if (to > c.at) c.at = to;
}

function qualifierBefore(text: string, at: number): Qualifier | null {
  if (at === 0 || !QUALIFIER_ENDS.has(text[at - 1]!)) return null;
  for (const q of QUALIFIERS) {
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
  if ((/^\d{5,}$/.test(n) && g.u === '部') || (/^(?:19|20)\d\d$/.test(n) && (g.u === '届' || g.u === '期'))) return true;
  if (!STARTS_CHINESE.test(n)) return false;

  const approx = Boolean(g.a1 || g.a2);
  // A Chinese numeral with a scale and no unit is an idiom (十万火急, 百万雄师), not a count.
  if (!g.u && !g.pc) return true;
  // 数十万, 几百, 上千: no number is claimed.
  if (/[数几上]/.test(before)) return true;
  // A bare 百/千/万 is a number only as an approximation (百余件, 超万人次); else 千家万户, 万人空巷.
  if (/^[百千万亿]+$/.test(n) && !approx && !qualified) return true;
  // 一 before a measure word is mostly the indefinite article (一批, 一个时期, 一对一).
  if (n === '一' && !approx && !g.s) return true;
  if (g.u && UNIT_DEF.get(g.u)?.arabicOnly) return true;
  if (g.u && FORMULA_CLASSIFIERS.has(g.u) && !approx && !g.s && !qualified && (parseNumeral(n) ?? 0) < 100) return true;
  // 四位一体, 一人带一户: a numeral right after the unit makes it a formula.
  return CN_DIGIT.test(after);
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
  f.masked = MASKED.test(token);
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
  f.kind = percent ? 'percent' : g.u ? UNIT_DEF.get(g.u)!.kind : 'count';
  const scale = g.s ?? g.s2;
  if (scale) f.scale = scale;
  const modifiers = [q?.text, g.a1, g.a2, g.p].filter(Boolean);
  if (modifiers.length) f.qualifier = modifiers.join('/');
  if (f.masked) f.mask = g.pn ? `百分之${token}` : token + (g.s ?? '') + (g.pc ? '%' : '');
  return true;
}

/** Finds the statistics a report claims, with the sentence and section each one belongs to. */
export function findFigures(blocks: Block[], outline: OutlineEntry[], title: string): Figure[] {
  const heads = outline.filter((o) => !o.missing).sort((a, b) => a.block - b.block || a.offset - b.offset);
  let head = -1;
  const figures: Figure[] = [];
  blocks.forEach((block, bi) => {
    const text = block.text;
    const cursor: Cursor = { at: 0, sentence: 0, sentenceEnd: -1, quote: -1, book: -1 };
    let titleAt: number | undefined;
    let sentence = '';
    let sentenceStart = -1;
    let runEnd = 0;
    for (let i = 0; i < text.length; i++) {
      if (!OPENS[text.charCodeAt(i)]) continue;
      if (i >= runEnd) {
        const e = figureRun(text, i);
        if (e < 0) {
          while (RUN[text.charCodeAt(i + 1)]) i++;
          continue;
        }
        runEnd = e;
      }
      FIGURE.lastIndex = i;
      const m = FIGURE.exec(text);
      if (!m) continue;
      const g = m.groups as Groups;
      const at = i;
      const end = at + m[0].length;
      i = end - 1;
      const q = g.lp ? null : qualifierBefore(text, at);
      if (g.n && excluded(text, g, at, end, Boolean(q && q.text !== '各'))) continue;
      const start = at - (q?.text.length ?? 0);

      advance(text, cursor, start);
      if (cursor.book >= 0) continue;
      if (g.n && cursor.quote >= 0 && start - cursor.quote <= SLOGAN_REACH && STARTS_CHINESE.test(g.n)) continue;
      if (title && titleAt === undefined) titleAt = text.indexOf(title);
      if (titleAt !== undefined && titleAt >= 0 && start >= titleAt && end <= titleAt + title.length) continue;

      if (end > cursor.sentenceEnd) {
        TERMINATOR.lastIndex = end;
        const t = TERMINATOR.exec(text);
        cursor.sentenceEnd = t ? t.index + 1 : text.length;
        sentenceStart = -1;
      }
      if (cursor.sentence !== sentenceStart) {
        sentenceStart = cursor.sentence;
        sentence = text.slice(sentenceStart, cursor.sentenceEnd).trim();
      }
      // A run-on block is one "sentence"; every figure copying all of it makes the result quadratic.
      const shown =
        sentence.length <= MAX_SENTENCE
          ? sentence
          : text.slice(Math.max(sentenceStart, start - MAX_SENTENCE / 2), Math.min(cursor.sentenceEnd, end + MAX_SENTENCE / 2)).trim();
      while (head + 1 < heads.length) {
        const next = heads[head + 1]!;
        if (next.block > bi || (next.block === bi && next.offset > start)) break;
        head++;
      }
      const section = head >= 0 ? heads[head]!.text : null;
      const raw = text.slice(start, end);
      const f: Figure = { raw, value: null, unit: null, bound: 'exact', masked: false, kind: 'count', sentence: shown, section, block: bi, offset: start };
      if (describe(g, q, f)) figures.push(f);
    }
  });
  return figures;
}
