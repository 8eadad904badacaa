import * as chars from '../../text/char-class';
import type { Block, Figure, OutlineEntry } from '../../types';
import * as describing from './describe';
import * as excluding from './exclude';
import * as grammar from './grammar';
import * as marks from './marks';
import type { Cursor } from './marks';
import * as streaking from './streaks';

export { FIGURE, figureRun } from './grammar';

// The scan's tables and steps as module constants: where the engine runs as CommonJS (tsx: the extract
// command, bench, tests) every read of an imported binding is a getter call, which doubled the scan's time.
const { inClass } = chars;
const { describe } = describing;
const { excluded, qualifierBefore, startsChinese } = excluding;
const { FIGURE_UNNAMED, RUN, figureRun, groupsOf } = grammar;
const { NUMBER_START, SENTENCE_END, closeSentence, mark, nextWithRole, roleOf } = marks;
const { afterStreakWord, streakAt } = streaking;

/** Chinese-numeral figures this close after an opening quote are slogans (“三优先”, “五个一百”). */
const SLOGAN_REACH = 16;

export interface FigureOptions {
  /**
   * Also list streaks (连续11年, 连续九次荣膺) as count figures. Off by default: chinese-text-rules.md
   * §2.3 makes them borderline, and the gold figures leave them out (连续XX年开展, 连续五次获得).
   */
  streaks?: boolean;
}

/** Below this OCR confidence a block's figures are flagged: PP-OCR's misread lines mostly score under it. */
const LOW_CONFIDENCE = 0.9;

/** Finds the statistics a report claims, with the sentence and section each one belongs to. */
export function findFigures(blocks: Block[], outline: OutlineEntry[], title: string, options: FigureOptions = {}): Figure[] {
  const heads = outline.filter((o) => !o.missing).sort((a, b) => a.block - b.block || a.offset - b.offset);
  const sections = { heads, next: 0 };
  const figures: Figure[] = [];
  const streaks = options.streaks ?? false;
  for (let bi = 0; bi < blocks.length; bi++) scanBlock(blocks[bi]!.text, bi, title, sections, figures, streaks);
  for (const f of figures) if ((blocks[f.block]?.confidence ?? 1) < LOW_CONFIDENCE) f.lowConfidence = true;
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

/** One pass over a block: marks move the cursor, and the grammar is tried only where a number run can hold a figure. */
function scanBlock(text: string, bi: number, title: string, sections: Sections, figures: Figure[], streaks: boolean): void {
  const cursor: Cursor = { sentence: 0, quote: -1, book: -1 };
  /** The first figure of the open sentence. */
  let open = figures.length;
  let titleAt: number | undefined;
  /** True when [start, end) lies inside a copy of the title in this block. */
  const insideTitle = (start: number, end = start + 1): boolean => {
    if (title && titleAt === undefined) titleAt = text.indexOf(title);
    return titleAt !== undefined && titleAt >= 0 && start >= titleAt && end <= titleAt + title.length;
  };
  let runEnd = 0;
  /** No figure starts before this: the scan is inside the last match. */
  let free = 0;
  for (let i = nextWithRole(text, 0); i < text.length; i = nextWithRole(text, i + 1)) {
    const role = roleOf(text.charCodeAt(i));
    if (role !== NUMBER_START) {
      if (role === SENTENCE_END) {
        closeSentence(text, cursor.sentence, i + 1, figures, open);
        open = figures.length;
      }
      mark(cursor, role, i);
      continue;
    }
    if (i < free) continue;
    // A number after 连续 is the length of a streak, never a plain count (连续五年投入: 五年 is no figure).
    if (afterStreakWord(text, i)) {
      const f =
        streaks && cursor.book < 0 && !insideTitle(i - 2)
          ? streakAt(text, i, { section: sectionAt(sections, bi, i - 2), block: bi })
          : null;
      if (f) {
        figures.push(f);
        free = f.offset + f.raw.length;
      }
      continue;
    }
    if (i >= runEnd) {
      const e = figureRun(text, i);
      if (e < 0) {
        while (inClass(text.charCodeAt(i + 1), RUN)) i++;
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
    if (insideTitle(start, end)) continue;

    const section = sectionAt(sections, bi, start);
    const f: Figure = {
      raw: text.slice(start, end),
      value: null,
      unit: null,
      bound: 'exact',
      masked: false,
      kind: 'count',
      sentence: '',
      section,
      block: bi,
      offset: start,
    };
    if (describe(g, q, f)) figures.push(f);
  }
  closeSentence(text, cursor.sentence, text.length, figures, open);
}
