import type { HostRule } from '../hosts/define';
import type { NoiseKind } from '../types';
import { asRepaired } from '../text/as-repaired';
import { matchBlockRule, noticeHeader, sectionLabel } from '../text/patterns';
import { snippet, visibleLength } from '../text/normalise';
import { CHROME_RULES, chromeMatches, placed, ruleKindOf } from './chrome-rules';
import type { ReadingsOf } from '../text/pinyin';
import { ownsElement, segment, type Segment } from './segment';

export interface NoiseHit {
  kind: NoiseKind;
  /** The element to hide; absent when only some text nodes of a mixed element are noise. */
  el?: Element;
  nodes?: Text[];
  text: string;
}

/**
 * The chrome kind of one element by its own tag, class or id, as findNoise's walk would find it (it
 * looks only below the element it starts from). Inside the content only the rules for anywhere apply.
 */
export function chromeKindOf(el: Element, inContent: boolean): NoiseKind | null {
  return ruleKindOf(el, (where) => where === 'anywhere' || (!inContent && where === 'outside'));
}

const MAX_NOISE_BLOCK = 400;

function linkShare(el: Element): number {
  const all = visibleLength(el.textContent ?? '') || 1;
  let links = 0;
  for (const a of el.querySelectorAll('a')) links += visibleLength(a.textContent ?? '');
  return links / all;
}

function segLinkShare(seg: Segment): number {
  let all = 0;
  let links = 0;
  for (const n of seg.nodes) {
    const len = visibleLength(n.data);
    all += len;
    if (inLinkWithin(n, seg.el)) links += len;
  }
  return all ? links / all : 0;
}

/** Whether a link inside `block` holds the node: the nearest link above the node, if inside, is one. */
function inLinkWithin(node: Text, block: Element): boolean {
  for (let p = node.parentElement; p; p = p.parentElement) {
    if (p.localName === 'a') return true;
    if (p === block) return false;
  }
  return false;
}

/** The largest section around a label (相关推荐, 评论列表) that is still only furniture. */
function sectionOf(label: Element, root: Element, body: Element): Element {
  let el = label;
  for (let p = el.parentElement; p && p !== body && !p.contains(root); p = p.parentElement) {
    if (root.contains(p) && linkShare(p) < 0.5) break;
    el = p;
  }
  return el;
}

const segText = (s: Segment) =>
  s.nodes
    .map((n) => n.data)
    .join('')
    .trim();
/**
 * Block rules judge a short line as the cleaned page shows it: a notice behind 文档简介, or a page
 * marker that only an annotation made too long, would otherwise be found by a second cleaning.
 */
function matchRepaired(text: string, readings: ReadingsOf | undefined): NoiseKind | null {
  const bare = asRepaired(text, readings).trim();
  return bare === text ? null : matchBlockRule(bare);
}

/**
 * @param body the page's body, or a subtree the site added later (read alone)
 * @param readings for the pinyin a line is judged without (engine/parts.ts)
 */
export function findNoise(body: Element, root: Element, rule?: HostRule, readings?: ReadingsOf): NoiseHit[] {
  const hits: NoiseHit[] = [];
  const hidden = new Set<Element>();
  const hide = (el: Element, kind: NoiseKind) => {
    // Already hidden when it or an ancestor is: a walk up, not a scan of every hidden element.
    for (let p: Element | null = el; p; p = p.parentElement) if (hidden.has(p)) return;
    hidden.add(el);
    hits.push({ kind, el, text: snippet(el.textContent ?? '') });
  };

  for (const [kind, sels] of Object.entries(rule?.noise ?? {}) as Array<[NoiseKind, string[]]>) {
    for (const sel of sels) for (const el of body.querySelectorAll(sel)) if (!el.contains(root)) hide(el, kind);
  }
  const matched = chromeMatches(body);
  CHROME_RULES.forEach(({ kind, where }, i) => {
    for (const el of matched[i]!) if (placed(where, el, root)) hide(el, kind);
  });

  const isHidden = (el: Element) => hidden.has(el);
  // Inside a notice (温馨提示…), items numbered in sequence belong to it even without a keyword.
  let inNotice = false;
  let noticeParent: Element | null = null;
  let item = 0;
  for (const seg of segment(body, isHidden)) {
    const text = segText(seg);
    let kind: NoiseKind | null = text.length <= MAX_NOISE_BLOCK ? (matchBlockRule(text) ?? matchRepaired(text, readings)) : null;
    const header = noticeHeader.test(text);
    // The item number matters only within a notice, or at its header.
    const n = inNotice || header ? Number(/^(\d{1,2})\s*[.、．]/.exec(text)?.[1] ?? NaN) : NaN;
    if (!kind && text.length <= 200 && !/^h\d$/.test(seg.tag) && segLinkShare(seg) >= 0.9 && seg.el !== root) kind = 'related';
    if (!kind && inNotice && n === item + 1 && text.length <= MAX_NOISE_BLOCK && seg.el.parentElement === noticeParent)
      kind = 'download-prompt';
    if (header) noticeParent = seg.el.parentElement;
    inNotice = header || (inNotice && kind !== null);
    item = inNotice ? n || item : 0;
    if (!kind) continue;
    if ((kind === 'related' || kind === 'comments') && sectionLabel.test(text) && seg.el !== root) {
      hide(sectionOf(seg.el, root, body), kind);
    } else if (seg.el !== root && ownsElement(seg)) {
      hide(seg.el, kind);
    } else {
      hits.push({ kind, nodes: seg.nodes, text: snippet(text) });
    }
  }
  return hits;
}
