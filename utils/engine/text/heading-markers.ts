import { charClass, inClass, SENTENCE_END } from './char-class';
import { UNITS } from './figure-units';
import { isHan as isHanzi } from './normalise';

/**
 * Headings of Chinese reports at the level of text (chinese-text-rules.md §1.2–1.3): the marker forms,
 * the rank each form takes in the GB/T 9704 hierarchy, the values of the Chinese ordinals they count
 * with, and where a heading glued to its body ends.
 */

/** Rank of a marker form; lower is higher in the hierarchy. Ranks are turned into relative levels later. */
export const Rank = {
  part: 0, // 第X部分/章/编/篇 and a compilation's article titles
  section: 0.5, // 第X节
  chinese: 1, // 一、
  bracketChinese: 2, // （一）
  arabic: 3, // 1. 1、
  bracketArabic: 4, // （1）
  item: 5, // ① 1) A.
} as const;

const DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const DIGITS = '一二三四五六七八九';

/** 一…九十九 as heading ordinals are written; null for anything else (including 〇 and 两). */
export function chineseOrdinal(s: string): number | null {
  if (s.length === 1) return s === '十' ? 10 : (DIGIT[s] ?? null);
  const ten = s.indexOf('十');
  if (ten < 0 || s.indexOf('十', ten + 1) >= 0 || s.length > 3) return null;
  const tens = ten === 0 ? 1 : ten === 1 ? DIGIT[s[0]!] : undefined;
  const rest = s.slice(ten + 1);
  const units = rest === '' ? 0 : rest.length === 1 ? DIGIT[rest] : undefined;
  if (tens === undefined || units === undefined) return null;
  return tens * 10 + units;
}

/** The canonical spelling of 1…99, the inverse of chineseOrdinal. */
export function chineseNumeral(n: number): string {
  if (n < 1 || n > 99 || !Number.isInteger(n)) throw new RangeError(`no heading numeral for ${n}`);
  if (n < 10) return DIGITS[n - 1]!;
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return (tens === 1 ? '' : DIGITS[tens - 1]!) + '十' + (units ? DIGITS[units - 1]! : '');
}

export interface Marker {
  rank: number;
  value: number;
  /** The marker as written, without the spaces after it. */
  text: string;
  /** Index just past the marker and the spaces after it, where the heading text starts. */
  end: number;
}

const C = '[一二三四五六七八九十]{1,3}';
const N = '\\d{1,2}';
const SPACE = '[\\s\\u3000]*';
// A heading starts with a word, a quoted term or a book title, never with punctuation or a figure.
const HEADING_START = '(?=[\\p{sc=Han}A-Za-z“「『〝《"‘])';

/**
 * One marker at a heading position (sticky: set lastIndex first). Group order is the rank order:
 * 第X's numeral and unit, 一、, （一）, 1., （1）, ①, 1), A. — numbered, not named, because exec
 * builds a groups object for names, which doubled the cost of each marker found.
 * `(?!\d)` after the dot keeps 1.6万处 and 2.5% out; a bracket must hold a numeral, so (市、区) and
 * 兵(警)力 never match, and （一） takes no 、 after it (GB/T 15834).
 */
const MARKER = new RegExp(
  '(?:' +
    `第(${C}|\\d{1,2})(部分|章|编|篇|节)${SPACE}[:：、.．]?` +
    `|(${C})[、，,．.](?!\\d)` +
    `|[（(](${C})[)）](?![、，,])` +
    `|(${N})[.．、](?!\\d)` +
    `|[（(](${N})[)）]` +
    `|([①-⑳])|(${N})\\)|([A-Za-z])[.．](?![A-Za-z\\d])` +
    `)${SPACE}${HEADING_START}`,
  'uy',
);

