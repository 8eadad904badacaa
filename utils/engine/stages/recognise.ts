import { findHostRule } from '../hosts/find';
import type { HostRule } from '../hosts/define';
import { isHan } from '../text/normalise';
import { countJammers } from '../text/jammer';
import { captionAtEnd, PAGE_CAPTIONS, pageEvidence } from '../text/patterns';
import { countPinyin, hasPinyinCandidate, type ReadingsOf } from '../text/pinyin';
import { rubyPinyin } from './ruby-pinyin';
import { hiddenStuffing } from './hidden-stuffing';

export interface Recognition {
  detected: boolean;
  site: string | null;
  rule?: HostRule;
  score: number;
  reasons: string[];
}

/** A phrase of the noise rules' evidence in the text, as often as its evidence asks. */
const holds = (text: string, e: (typeof pageEvidence)[number]) =>
  e.times ? (text.match(e.phrases)?.length ?? 0) >= e.times : e.phrases.test(text);

const MIN_SCORE = 3;
const HAN = /[\u3400-\u9fff]/;

const HEAD = 30_000;
const TAIL = 10_000;
/** Site furniture sits at the top and bottom of a page; its middle adds time, not evidence. */
function sample(text: string): string {
  return text.length <= HEAD + TAIL ? text : text.slice(0, HEAD) + text.slice(-TAIL);
}

function chunkNumbering(doc: Document, text: string): boolean {
  if (!/2、[\s\S]*3、/.test(text)) return false;
  let expected = 0;
  let run = 0;
  let seen = 0;
  for (const el of doc.querySelectorAll('p, li, div, td')) {
    if (++seen > 2000) break;
    const first = el.firstChild;
    if (!first || first.nodeType !== 3) continue;
    const m = /^\s*(\d{1,3})、/.exec((first as Text).data);
    if (!m) continue;
    const n = Number(m[1]);
    run = n === expected + 1 ? run + 1 : 1;
    expected = n;
    if (run >= 3 && el.textContent!.length > 200) return true;
  }
  return false;
}

/** A bracket of pinyin with its tones, as marks (quánguó) or as digits (quan2guo2). */
const TONED_PAREN = /[(（][a-zA-Zü'’ ]*(?:[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]|[a-zü][1-5])[a-zA-Z1-5üāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ'’ ]*[)）]/g;
const SAMPLE = 24;

/**
 * Verified annotations, estimated from an even sample of the tone-marked brackets: verifying every
 * one of thousands would cost more than the rest of recognition.
 */
function estimatePinyin(text: string, readings: ReadingsOf): number {
  const found = [...text.matchAll(TONED_PAREN)];
  if (found.length < 5) return 0;
  const step = Math.max(1, Math.floor(found.length / SAMPLE));
  let sampled = 0;
  let verified = 0;
  for (let i = 0; i < found.length; i += step) {
    const m = found[i]!;
    sampled++;
    // The bracket itself, read after what stands before it: a window holding it would also count the
    // annotations before it, once for every bracket whose window reaches them.
    verified += Math.min(1, countPinyin(m[0], readings, text.slice(Math.max(0, m.index - 24), m.index)));
  }
  return Math.round((verified / sampled) * found.length);
}

/**
 * Text nodes from one end of `body` until `limit` characters were read: 'found' at the first hanzi,
 * 'none' when the whole body was read without one, 'unread' when the limit left some of it unread.
 * Walked by hand: a TreeWalker may collect every node of the page before its first step (linkedom's
 * does), and not every DOM implementation has TreeWalker.previousNode.
 */
