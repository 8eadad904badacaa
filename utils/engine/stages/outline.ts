import {
  bareNumeral,
  chineseOrdinal,
  clean,
  firstChar,
  gluedMarker,
  hanCount,
  headingEnd,
  INLINE_ENUMERATOR,
  LOOSE_MARKER,
  markerAt,
  Rank,
  siblingEnds,
  WORD_BEFORE_NUMERAL,
} from '../text/heading-markers';
import type { Block, OutlineEntry } from '../types';
import { findToc, placeArticles } from './outline-toc';

// The outline of a cleaned report (chinese-text-rules.md §1): TOC articles, numbered headings found at
// heading positions and kept only when their numbers run in sequence, then unnumbered headings.

type Kind = 'article' | 'numbered' | 'unnumbered' | 'lead';

interface Heading {
  kind: Kind;
  block: number;
  /** Where the marker (or the unnumbered heading) starts. */
  offset: number;
  /** Where the heading text starts, after the marker. */
  start: number;
  rank: number;
  marker: string;
  text: string;
  /** The ordinal of a numbered heading. */
  value?: number;
  missing?: boolean;
  /** The heading fills its block, so no cut applies. */
  whole?: boolean;
  /** Where the raw heading text ends in its block. */
  end?: number;
  /** Numbered siblings of one list share an id: a list opens at 1 and runs to the next opening. */
  list?: number;
  /** For an unnumbered h1–h6 block: its tag level. */
  tag?: number;
}

interface Candidate {
  block: number;
  offset: number;
  start: number;
  rank: number;
  value: number;
  marker: string;
  /** Where the heading text would end, glued to its body. */
  end: number;
  /** Found at a heading position; a loose one needs its siblings to vouch for it. */
  strong: boolean;
}

/** Reading order of a place as one number; no block text comes near 2^32 characters. */
const key = (block: number, offset: number) => block * 2 ** 32 + offset;
/** Sentence-final punctuation, found with test(): exec would build a match for each of hundreds. */
const SENTENCE_FINAL = /[。！？!?\n]/g;
/** A closing quote (”’」』〞") right after the punctuation still belongs to the sentence… */
const isCloser = (c: number) => c === 0x201d || c === 0x2019 || c === 0x300d || c === 0x300f || c === 0x301e || c === 0x22;
/** …and so do spaces, tabs and ideographic spaces after that. */
const isGap = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000;
/** Short lines that look like titles but are salutations, closings, metadata or site furniture (§1.6). */
const NOT_HEADING =
  /^(?:尊敬的|各位|同志们|汇报完毕|谢谢|附件|附[:：]|来源|作者|编辑|责任编辑)|同志们[:：]?$|^[（(【[].*[)）】\]]$|^[\d\s年月日.\-/（()）]+$|关\s*键\s*词|下载|客服|相关推荐|评论|登录|注册|上一篇|下一篇/u;
/** A title line carries no counted figure (§1.4); "拥军广场58" is the first half of a hard wrap. */
const FIGURE = /\d+(?:\.\d+)?\s*[万亿千百]?(?:元|个|人|次|项|家|处|所|名|%|％|年|亩|公里|平方米|吨|件|条)/;
/** Table cells and list items are short without being titles. */
const NOT_TEXT_TAG = /^(?:td|th|li|dt|dd|caption|figcaption)$/;
const DATE_LINE = /^[（(]?\s*\d{4}\s*年[\d\s月日号]*[)）]?$/;
/** "提高站位强责任　全面加强双拥工作组织领导。" opening a paragraph (§1.4). */
const TWO_PART = /\p{sc=Han}{4,8}[\u3000 ]{1,2}\p{sc=Han}[^。！？!?]{6,30}。/uy;
/** A block starting like this continues the one before it, which therefore was no title. */
const CONTINUATION = /^[，,。、；;：:)）”」』a-z个位名项次元万亿件条处家所座]/;

function append<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

/** Sentence starts of a block and, for each, the index of the punctuation that closes it (-1: none). */
interface Sentences {
  starts: number[];
  stops: number[];
}

function sentences(text: string): Sentences {
  const starts = [firstChar(text)];
  const stops: number[] = [];
  SENTENCE_FINAL.lastIndex = 0;
  while (SENTENCE_FINAL.test(text)) {
    const stop = SENTENCE_FINAL.lastIndex - 1;
    let start = stop + 1;
    if (isCloser(text.charCodeAt(start))) start++;
    while (isGap(text.charCodeAt(start))) start++;
    stops.push(stop);
    starts.push(start);
  }
  stops.push(-1);
  return { starts, stops };
}