/** The marker that starts at `at`, or null. */
export function markerAt(text: string, at: number): Marker | null {
  if (!mayStartMarker(text, at)) return null;
  MARKER.lastIndex = at;
  const m = MARKER.exec(text);
  if (!m) return null;
  const [written, part, unit, c1, c2, n3, n4, c5, n5, a5] = m;
  let rank: number;
  let value: number | null;
  if (part !== undefined) {
    rank = unit === '节' ? Rank.section : Rank.part;
    value = /\d/.test(part) ? Number(part) : chineseOrdinal(part);
  } else if (c1 !== undefined) [rank, value] = [Rank.chinese, chineseOrdinal(c1)];
  else if (c2 !== undefined) [rank, value] = [Rank.bracketChinese, chineseOrdinal(c2)];
  else if (n3 !== undefined) [rank, value] = [Rank.arabic, Number(n3)];
  else if (n4 !== undefined) [rank, value] = [Rank.bracketArabic, Number(n4)];
  else if (c5 !== undefined) [rank, value] = [Rank.item, c5.charCodeAt(0) - 0x245f];
  else if (n5 !== undefined) [rank, value] = [Rank.item, Number(n5)];
  else [rank, value] = [Rank.item, a5!.toUpperCase().charCodeAt(0) - 64];
  if (!value) return null;
  return { rank, value, text: written!.trimEnd(), end: at + written!.length };
}

/**
 * Whether MARKER may match at `at`, judged by the characters it needs around a numeral. Most places
 * callers ask about hold a word or a figure (一是, 2023年, X市) and a regex call costs far more than
 * this look; it must turn away nothing MARKER matches.
 */
function mayStartMarker(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (is(c, LETTER)) return is(text.charCodeAt(at + 1), DOT);
  if (is(c, ARABIC)) return is(afterRun(text, at, ARABIC, 2), AFTER_DIGITS);
  if (is(c, NUMERAL)) return is(afterRun(text, at, NUMERAL, 3), AFTER_NUMERAL);
  return is(c, BRACKET | MARKER_OPEN);
}

/** The code unit after the run of at most `max` characters of a class that starts at `at`. */
function afterRun(text: string, at: number, bit: number, max: number): number {
  let i = at + 1;
  while (i < at + max && is(text.charCodeAt(i), bit)) i++;
  return text.charCodeAt(i);
}

/**
 * Chinese-numeral markers anywhere in a run of text, for headings glued to a sentence that lost its
 * final punctuation (…的“X答卷一、高位推动…). These are only taken when the sibling sequence confirms them.
 * Group 1 holds the numeral of 一、, group 2 that of （一）.
 */
export const LOOSE_MARKER = new RegExp(`(${C})、${SPACE}${HEADING_START}|[（(](${C})[)）](?![、，,])${SPACE}${HEADING_START}`, 'gu');

/** Characters that make a following 一、 part of a word or a bigger number (统一、 第一、 十一、 万一、). */
export const WORD_BEFORE_NUMERAL = /[〇零一二两三四五六七八九十百千万亿第统唯之合同逐单专划均整归不如其初再每某星周]/;

/**
 * A level-1 marker that lost its 、 (…等工作。二倾力保障…): the numeral right after sentence-final
 * punctuation, not part of a longer numeral and not an inline enumerator or a counted noun (二是, 二者,
 * 三个). Only used where the neighbouring markers bracket it.
 */
export function bareNumeral(value: number): RegExp {
  return new RegExp(
    `[。！？!?][”’」』〞"]?${SPACE}(${chineseNumeral(value)})` +
      '(?![〇零两一二三四五六七八九十百千万是者个次位项年月日号名人种类条批等级届期轮倍成份方面点大])(?=\\p{sc=Han})',
    'gu',
  );
}

// ---------- words: what a heading is not, and where a glued one ends ----------

/** Inline enumerators used instead of headings (一是…, 第一，, 首先): never outline nodes. */
export const INLINE_ENUMERATOR = /^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,]|首先|其次|再次|最后)/;

/** Subject and time openers that start the body after a glued heading (§1.3 cut 3). */
export const OPENER = /我市|我省|我县|我区|全市|全省|市委|省委|近年来|多年来|今年以来|去年以来|一年来|驻[\p{sc=Han}A-Za-z]{1,6}?部队/uy;

