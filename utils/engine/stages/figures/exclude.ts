import { QUALIFIERS, UNITS, type UnitDef } from '../../text/figure-units';
import { parseNumeral } from '../../text/numerals';
import * as grammar from './grammar';
import type { Groups } from './grammar';

/** Read once: an imported binding is a getter call per read where this runs as CommonJS (tsx). */
const { CN } = grammar;

export type Qualifier = (typeof QUALIFIERS)[number];

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
export function unitDef(unit: string): UnitDef {
  for (const u of UNITS_BY_FIRST.get(unit.charCodeAt(0)) ?? []) if (u.unit === unit) return u;
  throw new Error(`not a unit: ${unit}`);
}
const CN_DIGIT = /[一二两三四五六七八九]/;
export const startsChinese = (numeral: string) => CN.includes(numeral.charAt(0));
const MASKED = /[Xx×*＊]/;
export const masked = (token: string) => MASKED.test(token);

export function qualifierBefore(text: string, at: number): Qualifier | null {
  for (const q of QUALIFIERS_BY_END.get(text.charCodeAt(at - 1)) ?? []) {
    const from = at - q.text.length;
    if (from < 0 || !text.startsWith(q.text, from)) continue;
    if (q.notAfter && from > 0 && q.notAfter.includes(text[from - 1]!)) continue;
    return q;
  }
  return null;
}

/** True when a number-shaped match with a number token is not a statistic (§2.3 and the formula rules). */
export function excluded(text: string, g: Groups, at: number, end: number, qualified: boolean): boolean {
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
  if (g.u && unitDef(g.u).formula && !approx && !g.s && !qualified && (parseNumeral(n) ?? 0) < 100) return true;
  // 四位一体, 一人带一户: a numeral right after the unit makes it a formula.
  return CN_DIGIT.test(after);
}
