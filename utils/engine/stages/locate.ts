import type { HostRule } from '../hosts/define';
import type { TextLayer } from '../types';
import { textKey, visibleLength, withoutQuotes } from '../text/normalise';
import { isBlockNoise, noticeHeader, startsWithPreviewLabel } from '../text/patterns';
import { drawnLayers } from './layers';
import { drive, need, type Need, type Parts } from '../parts';
import { eachMatch, ruleIndex, type ElementRule } from './element-rules';
import { isHiddenByMarkup, isSkippedTag } from './segment';

export interface Location {
  root: Element;
  title: string;
  /** The element the title was read from, when a heading showed it (not the <title> alone). */
  titleEl: Element | null;
  textLayer: TextLayer;
  via: 'layers' | 'rule' | 'dominant' | 'readability' | 'preview' | 'body';
}

const FILE_EXT = /\.(?:docx?|pptx?|xlsx?|pdf|txt|wps|et|dps)$/i;

/** Title: a heading that the <title> confirms, else the <title> without its site suffix. */
export function findTitle(doc: Document, rule?: HostRule): string {
  return titleOf(doc, rule).title;
}

const titleKey = (s: string) => withoutQuotes(textKey(s));

function titleOf(doc: Document, rule?: HostRule): { title: string; titleEl: Element | null } {
  const docTitle = (doc.title ?? '').trim();
  const bare = docTitle.split(/\s*[-_|–—]\s*(?=[^-_|–—]{1,16}$)/)[0] ?? docTitle;
  const docKey = titleKey(docTitle);
  const confirmed = (el: Element): string | null => {
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    return t.length >= 4 && t.length <= 160 && (!docTitle || docKey.includes(titleKey(t))) ? t : null;
  };
  for (const sel of rule?.title ?? []) {
    for (const el of doc.querySelectorAll(sel)) {
      const t = confirmed(el);
      if (t !== null) return { title: clean(t), titleEl: el };
    }
  }
  const found = firstByRank(doc, confirmed);
  if (found) return { title: clean(found.text), titleEl: found.el };
  return { title: clean(bare || (doc.querySelector('h1')?.textContent ?? '').trim()), titleEl: null };
}

/** Generic title holders, best first: an h1, an h2, an element whose class names a title. */
export const TITLE_RULES: readonly ElementRule[] = [{ tags: ['h1'] }, { tags: ['h2'] }, { classParts: ['title'] }];
const TITLE_INDEX = ruleIndex(TITLE_RULES);

/**
 * What `accept` makes of the first accepted element of the best-ranked rule, in one walk of the
 * document: the candidates come in document order and only those that would rank better are asked.
 */
function firstByRank(doc: Document, accept: (el: Element) => string | null): { text: string; el: Element } | null {
  let best: { text: string; el: Element } | null = null;
  let bestRank = TITLE_RULES.length;
  eachMatch(doc, TITLE_INDEX, (el, bits) => {
    const rank = 31 - Math.clz32(bits & -bits);
    if (rank >= bestRank) return false;
    const t = accept(el);
    if (t === null) return false;
    best = { text: t, el };
    bestRank = rank;
    return rank === 0;
  });
  return best;
}

const clean = (t: string) => t.replace(FILE_EXT, '').trim();

/**
 * Non-link text length of every element, computed bottom-up in one pass. Hidden text and short
 * lines of site furniture weigh nothing, so a heavy notice box never outweighs the document.
 * Elements that weigh nothing (links and all inside them, empty boxes) get no entry: read them as 0.
 */
function textWeights(root: Element): Map<Element, number> {
  const weights = new Map<Element, number>();
  const visit = (el: Element): Tally => {
    const t: Tally = { sum: 0, raw: 0, items: 0, texts: 0, first: null };
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) take(t, (c as Text).data);
      else if (c.nodeType === 1) {
        const e = c as Element;
        if (e.localName === 'a' || isSkippedTag(e.localName) || isHiddenByMarkup(e)) continue;
        const k = visit(e);
        t.first ??= k.first;
        t.sum += k.sum;
        t.raw += k.raw;
        t.items += k.items;
        t.texts += k.texts;
      }
    }
    // A box that opens with a notice header and goes on in numbered items (long sentences, which no
    // line rule knows) is the notice: it weighs nothing, and the box around it opens with what follows.
    if (t.first === 'header' && t.texts > 1) {
      if (t.raw <= MAX_NOTICE && t.items * 2 >= t.raw) t.sum = 0;
      t.first = 'other';
    }
    if (t.sum) weights.set(el, t.sum);
    return t;
  };
  visit(root);
  return weights;
}

/** Counts one text node of an element into its tally. */
function take(t: Tally, data: string) {
  const line = data.trim();
  if (!line) return;
  const len = visibleLength(data);
  t.first ??= noticeHeader.test(line) ? 'header' : 'other';
  t.texts++;
  t.raw += len;
  if (NUMBERED.test(line)) t.items += len;
  if (!(data.length <= 400 && isBlockNoise(line))) t.sum += len;
}

/** What textWeights knows of a subtree: its weight, its shown text, and how it opens. */
interface Tally {
  sum: number;
  raw: number;
  /** Characters in lines that start with an item number (1. 2、). */
  items: number;
  texts: number;
  first: 'header' | 'other' | null;
}

const NUMBERED = /^\d{1,2}\s*[.、．]/;

/** Characters a notice box can hold; a larger box that starts with a notice holds more than it. */
const MAX_NOTICE = 1500;

const LEAF_BLOCKS = new Set(['p', 'li', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'span', 'a', 'font', 'strong', 'b']);

