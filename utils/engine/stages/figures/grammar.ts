import * as chars from '../../text/char-class';
import { UNITS, type UnitDef } from '../../text/figure-units';

/** Read once: an imported binding is a getter call per read where this runs as CommonJS (tsx). */
const { charClass, inClass } = chars;

// The figure grammar of chinese-text-rules.md §2.2 as one sticky regex, tried only where a number can
// begin, so a 100k-character report costs one cheap scan: [qualifier] NUMBER [余多几来] [SCALE] [余多几来]
// [-B] ((UNIT | %) [左右…] | after a 万/亿 scale, nothing). Qualifiers and exclusions are checked in code
// on the few matches, where the context is at hand.
export const D = '[0-9０-９]';
export const CN = '零〇一二两三四五六七八九十百千万亿';
export const ARABIC = `${D}{1,3}(?:,${D}{3})+(?!${D})(?:[.．]${D}+)?|${D}+(?:[.．]${D}+)?`;
export const MASK = `(?:${D}{1,4}[Xx]{1,5}|[Xx×]{1,6}|[*＊]{1,6})(?:[.．](?:[Xx×]{1,3}|[*＊]{1,3}|${D}{1,3}))?(?![A-Za-z])`;
export const CHINESE = `[${CN}]+(?:点[零〇一二三四五六七八九]+)?`;
const NUMBER = `(?<![0-9０-９.．A-Za-z×*＊])(?:${MASK}|${ARABIC})|(?<![${CN}点])${CHINESE}`;
export const SCALE = '十万|百万|千万|万亿|[十百万亿]|千(?![米克瓦])';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * The units of UNITS as one alternation, longest first. A unit is not taken where a duration of the
 * table starts with it (个 of 3个月, 3个季度, 3个多月, 3个半小时), besides its own notBefore words.
 */
export function unitAlternation(units: readonly UnitDef[]): string {
  const durations = UNITS.filter((d) => d.duration);
  return [...units]
    .sort((a, b) => b.unit.length - a.unit.length)
    .map((u) => {
      const longer = u.duration ? [] : durations.filter((d) => d.unit.length > u.unit.length && d.unit.startsWith(u.unit));
      const not = [u.notBefore, ...longer.map((d) => `[多余半]?${escape(d.unit.slice(u.unit.length))}`)].filter(Boolean).join('|');
      return escape(u.unit) + (not ? `(?!${not})` : '');
    })
    .join('|');
}
/** Units that make a count on their own: every unit but the durations. */
export const COUNT_UNITS = UNITS.filter((u) => !u.duration);
const UNIT = unitAlternation(COUNT_UNITS);
/** What may follow a figure's unit to bound it: 左右, 以上, 以下, and 上下 ending a clause. */
const POSTFIX = '左右|以上|以下|上下(?=[，。,;；、）)!?！？]|$)';
export const FIGURE = new RegExp(
  `百分之(?<pn>${MASK}|${ARABIC}|[零〇一二两三四五六七八九十百点]+)(?<pp>${POSTFIX})?` +
    `|(?<n>${NUMBER})(?<a1>[余多几来])?(?<s>${SCALE})?(?<a2>[余多几来])?` +
    `(?:[-~～—–至到](?<n2>${ARABIC}|${CHINESE})(?<s2>${SCALE})?)?` +
    `(?:(?:(?<u>${UNIT})|(?<pc>[%％]))(?<p>${POSTFIX})?|(?<=[万亿][余多]?)(?![0-9０-９A-Za-z%％]))` +
    `|(?<lp>(?<=[\\u4e00-\\u9fff])[%％])`,
  'y',
);
export type GroupName = 'pn' | 'pp' | 'n' | 'a1' | 's' | 'a2' | 'n2' | 's2' | 'u' | 'p' | 'pc' | 'lp';
export type Groups = Partial<Record<GroupName, string>>;
/**
 * FIGURE without its group names, for the scan: a match with named groups builds a dictionary-mode
 * `groups` object that costs more than the match and is slow to read.
 */
export const FIGURE_UNNAMED = new RegExp(FIGURE.source.replace(/\(\?<\w+>/g, '('), 'y');
const GROUP_NAMES = [...FIGURE.source.matchAll(/\(\?<(\w+)>/g)].map((m) => m[1] as GroupName);
const AT = Object.fromEntries(GROUP_NAMES.map((name, i) => [name, i + 1])) as Record<GroupName, number>;

/** The groups of a FIGURE_UNNAMED match, as one plain object of the same shape for every match. */
export function groupsOf(m: RegExpExecArray): Groups {
  return {
    pn: m[AT.pn],
    pp: m[AT.pp],
    n: m[AT.n],
    a1: m[AT.a1],
    s: m[AT.s],
    a2: m[AT.a2],
    n2: m[AT.n2],
    s2: m[AT.s2],
    u: m[AT.u],
    // 百分之十五以上 bounds its percent as 15%以上 does.
    p: m[AT.p] ?? m[AT.pp],
    pc: m[AT.pc],
    lp: m[AT.lp],
  };
}

/** Characters a number (with its scale) is made of. */
export const RUN = charClass(`0123456789０１２３４５６７８９Xx×*＊,.．点${CN}`);
/**
 * What can follow a number's run in a figure: a unit (past any numeral it starts with, 千米), an
 * approximation, a range, a percent sign, the 分 of 百分之. A run without one of these after it and
 * without 万/亿 in it holds no figure, which is most numerals in prose (一些, 一般, 三是).
 */
const TAILS = charClass(COUNT_UNITS.map((u) => u.unit.replace(new RegExp(`^[${CN}]+`), '').charAt(0)).join('') + '余多几来-~～—–至到%％分');

/** End of the run of number characters that starts at `i`, or -1 when no figure can start in it. */
export function figureRun(text: string, i: number): number {
  let e = i;
  let scaled = false;
  for (; e < text.length; e++) {
    const c = text.charCodeAt(e);
    if (!inClass(c, RUN)) break;
    if (c === 0x4e07 || c === 0x4ebf) scaled = true;
  }
  return scaled || e === i || inClass(text.charCodeAt(e), TAILS) ? e : -1;
}