/** Markers at heading positions (block start, after a sentence end or a title), and loose ones anywhere. */
function candidates(
  blocks: Block[],
  split: Sentences[],
  extra: Map<number, number[]>,
  skip: (b: number, at: number) => boolean,
): Candidate[] {
  const out: Candidate[] = [];
  const strong = new Set<number>();
  blocks.forEach(({ text }, b) => {
    const p0 = firstChar(text);
    const positions = split[b]!.starts.concat(extra.get(b) ?? []);
    strong.clear();
    // Appending while iterating: a sub-heading glued to the end of a heading is a heading position too.
    for (const at of positions) {
      // Most places start with no marker character; markerAt turns them away before anything else is asked.
      const mk = markerAt(text, at);
      if (!mk || strong.has(at) || skip(b, at) || (mk.rank === Rank.item && at !== p0)) continue;
      strong.add(at);
      const end = headingEnd(text, mk.end);
      out.push({ block: b, offset: at, start: mk.end, end, rank: mk.rank, value: mk.value, marker: mk.text, strong: true });
      if (gluedMarker(text, end)) positions.push(end);
    }
    LOOSE_MARKER.lastIndex = 0;
    for (let m = LOOSE_MARKER.exec(text); m; m = LOOSE_MARKER.exec(text)) {
      const at = m.index;
      if (strong.has(at) || skip(b, at) || (m[1] && WORD_BEFORE_NUMERAL.test(text[at - 1] ?? ''))) continue;
      const mk = markerAt(text, at);
      if (!mk) continue;
      out.push({ block: b, offset: at, start: mk.end, end: headingEnd(text, mk.end), rank: mk.rank, value: mk.value, marker: mk.text, strong: false });
    }
  });
  return out.sort((x, y) => key(x.block, x.offset) - key(y.block, y.offset));
}

