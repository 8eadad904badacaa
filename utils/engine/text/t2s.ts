/**
 * Traditional → simplified for mirrors of simplified originals (issue 14): OpenCC's own tables
 * (opencc-js), which the engine does not import: an analysis asks for them (engine/parts.ts) where the
 * text is in traditional script and conversion is on.
 */
import { charClass, classesOf } from './char-class';

export type T2sFrom = 't' | 'tw' | 'hk';
export type ToSimplified = (from: T2sFrom) => (text: string) => string;

/**
 * Common characters that exist only in traditional script (OpenCC's t2s changes each of them). A page whose
 * hanzi hold enough of them is in traditional script; OpenCC is not needed to tell.
 */
const TRADITIONAL_CHARS =
  '們這個國說為會來對時過發經與產從動實現關點種開問題進區應當體員幾務書業長學機將無還義東級麼樣見間記總傳邊頭組織參師團場報導' +
  '聯繫領華處變議設計質電歷運選網貢線觀響證據辦認類賽興錢聽萬億養權勢兩歲戰爭環節親職資誰鄉縣軍擁黨紀監檢優屬鬥廣費隊衛醫療護' +
  '農專達標準給讓買賣輕熱園風飛馬魚鳥龍門車兒語讀寫課論強積極術識創塊顯壓號協調鎮穩';
/** The traditional-only forms, and every hanzi of the basic block (they among them): one table read per character (char-class.ts). */
const TRADITIONAL = charClass(TRADITIONAL_CHARS);
const HAN = charClass(TRADITIONAL_CHARS, [0x4e00, 0x9fff]);

/** Hanzi a page needs before its script is judged, and the most that are read: a mirror is traditional throughout. */
const ENOUGH_HAN = 200;
const SAMPLE_HAN = 20_000;

/** Share of a text's hanzi (its first SAMPLE_HAN) that are traditional-only forms; NaN when it has too few. */
export function traditionalShare(text: string): number {
  let han = 0;
  let trad = 0;
  for (let i = 0; i < text.length && han < SAMPLE_HAN; i++) {
    const k = classesOf(text.charCodeAt(i), HAN | TRADITIONAL);
    if (!k) continue;
    han++;
    if (k & TRADITIONAL) trad++;
  }
  return han >= ENOUGH_HAN ? trad / han : NaN;
}

/** Traditional text: about one hanzi in six of a traditional report is in the list; simplified text has none. */
export const TRADITIONAL_SHARE = 0.05;

export const isTraditional = (text: string): boolean => traditionalShare(text) >= TRADITIONAL_SHARE;

/** Terms of mainland administration and politics, in traditional script: a Taiwan or Hong Kong page seldom holds three. */
const MAINLAND = [
  '雙擁',
  '擁軍優屬',
  '黨委',
  '黨支部',
  '黨組',
  '縣委',
  '鄉村振興',
  '人民政府',
  '退役軍人',
  '紀檢監察',
  '精準扶貧',
  '從嚴治黨',
  '黨史學習',
  '基層黨組織',
  '高質量發展',
  '新時代',
  '黨員幹部',
  '社會主義核心價值觀',
  '軍民融合',
  '人民群眾',
];

export const mainlandTerms = (text: string): string[] => MAINLAND.filter((t) => text.includes(t));

export interface MirrorEvidence {
  /** The page is on a known document or 范文 host. */
  host: boolean;
  /** Pinyin annotations removed from it. */
  pinyin: number;
  /** Mainland terms it holds. */
  terms: string[];
}

/** Why a traditional page is taken for a mirror of a simplified original; empty when it is not one. */
export function mirrorReasons(e: MirrorEvidence): string[] {
  const out: string[] = [];
  if (e.host) out.push('document host');
  if (e.pinyin >= 3) out.push(`${e.pinyin} pinyin annotations`);
  if (e.terms.length >= 3) out.push(`mainland terms ${e.terms.slice(0, 3).join('、')}`);
  return out;
}

/** OpenCC's source variant for a page: its declared language, else generic traditional (OpenCC's t2s). */
export function t2sFrom(lang: string): T2sFrom {
  const l = lang.toLowerCase();
  if (/-(tw|hant-tw)\b/.test(l)) return 'tw';
  if (/-(hk|mo|hant-hk)\b/.test(l)) return 'hk';
  return 't';
}
