import { UNITS } from '../../text/figure-units';
import { parseNumeral } from '../../text/numerals';
import type { Figure } from '../../types';
import { masked } from './exclude';
import { ARABIC, CHINESE, MASK, unitAlternation } from './grammar';

/**
 * A streak (chinese-text-rules.md §2.3, the exception to durations): 连续 + a number + a length of
 * time or an event that repeats, from the one unit table: 连续11年, 连续九次, 连续三届, 连续5个季度,
 * 连续XX年 (masked), 连续十余年 (a floor). 连续多年 and 连续几届 claim no number.
 */
const STREAK_UNITS = UNITS.filter((u) => u.duration || u.repeats);
const STREAK = new RegExp(`(${MASK}|${ARABIC}|${CHINESE})([余多])?(${unitAlternation(STREAK_UNITS)})(以上)?`, 'y');
const LEAD = '连续';

/** True when the number that starts at `at` follows 连续. */
export const afterStreakWord = (text: string, at: number): boolean => at >= LEAD.length && text.startsWith(LEAD, at - LEAD.length);

/** The streak whose number starts at `at`, right after 连续, as a count figure; null when there is none. */
export function streakAt(text: string, at: number, base: Pick<Figure, 'section' | 'block'>): Figure | null {
  STREAK.lastIndex = at;
  const m = STREAK.exec(text);
  if (!m) return null;
  const [whole, token, approx, unit, above] = m as unknown as [string, string, string | undefined, string, string | undefined];
  const isMasked = masked(token);
  const value = isMasked ? null : parseNumeral(token);
  if (!isMasked && value === null) return null;
  const start = at - LEAD.length;
  const f: Figure = {
    raw: text.slice(start, at + whole.length),
    value,
    unit,
    bound: approx || above ? 'lower' : 'exact',
    qualifier: [LEAD, approx, above].filter(Boolean).join('/'),
    masked: isMasked,
    kind: 'count',
    sentence: '',
    section: base.section,
    block: base.block,
    offset: start,
  };
  if (isMasked) f.mask = token;
  return f;
}