export function findOutline(blocks: Block[], title: string): OutlineEntry[] {
  const titleKey = normTitle(title);
  const isTitle = (s: string) => titleKey !== '' && normTitle(s) === titleKey;

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
      kind: 'article', block: at.block, offset: at.offset, start: at.offset, rank: Rank.part,
      marker: '', text: clean(item.title), ...(place ? {} : { missing: true }),
    });
  });
  const found = articles.filter((a) => !a.missing);
  const tocFrom = toc ? key(toc.start.block, toc.start.offset) : 0;
  const tocTo = toc ? key(toc.end.block, toc.end.offset) : 0;
  const inToc = (b: number, at: number) => toc !== null && key(b, at) >= tocFrom && key(b, at) < tocTo;
  const articleOf = (k: number) => {
    let i = -1;
    while (i + 1 < found.length && key(found[i + 1]!.block, found[i + 1]!.offset) <= k) i++;
    return i;
  };

  blocks.forEach(({ text }, b) => {
    const p0 = firstChar(text);
    if (title && text.startsWith(title.trim(), p0)) append(extra, b, p0 + title.trim().length);
  });

  // 2. Numbered headings, kept in sequence: one counter per rank, a new list opens at 1.
  const split = blocks.map((b) => sentences(b.text));
  const cands = candidates(blocks, split, extra, inToc);
  const numbered: Heading[] = [];
  // Ranks are halves (第X节 is 0.5), so twice the rank indexes these; opening a rank clears deeper ones.
  let last: Heading[] = [];
  let listCount = 0;
  let article = -1;
  const accept = (c: Omit<Candidate, 'strong'>) => {
    const r = c.rank * 2;
    const list = c.value === 1 || !last[r] ? ++listCount : last[r]!.list;
    last.length = r;
    last[r] = {
      kind: 'numbered', block: c.block, offset: c.offset, start: c.start, end: c.end, rank: c.rank, value: c.value,
      marker: c.marker, text: '', list,
    };
    numbered.push(last[r]!);
  };
  cands.forEach((c, i) => {
    const a = articleOf(key(c.block, c.offset));
    if (a !== article) {
      article = a;
      last = [];
    }
    const prev = last[c.rank * 2];
    const expected = (prev ? prev.value! : 0) + 1;
    if (!c.strong && ((c.value !== 1 && c.value !== expected) || !confirmed(cands, i, a, articleOf))) return;
    if (c.value === 1 || c.value === expected) return accept(c);
    if (c.rank !== Rank.chinese || c.value !== expected + 1) return;
    const bare = prev && findBare(blocks, prev, c, expected);
    if (!bare) return;
    accept(bare);
    accept(c);
  });
  const kept = numbered.filter((h) => h.rank !== Rank.item || (found.length === 0 && numbered.every((o) => o.rank === Rank.item)));

  // 3. Where each numbered heading ends; parallel siblings share their suffix.
  for (const h of kept) {
    const text = blocks[h.block]!.text;
    // A short line with no sentence punctuation at all is a title line (commas and colons included);
    // a line that ends as a sentence is a lead sentence ("1.亲切走访部队,加深军地感情。") and gets cut.
    const rest = h.offset === firstChar(text) && text.length - h.start <= 60 ? text.slice(h.start) : '';
    h.whole = rest !== '' && !/[。！？!?；;]/.test(rest);
    if (h.whole) h.end = text.length;
  }
  const siblings = new Map<number, Heading[]>();
  for (const h of kept) if (!h.whole) append(siblings, h.list!, h);
  for (const same of siblings.values()) {
    if (same.length < 2) continue;
    siblingEnds(same.map((m) => ({ text: blocks[m.block]!.text, start: m.start, end: m.end! }))).forEach((end, i) => {
      if (end >= 0 && end < same[i]!.end!) same[i]!.end = end;
    });
  }
  // The group lines of a compilation's TOC ("二、市级") may recur in the body; they only group articles.
  const groups = found.length ? toc!.items.filter((i) => !i.article) : [];
  const headings: Heading[] = [...articles];
  for (const h of kept) {
    h.text = clean(blocks[h.block]!.text.slice(h.start, h.end));
    if (groups.some((g) => g.marker === h.marker && h.text.startsWith(g.title))) continue;
    if (hanCount(h.text) >= 2 || /[A-Za-z]{3}/.test(h.text)) headings.push(h);
  }

  // 4. Unnumbered headings: h1–h6, bold lines, standalone title lines, two-part titles, lead sentences.
  const taken = new Set(headings.filter((h) => !h.missing).map((h) => key(h.block, h.offset)));
  const plain: Heading[] = [];
  blocks.forEach((blk, b) => {
    const p0 = firstChar(blk.text);
    if (taken.has(key(b, p0)) || inToc(b, p0) || inToc(b, Math.max(p0, blk.text.length - 1))) return;
    TWO_PART.lastIndex = p0;
    const two = TWO_PART.exec(blk.text);
    if (blk.text.length - p0 > 100 && !two) return;
    const raw = blk.text.trim();
    const t = clean(raw);
    if (!t || isTitle(t) || NOT_HEADING.test(t) || INLINE_ENUMERATOR.test(t) || DATE_LINE.test(t)) return;
    const base = { block: b, offset: p0, start: p0, marker: '', rank: 0, whole: true };
    const tag = /^h([1-6])$/.exec(blk.tag);
    const enough = hanCount(t) >= 2 || /[A-Za-z]{3}/.test(t);
    if (tag && enough && t.length <= 100) return headings.push({ ...base, kind: 'unnumbered', text: t, tag: Number(tag[1]) });
    if (NOT_TEXT_TAG.test(blk.tag)) return;
    // A two-part title ranks with the 一、 headings, so it counts as numbered.
    if (two && raw.length - two[0].length >= 10) {
      return headings.push({ ...base, kind: 'numbered', rank: Rank.chinese, text: clean(two[0]), whole: false });
    }
    if (!enough || /[，,、：:；;]$/.test(raw) || raw.length > 50) return;
    const inner = /[。！？!?]/.test(raw.slice(0, -1));
    if (blk.bold) {
      const sentence = /[。！？!?]$/.test(raw);
      if (!inner && (!sentence || (hanCount(t) <= 20 && !/[，,]/.test(t)))) headings.push({ ...base, kind: 'unnumbered', text: t });
      return;
    }
    if (inner || /[。！？!?…]$/.test(raw) || raw.length > 40 || hanCount(t) < 4 || hanCount(t) * 2 < t.replace(/\s/g, '').length) return;
    if (FIGURE.test(t)) return;
    const prev = blocks[b - 1]?.text.trim() ?? '';
    if (prev && !/[。！？!?”’」』…)）]$/.test(prev) && !taken.has(key(b - 1, firstChar(blocks[b - 1]!.text)))) return;
    let n = b + 1;
    while (n < blocks.length && DATE_LINE.test(blocks[n]!.text.trim())) n++;
    const next = blocks[n]?.text.trim() ?? '';
    if (next.length < 15 || CONTINUATION.test(next)) return;
    plain.push({ ...base, kind: 'unnumbered', text: t });
  });
  // A lone plain line may be a slogan or a subtitle; parallel ones are section titles.
  if (plain.length >= 2) headings.push(...plain);
  headings.sort(byPlace);
  headings.push(...leadSentences(blocks, split, headings, inToc));
  headings.sort(byPlace);

  // 5. Ranks of unnumbered headings relative to the numbered ones, then relative levels.
  rankUnnumbered(headings, found.length === 0 && /汇编|[(（]\d+篇[)）]/.test(title));
  const ranks = [...new Set(headings.map((h) => h.rank))].sort((x, y) => x - y);
  return inReadingOrder(headings, articles).map((h) => ({
    level: ranks.indexOf(h.rank) + 1,
    text: h.text,
    block: h.block,
    offset: h.offset,
    marker: h.marker,
    ...(h.missing ? { missing: true } : {}),
  }));
}