/** Short lines that look like titles but are salutations, closings, metadata or site furniture (§1.6). */
export const NOT_HEADING =
  /^(?:尊敬的|各位|同志们|汇报完毕|谢谢|附件|附[:：]|来源|作者|编辑|责任编辑)|同志们[:：]?$|^[（(【[].*[)）】\]]$|^[\d\s年月日.\-/（()）]+$|关\s*键\s*词|下载|客服|相关推荐|评论|登录|注册|上一篇|下一篇/u;

/** A title line carries no counted figure (§1.4); "拥军广场58" is the first half of a hard wrap. */
export const TITLE_FIGURE = new RegExp(
  `\\d+(?:\\.\\d+)?\\s*[万亿千百]?(?:${[...UNITS.filter((u) => u.titles).map((u) => u.unit), '%', '％'].join('|')})`,
);

/** Article metadata under a title: "(2024年8月1日)". */
export const DATE_LINE = /^[（(]?\s*\d{4}\s*年[\d\s月日号]*[)）]?$/;

/** "提高站位强责任　全面加强双拥工作组织领导。" opening a paragraph (§1.4); sticky at the paragraph start. */
export const TWO_PART = /\p{sc=Han}{4,8}[\u3000 ]{1,2}\p{sc=Han}[^。！？!?]{6,30}。/uy;

/** A block starting like this continues the one before it, which therefore was no title. */
export const CONTINUATION = /^[，,。、；;：:)）”」』a-z个位名项次元万亿件条处家所座]/;

/** Lead sentences open with a verb (坚持, 全力, 开展); these openers start ordinary sentences. */
export const NOT_LEAD = /^(?:[这此其但而并即]|我市|我省|我县|我区|我们|全市|全省|全县|今年|去年|目前|同时|此外|另外|近年|多年)/;

/** The kinds of document a 文库 compilation gathers; an article title ends with one and its ordinal. */
const DOC_KIND = '总结|报告|汇报|材料|讲话稿|讲话|发言稿|发言|致辞|演讲稿|心得体会|体会|方案|计划|综述|简报|事迹|工作要点';

/**
 * An article title of a compilation with its ordinal (sticky): "双拥工作总结一", "2023年双拥工作总结二",
 * "小学生双拥工作总结范文3", "述职报告（二）". Group 1 is the title up to its kind, group 2 the kind,
 * group 3 a Chinese ordinal, 4 an Arabic one, 5 a bracketed one. The ordinal is neither part of a word
 * or a number (总结一下, 报告2023年) nor a heading marker (总结一、); a 一、 glued after it may follow.
 */
export const ARTICLE_TITLE = new RegExp(
  `((?:[\\p{sc=Han}A-Za-z\\d“”"《》—-]|[（(][^()（）]{1,8}[)）]){2,30}?(${DOC_KIND}))(?:范文|篇|之)?` +
    '(?:([一二三四五六七八九十]{1,3}?)(?=[一二三四五六七八九十]{1,3}、|(?![〇零两一二三四五六七八九十百千万、，,.．:：是者个次位项年月日号名人种类条批等级届期轮倍成份方面点大下些定直起步般致同样]))' +
    '|(\\d{1,2})(?![\\d.．、%％万亿千百年月日号个次人名元xX×*＊])|[（(]([一二三四五六七八九十]{1,3}|\\d{1,2})[)）])',
  'uy',
);

/** What ends a compilation's own title when an article title is glued after it ("…汇编双拥工作总结一"). */
export const COMPILATION_HEAD = /^.*(?:汇编|合集|大全|精选|[（(][^()（）]{0,6}篇[)）])/u;

/** A lead clause opening a paragraph (sticky): 4–9 hanzi, then 。 or ，. */
export const LEAD_CLAUSE = /(\p{sc=Han}{4,9})[。，,]/uy;

