import { hanCount } from '../../text/heading-markers';
import type { Block } from '../../types';

/** A place in the cleaned document. */
export interface Place {
  block: number;
  offset: number;
}

export interface TocItem extends Place {
  title: string;
  /** The marker as written ("1.", "一、"), "" for an unnumbered line. */
  marker: string;
  page: number | null;
  /** Arabic-numbered (or unnumbered) items name articles; Chinese-numbered ones are groups or sections. */
  article: boolean;
}

export interface Toc {
  /** Where 目录 starts. */
  start: Place;
  /** The first character of the body after the table of contents. */
  end: Place;
  items: TocItem[];
}

/** 目录 and a little room after it; the TOC must follow within a few characters. */
const TOC_HEAD = /目[\s\u3000]{0,3}录[\s\u3000]*[:：]?[\s\u3000]*/y;
/** What may follow 目录 directly: an item marker (else the block must show dotted leaders soon). */
const ITEM_START = /^(?:\d{1,3}[\s\u3000]*[.．、]|[一二三四五六七八九十]{1,3}[、.．]|[（(])/;
const LEADER = /[….·‥]{2,}\s*\d/;
/** How far a TOC can run; the scan never reads more than this past 目录. */
const TOC_SPAN = 30_000;
const MAX_TITLE = 80;

/** The text from a place onward, joined across blocks with line breaks, with a map back to places. */
class Run {
  readonly text: string;
  private readonly starts: number[] = [];
  private readonly blocks: number[] = [];
  private readonly offsets: number[] = [];

  constructor(blocks: Block[], from: Place, span: number) {
    let text = '';
    for (let b = from.block; b < blocks.length && text.length < span; b++) {
      const offset = b === from.block ? from.offset : 0;
      if (text) text += '\n';
      this.starts.push(text.length);
      this.blocks.push(b);
      this.offsets.push(offset);
      text += blocks[b]!.text.slice(offset, offset + span);
    }
    this.text = text;
  }

  place(at: number): Place {
    let i = 0;
    while (i + 1 < this.starts.length && this.starts[i + 1]! <= at) i++;
    return { block: this.blocks[i]!, offset: this.offsets[i]! + at - this.starts[i]! };
  }
}

interface Parsed {
  items: Array<Omit<TocItem, 'block' | 'offset'> & { at: number }>;
  end: number;
}

/**
 * Dotted-leader layout: "1.去年以来…综述……1", several items per line allowed, group lines
 * ("一、省级") between them or glued after a page number ("……4二、市级").
 */
function parseDotted(text: string, from: number): Parsed {
  const item =
    /[\s\u3000]*(?<marker>\d{1,3}[.．、]|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|第[一二三四五六七八九十百\d]{1,4}[章节部分篇编])?[\s\u3000]*(?<title>[^\n….·‥]{1,80}?)[\s\u3000]*[….·‥]{2,}[\s\u3000]*(?<page>\d{1,4})/y;
  const group =
    /[\s\u3000]*(?<marker>[一二三四五六七八九十]{1,3}[、.．])[\s\u3000]*(?<title>[^\n\d….·‥]{1,20}?)(?=[\s\u3000]*(?:\n|\d{1,3}[.．、]|$))/y;
  const items: Parsed['items'] = [];
  let at = from;
  // Where the last item with a page ended: a group line heads the items after it, so one that none
  // follow is no part of the TOC but the body's first heading (目录 … 四、打算……5 一、基本情况).
  let end = from;
  let paged = 0;
  for (;;) {
    item.lastIndex = at;
    const m = item.exec(text) ?? ((group.lastIndex = at), group.exec(text));
    if (!m || hanCount(m.groups!.title!) < 2) break;
    const marker = m.groups!.marker ?? '';
    const title = m.groups!.title!.trim();
    const page = m.groups!.page ? Number(m.groups!.page) : null;
    items.push({
      title,
      marker,
      page,
      article: marker === '' || /^\d/.test(marker),
      at: m.index + m[0].length - m[0].trimStart().length,
    });
    at = m.index + m[0].length;
    if (page !== null) [end, paged] = [at, items.length];
  }
  return { items: items.slice(0, paged), end };
}

/**
 * Glued layout, as a preview flattens it: "目录1 .荣获…综述312 .荣获…综述383 .…476.全力…综述54荣获…".
 * Read left to right expecting item k+1: the digits before "k+1 ." end the previous title and hold
 * its page, so "综述312 ." is page 31 then item 2. Pages never decrease; a TOC without pages has
 * none at all. The last title ends where the first title appears a second time (the body starts
 * with it).
 */
function parseGlued(text: string, from: number): Parsed {
  const first = /(\d{1,3})[\s\u3000]*[.．、][\s\u3000]*/y;
  first.lastIndex = from;
  const m1 = first.exec(text);
  if (!m1 || m1[1] !== '1') return { items: [], end: from };
  const items: Parsed['items'] = [];
  const next = /(\d+)[\s\u3000]*[.．、][\s\u3000]*/g;
  let marker = m1[0].trim();
  let markerAt = m1.index;
  let start = first.lastIndex;
  let lastPage = 0;
  let paged: boolean | null = null;
  for (let k = 2; ; k++) {
    const want = String(k);
    next.lastIndex = start;
    let found: { title: string; page: number | null; at: number; end: number } | null = null;
    for (let m = next.exec(text); m && m.index - start <= MAX_TITLE; m = next.exec(text)) {
      const digits = m[1]!;
      const hasPage = digits.length > want.length;
      if (!digits.endsWith(want) || (paged !== null && hasPage !== paged)) continue;
      const page: number | null = hasPage ? Number(digits.slice(0, -want.length)) : null;
      const title = text.slice(start, m.index);
      if ((page !== null && page < lastPage) || hanCount(title) < 2) continue;
      found = { title, page, at: m.index + digits.length - want.length, end: next.lastIndex };
      break;
    }
    if (!found) break;
    items.push({ title: found.title.trim(), marker, page: found.page, article: true, at: markerAt });
    paged = found.page !== null;
    lastPage = found.page ?? 0;
    marker = text.slice(found.at, found.end).trim();
    markerAt = found.at;
    start = found.end;
  }
  if (items.length === 0) return { items: [], end: from };
  const again = text.indexOf(items[0]!.title, start);
  const tail = again > start && again - start <= MAX_TITLE ? text.slice(start, again).trimEnd() : null;
  let last: RegExpExecArray | null;
  if (tail !== null) last = (paged ? /^(.*?)(\d{1,4})$/su : /^(.+)()$/su).exec(tail);
  else if (paged)
    last = /^(.{2,80}?\p{sc=Han}[”"》）)]?)(\d{1,4})(?=[\p{sc=Han}“"《（(]|$)/u.exec(text.slice(start, start + MAX_TITLE + 4));
  else last = null;
  const lastItemPage = last?.[2] ? Number(last[2]) : null;
  if (!last || (lastItemPage !== null && lastItemPage < lastPage) || hanCount(last[1]!) < 2) return { items, end: markerAt };
  items.push({ title: last[1]!.trim(), marker, page: lastItemPage, article: true, at: markerAt });
  return { items, end: start + last[0].length };
}

/** The first table of contents: 目录 followed by at least two items. */
export function findToc(blocks: Block[]): Toc | null {
  for (let b = 0; b < blocks.length; b++) {
    const text = blocks[b]!.text;
    // 目 is rare: jumping to it with indexOf costs far less than running the regex over every block.
    for (let at = text.indexOf('目'); at >= 0; at = text.indexOf('目', at + 1)) {
      TOC_HEAD.lastIndex = at;
      const h = TOC_HEAD.exec(text);
      if (!h) continue;
      const after = h.index + h[0].length;
      const head = text.slice(after, after + 300);
      if (head && !ITEM_START.test(head) && !LEADER.test(head)) continue;
      const run = new Run(blocks, { block: b, offset: h.index }, TOC_SPAN);
      const from = h[0].length;
      const parsed = LEADER.test(run.text.slice(from, from + 300)) ? parseDotted(run.text, from) : parseGlued(run.text, from);
      if (parsed.items.length < 2) continue;
      return {
        start: run.place(0),
        end: run.place(parsed.end),
        // Built field by field: rest destructuring copies through a slow generic path.
        items: parsed.items.map((item) => ({
          title: item.title,
          marker: item.marker,
          page: item.page,
          article: item.article,
          ...run.place(item.at),
        })),
      };
    }
  }
  return null;
}

/** Text that may stand right before an article title glued into the body: a sentence end. */
const BEFORE_TITLE = /[。！？!?”’」』〞"…)）]$/;

/**
 * Where each article of the TOC begins in the body, in order: its title again, at a block start, at
 * the end of the TOC, right after a finished sentence or after a group line ("二、市级"). null for an
 * article the shown text lacks.
 * Items whose body copy carries a number marker are sections of one report, not articles: undefined.
 */
export function placeArticles(blocks: Block[], toc: Toc): Array<Place | null | undefined> {
  const groups = toc.items.filter((i) => !i.article).map((i) => i.title);
  let cursor: Place = toc.end;
  return toc.items.map((item) => {
    if (!item.article) return undefined;
    for (let b = cursor.block; b < blocks.length; b++) {
      const text = blocks[b]!.text;
      for (let i = text.indexOf(item.title, b === cursor.block ? cursor.offset : 0); i >= 0; i = text.indexOf(item.title, i + 1)) {
        const before = text.slice(Math.max(0, i - 8), i).trimEnd();
        if (/\d{1,3}[\s\u3000]*[.．、]$/.test(before)) return undefined;
        const atEdge = before === '' || (b === toc.end.block && i === toc.end.offset);
        if (!atEdge && !BEFORE_TITLE.test(before) && !groups.some((g) => before.endsWith(g))) continue;
        cursor = { block: b, offset: i + item.title.length };
        return { block: b, offset: i };
      }
    }
    return null;
  });
}
