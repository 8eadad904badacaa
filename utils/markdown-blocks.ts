import { mdUnescape } from './engine/text/markdown';

export type ReaderBlock =
  { kind: 'heading'; level: number; text: string; index: number } | { kind: 'para'; text: string } | { kind: 'list'; items: string[] };

export interface ReaderDoc {
  blocks: ReaderBlock[];
  headings: { level: number; text: string }[];
}

const heading = /^(#{1,6})\s+(.+)$/s;
// serialise() escapes a paragraph that would read as a markdown marker.
const escaped = /^\\([#>*+-]|\d+\.)(\s)/;

/**
 * The engine's markdown, read back into blocks. It only ever writes headings, "- " list items and
 * paragraphs, one per blank-line separated chunk; the leading "# title" is shown apart.
 */
export function readerDoc(markdown: string, title: string): ReaderDoc {
  const blocks: ReaderBlock[] = [];
  const headings: ReaderDoc['headings'] = [];
  const chunks = markdown
    .split(/\n{2,}/)
    .map((c) => c.trim())
    .filter(Boolean);
  chunks.forEach((chunk, i) => {
    const h = heading.exec(chunk);
    if (h) {
      const text = mdUnescape(h[2]!.trim());
      if (i === 0 && h[1] === '#' && text === title.trim()) return;
      // h1 is the document title; outline levels start at h2.
      const level = Math.max(2, h[1]!.length);
      blocks.push({ kind: 'heading', level, text, index: headings.length });
      headings.push({ level, text });
      return;
    }
    if (chunk.startsWith('- ')) {
      const item = mdUnescape(chunk.slice(2).trim());
      const last = blocks.at(-1);
      if (last?.kind === 'list') last.items.push(item);
      else blocks.push({ kind: 'list', items: [item] });
      return;
    }
    blocks.push({ kind: 'para', text: mdUnescape(chunk.replace(escaped, '$1$2')) });
  });
  return { blocks, headings };
}

/** Characters that count for reading: CJK characters one each, Latin words one each. */
export function readingSize(text: string): number {
  const cjk = text.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
  const words = text.replace(/[\u3400-\u9fff\uf900-\ufaff]/g, ' ').match(/[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  return cjk + words;
}
