import { clean, COMPILATION_TITLE, Rank } from '../../text/heading-markers';
import { withoutQuotes } from '../../text/normalise';
import type { Block, OutlineEntry } from '../../types';
import { append, byPlace, type Heading, key, sentences } from './heading';
import { findCompiled } from './compiled';
import { findLeads } from './lead';
import { findNumbered } from './numbered';
import { inReadingOrder, levels, rankUnnumbered } from './rank';
import { findToc, placeArticles } from './toc';
import { findUnnumbered } from './unnumbered';

// The outline of a cleaned report (chinese-text-rules.md §1): TOC articles, numbered headings found at
// heading positions and kept only when their numbers run in sequence, then unnumbered headings and
// lead sentences, ranked and given relative levels.

export function findOutline(blocks: Block[], title: string): OutlineEntry[] {
  const forms = titleForms(title);
  const isTitle = (s: string) => forms.has(normTitle(s));

  // 1. Articles named by a table of contents, which itself is never read for headings.
  const toc = findToc(blocks);
  const placed = toc ? placeArticles(blocks, toc) : [];
  const articles: Heading[] = [];
  // Right after a title a marker may follow with no punctuation between (…工作综述一、…).
  const extra = new Map<number, number[]>();
  placed.forEach((place, i) => {
    const item = toc!.items[i]!;
    if (place === undefined) return;
    if (place) append(extra, place.block, place.offset + item.title.length);
    const at = place ?? item;
    articles.push({
      kind: 'article',
      block: at.block,
      offset: at.offset,
      start: at.offset,
      rank: Rank.part,
      marker: '',
      text: clean(item.title),
      ...(place ? {} : { missing: true }),
    });
  });
  const split = blocks.map((b) => sentences(b.text));
  const tocFrom = toc ? key(toc.start.block, toc.start.offset) : 0;
  const tocTo = toc ? key(toc.end.block, toc.end.offset) : 0;
  const inToc = (b: number, at: number) => toc !== null && key(b, at) >= tocFrom && key(b, at) < tocTo;
  // Right after the document title a heading may follow with no punctuation between; so may an
  // article title of a compilation (双拥工作总结汇编双拥工作总结一…).
  const docTitle = title.trim();
  if (docTitle) {
    blocks.forEach(({ text }, b) => {
      const p0 = split[b]!.starts[0]!; // the block's first character
      if (text.startsWith(docTitle, p0)) append(extra, b, p0 + docTitle.length);
    });
  }
  // Without a table of contents, a compilation's articles are named by their titles and ordinals.
  if (!articles.some((a) => !a.missing)) {
    for (const a of findCompiled(blocks, split, extra, inToc)) {
      append(extra, a.block, a.offset + a.text.length);
      articles.push(a);
    }
  }
  const found = articles.filter((a) => !a.missing);
  const articleOf = (k: number) => {
    let i = -1;
    while (i + 1 < found.length && key(found[i + 1]!.block, found[i + 1]!.offset) <= k) i++;
    return i;
  };

  // 2. Numbered headings, in sequence, cut where their text ends.
  const groups = toc && found.length ? toc.items.filter((i) => !i.article) : [];
  const headings: Heading[] = [
    ...articles,
    ...findNumbered(blocks, split, extra, inToc, { of: articleOf, groups, present: found.length > 0 }),
  ];

  // 3. Unnumbered headings: h1–h6, bold lines, standalone title lines, two-part titles; then lead sentences.
  headings.push(...findUnnumbered(blocks, headings, inToc, isTitle));
  headings.sort(byPlace);
  headings.push(...findLeads(blocks, split, headings, inToc));
  headings.sort(byPlace);

  // The document title is the title, never an entry, wherever it recurs.
  const entries = headings.filter((h) => !isTitle(h.text));

  // 4. Ranks of unnumbered headings relative to the numbered ones, then relative levels.
  rankUnnumbered(entries, found.length === 0 && COMPILATION_TITLE.test(title));
  const ordered = inReadingOrder(
    entries,
    articles.filter((a) => !isTitle(a.text)),
  );
  const level = levels(ordered);
  return ordered.map((h, i) => ({
    level: level[i]!,
    text: h.text,
    block: h.block,
    offset: h.offset,
    marker: h.marker,
    ...(h.missing ? { missing: true } : {}),
  }));
}

/** A title as its copies are compared: NFKC, no quotes, spaces, file type, piece count or trailing punctuation. */
export function normTitle(s: string): string {
  return clean(
    withoutQuotes(s)
      .normalize('NFKC')
      .replace(/[\s\u3000]+/g, '')
      .replace(/\((?:通用|精选|优选|热门|最新|实用|优秀)?\d+(?:篇|页)[^()]{0,4}\)$/u, '')
      .replace(/\.(?:docx?|pdf|pptx?|txt|wps|xlsx?)$/i, ''),
  );
}

/**
 * The forms a document title recurs in: whole, and each part of it a separator sets apart from a site
 * name or a series (2023年双拥工作总结_百度文库, 2023年工作参考总结-市双拥工作参考总结).
 */
export function titleForms(title: string): Set<string> {
  const whole = normTitle(title);
  const forms = new Set(whole ? [whole] : []);
  for (const part of title.split(/\s[-_|–—]\s|[_|–—:：]|(?<=\p{sc=Han})-(?=\p{sc=Han})/u)) {
    const key = normTitle(part);
    if (key.length >= 4 && key !== whole) forms.add(key);
  }
  return forms;
}