/**
 * Walks down from <body> while one child holds most of the text. The container of the paragraphs is
 * where the text stops being dominated by a single child.
 */
function dominantContainer(body: Element, weights: Map<Element, number>): { el: Element; share: number } {
  const total = weights.get(body) || 1;
  let el = body;
  for (;;) {
    const w = weights.get(el) ?? 0;
    let best: Element | null = null;
    let bestW = -1;
    for (const c of el.children) {
      const cw = weights.get(c) ?? 0;
      if (cw > bestW) {
        best = c;
        bestW = cw;
      }
    }
    if (!best || bestW < 0.6 * w || LEAF_BLOCKS.has(best.localName)) break;
    el = best;
  }
  return { el, share: (weights.get(el) ?? 0) / total };
}

/**
 * Runs Readability on a clone. Returns its article (in the clone) and the live element that holds the
 * same text, found through the clone's text nodes, which Readability moves but does not recreate.
 */
export function readabilityArticle(
  doc: Document,
  Readability: NonNullable<Parts['readability']>,
): { article: Element; live: Element | null } | null {
  const liveTexts: Text[] = [];
  const collect = (n: Node, out: Node[]) => {
    const w = n.ownerDocument!.createTreeWalker(n, 4);
    for (let t = w.nextNode(); t; t = w.nextNode()) out.push(t);
  };
  collect(doc.body, liveTexts);
  const clone = doc.cloneNode(true) as Document;
  const cloneTexts: Node[] = [];
  collect(clone.body, cloneTexts);
  const index = new Map<Node, number>(cloneTexts.map((t, i) => [t, i]));
  let article: Element | null = null;
  try {
    new Readability(clone, { serializer: (el: Node) => ((article = el as Element), '') }).parse();
  } catch {
    return null;
  }
  const found = article as Element | null;
  if (!found) return null;
  const kept: Text[] = [];
  const inArticle: Node[] = [];
  collect(found, inArticle);
  for (const t of inArticle) {
    const i = index.get(t);
    const live = i === undefined ? undefined : liveTexts[i];
    if (live && /\S/.test(live.data)) kept.push(live);
  }
  let live: Element | null = kept[0]?.parentElement ?? null;
  for (const t of kept) while (live && !live.contains(t)) live = live.parentElement;
  return { article: found, live };
}

function previewBlock(doc: Document, rule?: HostRule): Element | null {
  for (const sel of rule?.preview ?? []) {
    const el = doc.querySelector(sel);
    if (el && (el.textContent ?? '').trim().length > 50) return el;
  }
  for (const el of doc.body.querySelectorAll('h2, h3, h4, div, p, span, dt, strong')) {
    const first = el.firstChild;
    if (first?.nodeType === 3 && startsWithPreviewLabel.test((first as Text).data)) {
      const own = (el.textContent ?? '').length;
      const host = own > 60 ? el : el.parentElement;
      if (host && (host.textContent ?? '').length > 60) return host;
    }
  }
  return null;
}

/**
 * The text a page of a preview-only site must hold, outside any preview block, to be read as a text document: more
 * than the chrome and notices around page images ever add up to.
 */
const TEXT_ON_IMAGE_SITE = 1000;
/** …and that many times the preview block's text: a preview is a summary of the document, not the document. */
const PREVIEW_SHARE = 4;

/** Where the document is: the fast finders, then Readability, asked for only when they do not settle the page. */
export function* locateSteps(doc: Document, rule?: HostRule): Generator<Need, Location, unknown> {
  const named = titleOf(doc, rule);
  const drawn = drawnLayers(doc);
  if (drawn) return { ...drawn, ...named, via: 'layers' };
  for (const sel of rule?.content ?? []) {
    const el = doc.querySelector(sel);
    if (el && (el.textContent ?? '').trim()) return { root: el, ...named, textLayer: 'full', via: 'rule' };
  }
  const weights = textWeights(doc.body);
  const dominant = dominantContainer(doc.body, weights);
  const holdsDocument = dominant.el !== doc.body && dominant.share >= 0.5;
  if (rule?.textLayer === 'preview-only') {
    const el = previewBlock(doc, rule);
    // A site that shows its documents as images can still serve one as text (a text version, a new
    // layout, a copy of another site's page): the page's evidence outweighs what the rule expects of it.
    const text = holdsDocument ? (dominant.el.textContent ?? '').length : 0;
    if (text >= TEXT_ON_IMAGE_SITE && text >= PREVIEW_SHARE * (el?.textContent ?? '').length)
      return { root: dominant.el, ...named, textLayer: 'full', via: 'dominant' };
    return el
      ? { root: el, ...named, textLayer: 'preview-only', via: 'preview' }
      : { root: doc.body, ...named, textLayer: 'none', via: 'body' };
  }
  if (holdsDocument) return { root: dominant.el, ...named, textLayer: 'full', via: 'dominant' };
  // Readability's pick must still hold most of the text once furniture is discounted.
  const Readability = yield* need('readability');
  const found = Readability ? readabilityArticle(doc, Readability)?.live : null;
  if (found && (weights.get(found) ?? 0) >= 0.5 * (weights.get(doc.body) ?? 0))
    return { root: found, ...named, textLayer: 'full', via: 'readability' };
  return { root: doc.body, ...named, textLayer: (doc.body.textContent ?? '').trim() ? 'full' : 'none', via: 'body' };
}

/** locateSteps at once, Readability from `parts` (tests, and callers that have it to hand). */
export const locate = (doc: Document, rule?: HostRule, parts: Parts = {}): Location => drive(locateSteps(doc, rule), parts);
