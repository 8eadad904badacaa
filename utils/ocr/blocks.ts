import type { LayerBlock } from '../page/text-layer';
import type { OcrLine } from './engine';

/**
 * Recognised lines → paragraphs, as a reader sees them on the page: a line joins the one above when it
 * starts at the same left edge and the line above ran to within three characters of the right edge (a
 * wrapped paragraph, justified or ragged, where a line breaks before a number or a word); an indent,
 * a short line above, a wide gap or a line set apart from the left edge (a centred title) starts a new one.
 * Lines side by side (table cells) are one row, in x order. Hanzi lines join without a space.
 */
export function linesToBlocks(lines: readonly OcrLine[]): LayerBlock[] {
  const rows = toRows(lines);
  if (rows.length === 0) return [];
  const left = Math.min(...rows.map((r) => r.x));
  const right = Math.max(...rows.map((r) => r.x + r.width));
  const blocks: { text: string; confidences: number[]; row: Row }[] = [];
  for (const row of rows) {
    const last = blocks.at(-1);
    const prev = last?.row;
    const unit = row.height;
    const continues =
      prev !== undefined &&
      row.cells === 1 &&
      prev.cells === 1 &&
      Math.abs(row.x - left) < unit * 0.8 &&
      prev.x + prev.width > right - unit * 3 &&
      row.y - (prev.y + prev.height) < unit * 1.2;
    if (continues && last) {
      last.text = joinText(last.text, row.text);
      last.confidences.push(...row.confidences);
      last.row = row;
    } else {
      blocks.push({ text: row.text, confidences: [...row.confidences], row });
    }
  }
  return blocks.map((b) => ({ text: b.text, confidence: Math.min(...b.confidences) }));
}

interface Row {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  cells: number;
  confidences: number[];
}

/** Lines whose vertical middles are within half a line height of each other are one row. */
function toRows(lines: readonly OcrLine[]): Row[] {
  const sorted = [...lines].sort((a, b) => a.y + a.height / 2 - (b.y + b.height / 2));
  const groups: OcrLine[][] = [];
  for (const line of sorted) {
    const group = groups.at(-1);
    const mid = line.y + line.height / 2;
    const g0 = group?.[0];
    if (group && g0 && Math.abs(mid - (g0.y + g0.height / 2)) < Math.min(line.height, g0.height) / 2) group.push(line);
    else groups.push([line]);
  }
  return groups.map((group) => {
    group.sort((a, b) => a.x - b.x);
    const x = Math.min(...group.map((l) => l.x));
    const y = Math.min(...group.map((l) => l.y));
    return {
      text: group.map((l) => l.text).join(' '),
      x,
      y,
      width: Math.max(...group.map((l) => l.x + l.width)) - x,
      height: Math.max(...group.map((l) => l.y + l.height)) - y,
      cells: group.length,
      confidences: group.map((l) => l.confidence),
    };
  });
}

/** Two pieces of one paragraph: no space where either side is hanzi or CJK punctuation (Chinese text rules). */
function joinText(a: string, b: string): string {
  const cjk = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
  return cjk.test(a.at(-1) ?? '') || cjk.test(b[0] ?? '') ? a + b : `${a} ${b}`;
}