function hanWithin(body: Element, limit: number, fromEnd: boolean): 'found' | 'none' | 'unread' {
  const inward = (n: Node) => (fromEnd ? n.lastChild : n.firstChild);
  const onward = (n: Node) => (fromEnd ? n.previousSibling : n.nextSibling);
  let seen = 0;
  let n: Node | null = inward(body);
  while (n && seen < limit) {
    const child = inward(n);
    if (child) {
      n = child;
      continue;
    }
    if (n.nodeType === 3) {
      const data = (n as Text).data;
      if (HAN.test(data)) return 'found';
      seen += data.length;
    }
    // A parent can be missing: happy-dom hangs a <template>'s content fragment under it.
    while (n && n !== body && !onward(n)) n = n.parentNode;
    n = !n || n === body ? null : onward(n);
  }
  return n ? 'unread' : 'none';
}

/**
 * Hanzi in the sample (head and tail): cheaper than building the text of a page that has none. Most
 * ordinary pages are read whole from the head, and their tail then holds nothing new.
 */
function hasHan(body: Element): boolean {
  const head = hanWithin(body, HEAD, false);
  return head === 'found' || (head === 'unread' && hanWithin(body, TAIL, true) === 'found');
}

/** A plain loop: a /\p{Script=Han}/gu match array costs ~20× more on a long page. */
function countHan(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isHan(text.charCodeAt(i))) n++;
  return n;
}

function pageCaptions(doc: Document): boolean {
  let n = 0;
  for (const img of doc.querySelectorAll('img[alt]'))
    if (captionAtEnd.test(img.getAttribute('alt') ?? '') && ++n >= PAGE_CAPTIONS.times!) return true;
  return false;
}

/** @param readings to verify inline pinyin, the evidence of a mirror page; without them it is not counted */
export function recognise(doc: Document, url: string, readings?: ReadingsOf): Recognition {
  const rule = findHostRule(url);
  // A known host is decided by its rule: page evidence would only add reasons, at the cost of reading
  // the page's text once more before cleaning has begun.
  if (rule) return { detected: true, site: rule.id, rule, score: MIN_SCORE, reasons: [`host rule ${rule.id}`] };
  const reasons: string[] = [];
  let score = 0;
  // Every piece of evidence is Chinese text: a page without hanzi has none.
  if (!doc.body || !hasHan(doc.body)) return verdict(score, reasons);
  const text = sample(doc.body.textContent ?? '');
  for (const e of pageEvidence) {
    if (holds(text, e)) {
      score += e.weight;
      reasons.push(e.reason);
    }
  }
  const jammers = countJammers(text);
  if (jammers >= 3) {
    score += 3;
    reasons.push(`jammer strings ×${jammers}`);
  }
  if (hiddenStuffing(doc, text)) {
    score += 3;
    reasons.push('hidden keyword stuffing');
  }
  if (chunkNumbering(doc, text)) {
    score += 2;
    reasons.push('page-chunk numbering');
  }
  // Image captions are looked for only where they can decide: a query over every image is most of the
  // time recognition takes on an ordinary page, and without other evidence two points are not enough.
  const undecided = score > 0 && score < MIN_SCORE;
  if (undecided && !reasons.includes(PAGE_CAPTIONS.reason) && pageCaptions(doc)) {
    score += PAGE_CAPTIONS.weight;
    reasons.push(PAGE_CAPTIONS.reason);
  }
  // Pinyin over the words as <ruby> needs no readings to be told: its structure says it. With <rp>
  // brackets the text reads as bracketed pinyin too, so the two counts are of the same annotations.
  const inBrackets = readings && hasPinyinCandidate(text) ? estimatePinyin(text, readings) : 0;
  const n = Math.max(inBrackets, rubyPinyin(doc, text));
  // Counting hanzi is needed only when the text's length alone does not already settle the density.
  if (n >= 5 && (n * 500 >= text.length || n * 500 >= countHan(text))) {
    score += 3;
    reasons.push(`inline pinyin ×${n}`);
  }
  return verdict(score, reasons);
}

/** The verdict on a page of no known host: by its evidence alone. */
function verdict(score: number, reasons: string[]): Recognition {
  const detected = score >= MIN_SCORE;
  return { detected, site: detected ? 'generic' : null, score, reasons };
}
