import { mdText } from '../text/markdown';
import type { Block, OutlineEntry } from '../types';

interface Piece {
  text: string;
  heading?: number;
  tag: string;
}

/** Splits blocks where the outline found a heading glued inside running text. */
function pieces(blocks: Block[], outline: OutlineEntry[]): Piece[] {
  const byBlock = new Map<number, OutlineEntry[]>();
  for (const e of outline) {
    if (e.missing) continue;
    const list = byBlock.get(e.block);
    if (list) list.push(e);
    else byBlock.set(e.block, [e]);
  }
  const out: Piece[] = [];
  blocks.forEach((b, i) => {
    const entries = (byBlock.get(i) ?? []).sort((x, y) => x.offset - y.offset);
    let at = 0;
    for (const e of entries) {
      if (e.offset < at) continue;
      const p = b.text.indexOf(e.text, e.offset);
      if (p < 0 || p - e.offset > e.marker.length + 2) continue;
      let end = p + e.text.length;
      if (/[。：:；;！!？?]/.test(b.text[end] ?? '')) end++;
      const before = b.text.slice(at, e.offset).trim();
      if (before) out.push({ text: before, tag: b.tag });
      out.push({ text: b.text.slice(e.offset, end).trim(), heading: e.level, tag: b.tag });
      at = end;
    }
    const rest = b.text.slice(at).trim();
    if (rest) out.push({ text: rest, tag: b.tag });
  });
  return out;
}

const mdEscape = (s: string) => s.replace(/^([#>*+-]|\d+\.)(\s)/, '\\$1$2');

export function serialise(title: string, blocks: Block[], outline: OutlineEntry[]): { text: string; markdown: string } {
  const ps = pieces(blocks, outline);
  const text = [title, ...ps.map((p) => p.text)].filter(Boolean).join('\n\n');
  const md = ps.map((p) => {
    const text = mdText(p.text);
    if (p.heading) return `${'#'.repeat(Math.min(p.heading + 1, 6))} ${text}`;
    if (p.tag === 'li') return `- ${text}`;
    return mdEscape(text);
  });
  const markdown = [title ? `# ${mdText(title)}` : '', ...md].filter(Boolean).join('\n\n');
  return { text, markdown };
}
