import type { CleanPlan } from '../plan';
import { snippet, textKey, visibleLength } from '../text/normalise';
import type { Held, Removal, TextLayer } from '../types';
import type { Location } from './locate';
import type { RepairedBlock } from './repair';
import { isHiddenByMarkup, isSkippedTag } from './segment';

/**
 * The site around the document: what a cleaned page hides so that it shows only the document and its
 * title. Noise rules name the furniture they know; this takes everything else outside the document too
 * (meta lists, disclaimers, download boxes no rule was written for), so the page shows what `text` holds.
 */
export interface Outside {
  /** Elements beside the path from <body> down to the document and to its title element. */
  hide: Element[];
  /** Text nodes that sit directly on that path. */
  blank: Text[];
  /** Form controls inside the document (download buttons, search boxes): never part of its text. */
  controls: Element[];
  /** The path itself: what the site adds beside it later is hidden too. */
  around: Set<Element>;
}

const CONTROLS = 'button, input, select, textarea';

/**
 * On pages whose document is drawn (canvas, page images), the drawing stays in view: a block holding a
 * canvas or several images is a page of the document, not furniture.
 */
export function holdsDrawnPages(el: Element): boolean {
  return el.getElementsByTagName('canvas').length > 0 || el.getElementsByTagName('img').length >= 3;
}

export function outside(doc: Document, root: Element, titleEl: Element | null, textLayer: TextLayer): Outside {
  const path = new Set<Element>();
  const out: Outside = {
    hide: [],
    blank: [],
    controls: [...root.querySelectorAll(CONTROLS)].filter((c) => !isHiddenByMarkup(c)),
    around: path,
  };
  const body = doc.body;
  if (!body || root === body) return out;
  for (const start of [root, titleEl]) for (let p = start; p && p !== body; p = p.parentElement) path.add(p);
  path.add(body);
  const drawn = textLayer !== 'full';
  for (const el of path) {
    if (el === root || el === titleEl) continue;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        if (/\S/.test((c as Text).data)) out.blank.push(c as Text);
        continue;
      }
      if (c.nodeType !== 1) continue;
      const child = c as Element;
      if (path.has(child) || isSkippedTag(child.localName) || isHiddenByMarkup(child)) continue;
      if (drawn && holdsDrawnPages(child)) continue;
      out.hide.push(child);
    }
  }
  return out;
}

/** Characters of text a reader sees in a subtree: script, style and markup-hidden parts left out. */
export function shownLength(el: Element): number {
  let sum = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) sum += visibleLength((c as Text).data);
    else if (c.nodeType === 1) {
      const e = c as Element;
      if (!isSkippedTag(e.localName) && !isHiddenByMarkup(e)) sum += shownLength(e);
    }
  }
  return sum;
}

/** Whether a recognised page is better left as it is, from the document's and the page's shown text. */
export function heldReason(docLength: number, pageLength: number, textLayer: TextLayer): Held | null {
  if (textLayer === 'none' || docLength === 0) return 'no-document';
  if (docLength < 0.05 * pageLength || (docLength < 200 && pageLength >= 5 * docLength)) return 'little-document';
  return null;
}

/**
 * heldReason for a live page. Its raw text is at least what it shows, and a longer page only makes a
 * document look smaller: a document that clears the raw length needs no walk of the page.
 */
export function heldOn(body: Element, docLength: number, textLayer: TextLayer): Held | null {
  const bound = heldReason(docLength, (body.textContent ?? '').length, textLayer);
  return bound === 'little-document' ? heldReason(docLength, shownLength(body), textLayer) : bound;
}

/**
 * Adds to the plan the hiding of the site around the document. The title element stays in view unless
 * the document itself starts with the title (shown once), or it lies inside the document anyway.
 */
export function isolate(doc: Document, loc: Location, title: string, blocks: RepairedBlock[], hidden: Set<Element>, plan: CleanPlan) {
  const key = textKey(title);
  const first = blocks[0] ? textKey(blocks[0].text) : '';
  const titled = key !== '' && first.startsWith(key) && first.length <= key.length + 8;
  const el = loc.titleEl;
  const titleEl = titled || !el || loc.root.contains(el) || el.contains(loc.root) ? null : el;
  const found = outside(doc, loc.root, titleEl, loc.textLayer);
  const removed: Removal[] = [];
  for (const e of [...found.hide, ...found.controls]) {
    if (hidden.has(e)) continue;
    hidden.add(e);
    plan.hide.push({ el: e, kind: 'site' });
    removed.push({ kind: 'site', text: snippet(e.textContent ?? '') });
  }
  for (const n of found.blank) {
    plan.edits.set(n, '');
    removed.push({ kind: 'site', text: snippet(n.data) });
  }
  return { removed, around: found.around };
}