function normTitle(s: string): string {
  return clean(s.normalize('NFKC').replace(/\.(?:docx?|pdf|pptx?|txt|wps|xlsx?)$/i, '').replace(/[\s\u3000]+/g, ''));
}

function byPlace(x: Heading, y: Heading): number {
  if (x.missing !== y.missing) return x.missing ? 1 : -1;
  return key(x.block, x.offset) - key(y.block, y.offset);
}

/** A loose marker stands when the next marker of its rank, at a heading position, follows it in sequence. */
function confirmed(cands: Candidate[], i: number, article: number, articleOf: (k: number) => number): boolean {
  const c = cands[i]!;
  for (let j = i + 1; j < cands.length && j < i + 200; j++) {
    const d = cands[j]!;
    if (!d.strong) continue;
    if (articleOf(key(d.block, d.offset)) !== article || d.rank < c.rank) return false;
    if (d.rank === c.rank) return d.value === c.value + 1;
  }
  return false;
}

/** A level-1 marker without its 、 between two that bracket it (…工作。二倾力保障…). */
function findBare(blocks: Block[], prev: Heading, next: Candidate, value: number): Omit<Candidate, 'strong'> | null {
  const re = bareNumeral(value);
  for (let b = prev.block; b <= next.block; b++) {
    const text = blocks[b]!.text;
    re.lastIndex = b === prev.block ? prev.start : 0;
    const stop = b === next.block ? next.offset : text.length;
    const m = re.exec(text);
    if (m && m.index < stop) {
      const at = m.index + m[0].length - m[1]!.length;
      const start = at + m[1]!.length;
      if (chineseOrdinal(m[1]!) === value) return { block: b, offset: at, start, end: headingEnd(text, start), rank: Rank.chinese, value, marker: m[1]! };
    }
  }
  return null;
}

/** Lead sentences open with a verb (坚持, 全力, 开展); these openers start ordinary sentences. */
const NOT_LEAD = /^(?:[这此其但而并即]|我市|我省|我县|我区|我们|全市|全省|全县|今年|去年|目前|同时|此外|另外|近年|多年)/;

/**
 * Short lead sentences that open paragraphs (§1.4): "坚持高位推动。…坚持制度引领。…" when siblings in one
 * section share their first two characters, or "开展国防教育强信念。…助力乡村振兴促发展。…" when three
 * of 7–10 characters each lead ≥30 characters of elaboration. The first must open a paragraph or follow
 * a heading, so a long flattened section's ordinary short sentences do not qualify.
 */
