/**
 * Text drawn on canvases, back in reading order: the runs a page drew (a character or a few at a time,
 * in any order) become lines by baseline, lines become paragraphs by the breaks a reader sees (a short
 * line, an indented start, a change of face or size, a wider gap), and a paragraph a page break cut is
 * joined again. Positions are the canvas's own pixels, y on the alphabetic baseline.
 */

export interface DrawnRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  bold: boolean;
}

export interface DrawnBlock {
  text: string;
  bold: boolean;
  /** Where the block starts on its page (top of its first line) and the column it fills, in canvas pixels. */
  box: { left: number; top: number; width: number; size: number; indent: number; lineHeight: number };
}

interface Line {
  text: string;
  y: number;
  size: number;
  left: number;
  right: number;
  bold: boolean;
  /** Holds a gap wider than a character or two: a table's row, a form's fields. Never runs on. */
  columns: boolean;
}

const LATIN_END = /[A-Za-z0-9,.;:!?'")\]]$/;
const LATIN_START = /^[A-Za-z0-9'"(\[]/;
const CJK_END = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]$/;
const CJK_START = /^[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** A space between two pieces of text a gap apart, as a reader would see one. */
function spaced(before: string, after: string, gap: number, size: number): boolean {
  if (/\s$/.test(before) || /^\s/.test(after)) return false;
  // Hanzi sit edge to edge even when spaced out; only a gap of a whole character (a table's columns, a
  // spaced title) parts two of them.
  const cjk = CJK_END.test(before) && CJK_START.test(after);
  return gap > (cjk ? 0.9 : 0.2) * size;
}

/** Lines joined inside a paragraph: Latin words wrap at a space, hanzi at any character. */
const joinLines = (a: string, b: string) => (LATIN_END.test(a) && LATIN_START.test(b) ? `${a} ${b}` : a + b);

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : 0;
}

const quantile = (values: number[], q: number) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(q * (s.length - 1))] ?? 0;
};

/** The page's lines, top to bottom; one call drawing the same text twice (fill, then stroke) counts once. */
function linesOf(runs: readonly DrawnRun[]): Line[] {
  const seen = new Set<string>();
  const unique = runs.filter((r) => {
    const key = `${r.text}\u0000${Math.round(r.x * 2)}\u0000${Math.round(r.y * 2)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return r.text !== '';
  });
  unique.sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: DrawnRun[][] = [];
  for (const r of unique) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(r.y - g[0]!.y) <= 0.35 * Math.min(r.size, g[0]!.size)) g.push(r);
    else groups.push([r]);
  }
  return groups
    .map((g) => {
      g.sort((a, b) => a.x - b.x);
      let text = '';
      let end = g[0]!.x;
      let columns = false;
      for (const r of g) {
        if (text && r.x - end > 1.5 * r.size) columns = true;
        if (text && spaced(text, r.text, r.x - end, r.size)) text += ' ';
        text += r.text;
        end = Math.max(end, r.x + r.width);
      }
      const inked = g.filter((r) => r.text.trim());
      return {
        text: text.replace(/\s+/g, ' ').trim(),
        y: median(g.map((r) => r.y)),
        size: Math.max(...g.map((r) => r.size)),
        left: (inked[0] ?? g[0]!).x,
        right: inked.length ? Math.max(...inked.map((r) => r.x + r.width)) : end,
        bold: inked.length > 0 && inked.every((r) => r.bold),
        columns,
      };
    })
    .filter((l) => l.text);
}

interface Column {
  left: number;
  right: number;
  spacing: number;
}

const sameFace = (a: Line, b: Line) => a.bold === b.bold && Math.abs(a.size - b.size) <= 0.15 * a.size;
const fullLine = (l: Line, col: Column) => l.right >= col.right - 1.2 * l.size;
const indented = (l: Line, col: Column) => l.left > col.left + 0.9 * l.size;

function startsParagraph(prev: Line, line: Line, col: Column): boolean {
  return (
    prev.columns ||
    line.columns ||
    !sameFace(prev, line) ||
    !fullLine(prev, col) ||
    indented(line, col) ||
    line.y - prev.y > 1.8 * col.spacing
  );
}

/**
 * Each page's paragraphs, pages in reading order. A paragraph that runs on over a page break is kept
 * whole on the page where it starts; a page that holds nothing but its end gets no block.
 */
export function drawnBlocks(pages: ReadonlyArray<readonly DrawnRun[]>): DrawnBlock[][] {
  const lined = pages.map(linesOf);
  const all = lined.flat();
  // The text column, from all pages: a few wide or short lines do not move its edges.
  const col: Column = {
    left: quantile(
      all.map((l) => l.left),
      0.1,
    ),
    right: quantile(
      all.map((l) => l.right),
      0.8,
    ),
    spacing:
      median(
        lined.flatMap((ls) =>
          ls
            .slice(1)
            .map((l, i) => l.y - ls[i]!.y)
            .filter((d) => d > 0),
        ),
      ) || Infinity,
  };
  const out: DrawnBlock[][] = [];
  let last: { block: DrawnBlock; line: Line } | null = null;
  for (const lines of lined) {
    const blocks: DrawnBlock[] = [];
    lines.forEach((line, i) => {
      const prev = i > 0 ? lines[i - 1]! : null;
      const runsOn = prev
        ? !startsParagraph(prev, line, col)
        : last && !last.line.columns && !line.columns && sameFace(last.line, line) && fullLine(last.line, col) && !indented(line, col);
      if (runsOn && last) last.block.text = joinLines(last.block.text, line.text);
      else {
        const left = Math.min(line.left, col.left);
        const lineHeight = Number.isFinite(col.spacing) ? col.spacing : 1.2 * line.size;
        // The CSS line box puts half the leading above the glyphs, whose ascent is about 0.85 em.
        const box = {
          left,
          top: line.y - 0.85 * line.size - (lineHeight - line.size) / 2,
          width: Math.max(col.right, line.right) - left,
          size: line.size,
          indent: line.left - left,
          lineHeight,
        };
        const block = { text: line.text, bold: line.bold, box };
        blocks.push(block);
        last = { block, line };
      }
      last!.line = line;
    });
    out.push(blocks);
  }
  return out;
}