/** Clauses that set a time, a place or a topic ("一直以来", "在市委领导下", "工作方面") lead no paragraph. */
export const NOT_LEAD_TAIL =
  /^(?:与此同时|一直以来|长期以来|总的来看|总体来看|截至目前|在|为了|通过|按照|根据|围绕|针对|随着|对于|经过|由于)|(?:以来|期间|方面|来看|而言|之后|以后|之际|当中|下|中|时)$/;

/**
 * A title line in two parts set apart by an ideographic space ("抓统筹　强保障", "一是强化组织领导　二是健全
 * 工作机制"), three parts at most: the lead clauses of its paragraphs are its sub-headings.
 */
export const TWO_PART_LINE =
  /^\p{sc=Han}{3,14}(?:[ \u3000]*\u3000[ \u3000]*| {2,})\p{sc=Han}{3,14}(?:(?:[ \u3000]*\u3000[ \u3000]*| {2,})\p{sc=Han}{3,14})?$/u;

/** A title that names a compilation: its unnumbered section titles are its articles. */
export const COMPILATION_TITLE = /汇编|[(（]\d+篇[)）]/;

// ---------- character classes ----------

// The helpers below run per character: each class is a bit of the shared character table.
export const SPACE_CH = charClass('\u00a0\u3000', [0, 32]);
export const ENDER = SENTENCE_END;
export const OPEN_QUOTE = charClass('“「『〝‘');
export const CLOSE_QUOTE = charClass('”」』〞’"');
export const CLAUSE_BREAK = charClass('，,。；;！？!?');
const TRAILING = charClass('。！？!?；;，,、：:.．…');
export const OPENER_FIRST = charClass('我全市省近多今去一驻');
const ARABIC = charClass('0123456789');
const NUMERAL = charClass('一二三四五六七八九十');
const LETTER = charClass('', [0x41, 0x5a], [0x61, 0x7a]);
const BRACKET = charClass('（(');
/** 第 and ①–⑳: the other characters a marker can start with. */
const MARKER_OPEN = charClass('第', [0x2460, 0x2473]);
const DOT = charClass('.．');
/** What MARKER allows right after the Arabic digits of a marker (1. 1、 1)) … */
const AFTER_DIGITS = charClass('.．、)');
/** … and after the Chinese numerals (一、 一，一.). */
const AFTER_NUMERAL = charClass('、，,．.');

/** Whether a code unit is in a class; NaN, read past the end of a text, is in none. */
export const is = inClass;

/**
 * Hanzi as the outline counts them: the unified ranges and 〇. A range test, not a table bit: marking
 * 28,000 code units at start-up cost the content script ~1.5 ms on every page.
 */
export const isHan = (c: number) => isHanzi(c) || c === 0x3007;
export const isSpace = (c: number) => is(c, SPACE_CH);

export function hanIn(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (isHan(text.charCodeAt(i))) n++;
  return n;
}
export const hanCount = (s: string) => hanIn(s, 0, s.length);

/** Index of the first character that is not a space. */
export function firstChar(text: string): number {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Where clean(text.slice(from, to)) lies in text. */
export function cleanSpan(text: string, from: number, to: number): [number, number] {
  let a = from;
  let e = to;
  while (a < e && isSpace(text.charCodeAt(a))) a++;
  while (e > a && is(text.charCodeAt(e - 1), SPACE_CH | TRAILING)) e--;
  return [a, e];
}

/** The text without surrounding spaces and without trailing punctuation. */
export function clean(s: string): string {
  const [a, e] = cleanSpan(s, 0, s.length);
  return s.slice(a, e);
}

/** A "1." or "（一）" glued to the text before it (…双拥领域不断拓展1.亲切走访部队…), not part of a number. */
export function gluedMarker(text: string, at: number): boolean {
  // At the start of the text there is nothing to be glued to.
  if (at === 0 || !is(text.charCodeAt(at), ARABIC | BRACKET) || is(text.charCodeAt(at - 1), ARABIC | DOT)) return false;
  const mk = markerAt(text, at);
  return mk !== null && mk.rank > Rank.chinese;
}