function leadSentences(blocks: Block[], split: Sentences[], headings: Heading[], inToc: (b: number, at: number) => boolean): Heading[] {
  const ends = new Set<number>();
  const taken = new Set(headings.map((h) => key(h.block, h.offset)));
  for (const h of headings) {
    if (h.missing) continue;
    const text = blocks[h.block]!.text;
    let e = h.start + h.text.length;
    while (e < text.length && /[\s\u3000。！？!?：:]/.test(text[e]!)) e++;
    ends.add(key(h.block, h.kind === 'article' ? h.offset + h.text.length : e));
  }
  const sections = new Map<number, Array<Heading & { opens: boolean; follow: number }>>();
  let hi = 0;
  blocks.forEach(({ text }, b) => {
    const { starts, stops } = split[b]!;
    starts.forEach((at, i) => {
      const stop = stops[i]!;
      if (stop - at < 4 || stop - at > 14 || text.charCodeAt(stop) === 10 || inToc(b, at)) return; // \n
      const k = key(b, at);
      // Headings are in reading order (missing ones last), so the section only moves forward and
      // may catch up here, at the sentences that qualify.
      while (hi < headings.length && key(headings[hi]!.block, headings[hi]!.offset) <= k && !headings[hi]!.missing) hi++;
      const s = text.slice(at, stop);
      if (hanCount(s) !== s.length || taken.has(k) || INLINE_ENUMERATOR.test(s) || NOT_LEAD.test(s)) return;
      const follow = text.length - stop - 1;
      if (follow < 10) return;
      append(sections, hi, { kind: 'lead', block: b, offset: at, start: at, rank: 0, marker: '', text: s, opens: i === 0 || ends.has(k), follow });
    });
  });
  const out: Heading[] = [];
  for (const list of sections.values()) {
    const chosen = new Set<Heading>();
    const byPrefix = new Map<string, typeof list>();
    for (const l of list) append(byPrefix, l.text.slice(0, 2), l);
    for (const g of byPrefix.values()) {
      if (g[0]!.opens && (g.length >= 3 || (g.length === 2 && g.every((l) => l.opens)))) g.forEach((l) => chosen.add(l));
    }
    const rhythm = list.filter((l) => l.text.length >= 7 && l.text.length <= 10).filter((l, i, all) => {
      const next = all[i + 1];
      return next && next.block === l.block ? next.offset - (l.offset + l.text.length) >= 30 : l.follow >= 30;
    });
    if (rhythm.length >= 3 && rhythm[0]!.opens) rhythm.forEach((l) => chosen.add(l));
    for (const l of list) if (chosen.has(l)) out.push({ kind: 'lead', block: l.block, offset: l.offset, start: l.start, rank: 0, marker: '', text: l.text });
  }
  return out;
}

/**
 * Unnumbered section titles sit above the numbered headings when they come first in their article
 * (bold sections holding "1." paragraphs), else below the numbered heading they follow. Lead sentences
 * sit below the heading of their section.
 */
function rankUnnumbered(headings: Heading[], compilation: boolean): void {
  // h2 under h3 nest by tag; the highest tag present ranks with bold and plain title lines.
  const topTag = Math.min(...headings.map((h) => h.tag ?? 7));
  let segment: Heading[] = [];
  const flush = () => {
    const numbered = segment.filter((h) => h.kind === 'numbered');
    const loose = segment.filter((h) => h.kind === 'unnumbered');
    const top = Math.min(...numbered.map((h) => h.rank));
    const above = loose.length > 0 && (numbered.length === 0 || byPlace(loose[0]!, numbered[0]!) < 0);
    let last: Heading | undefined;
    for (const h of segment) {
      const tagOffset = h.tag ? (h.tag - topTag) * 0.01 : 0;
      if (h.kind === 'numbered') last = h;
      else if (h.kind === 'unnumbered') {
        if (compilation) h.rank = Rank.part + tagOffset;
        else if (numbered.length === 0) h.rank = Rank.chinese + tagOffset;
        else if (above) h.rank = top - 0.25 + tagOffset;
        else h.rank = last!.rank + 0.25 + tagOffset;
      }
    }
    let parent: Heading | undefined;
    for (const h of segment) {
      if (h.kind === 'lead') h.rank = parent ? parent.rank + 0.25 : Rank.chinese;
      else parent = h;
    }
    segment = [];
  };
  for (const h of headings) {
    if (h.kind === 'article') flush();
    segment.push(h);
  }
  flush();
}

/** A TOC article missing from the shown text goes where the TOC puts it: before the next one present. */
function inReadingOrder(headings: Heading[], articles: Heading[]): Heading[] {
  const out = headings.filter((h) => !h.missing);
  articles.forEach((a, i) => {
    if (!a.missing) return;
    const next = articles.slice(i + 1).find((n) => !n.missing);
    const at = next ? out.indexOf(next) : -1;
    out.splice(at < 0 ? out.length : at, 0, a);
  });
  return out;
}
