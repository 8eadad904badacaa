import { ARTICLE_TITLE, chineseOrdinal, COMPILATION_HEAD, Rank } from '../../text/heading-markers';
import type { Block } from '../../types';
import { type Heading, type InToc, key, type Sentences } from './heading';

// The articles of a compilation without a table of contents (文库 "汇编" / "通用N篇" pages): each opens
// with its own title and an ordinal, "双拥工作总结一 … 2023年双拥工作总结二 … 小学生双拥工作总结范文3",
// on its own line or glued to the body at a heading position.

interface Found {
  block: number;
  offset: number;
  text: string;
  kind: string;
  value: number;
}

/**
 * Article titles that run in sequence: at least two, with the same kind of document (总结, 报告, 范文…)
 * and ordinals 1, 2, 3… in reading order. They start at sentence starts and at the `extra` positions
 * (where the document's title ends: a first article may be glued to it).
 */
export function findCompiled(blocks: Block[], split: Sentences[], extra: Map<number, number[]>, inToc: InToc): Heading[] {
  const found: Found[] = [];
  blocks.forEach(({ text }, b) => {
    const positions = split[b]!.starts.concat(extra.get(b) ?? []);
    for (const at of positions) {
      if (inToc(b, at)) continue;
      ARTICLE_TITLE.lastIndex = at;
      const m = ARTICLE_TITLE.exec(text);
      if (!m) continue;
      let start = at;
      let t = m[0];
      // A title glued after the compilation's own ("双拥工作总结汇编双拥工作总结一") starts after it.
      const head = COMPILATION_HEAD.exec(t.slice(0, m[1]!.length));
      if (head) [start, t] = [at + head.index + head[0].length, t.slice(head.index + head[0].length)];
      const n = m[3] ?? m[4] ?? m[5]!;
      const value = /\d/.test(n) ? Number(n) : chineseOrdinal(n);
      // The body must follow: a title with nothing after it is a line of a list.
      if (!value || t.length < 5 || (text.length - (start + t.length) < 10 && (blocks[b + 1]?.text.trim().length ?? 0) < 10)) continue;
      found.push({ block: b, offset: start, text: t, kind: m[2]!, value });
    }
  });
  found.sort((x, y) => key(x.block, x.offset) - key(y.block, y.offset));
  let best: Found[] = [];
  for (const kind of new Set(found.map((f) => f.kind))) {
    const run: Found[] = [];
    for (const f of found)
      if (f.kind === kind && f.value === run.length + 1 && !run.some((r) => r.block === f.block && r.offset === f.offset)) run.push(f);
    // Two kinds never interleave in one compilation: the longest run names the articles.
    if (run.length >= 2 && run.length > best.length) best = run;
  }
  return best.map((f) => ({
    kind: 'article',
    block: f.block,
    offset: f.offset,
    start: f.offset,
    rank: Rank.part,
    marker: '',
    text: f.text,
  }));
}
