import { visibleLength } from '../text/normalise';

/**
 * Cuts a subtree into reading blocks: runs of text between block-level boundaries, each remembering
 * its text nodes so that later stages can edit the live page node by node.
 */

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'br',
  'body',
  'html',
]);
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'textarea',
  'select',
  'input',
  'button',
  'head',
  'title',
  'meta',
  'link',
]);

export interface Segment {
  /** Text nodes of the block, in order. */
  nodes: Text[];
  /** The nearest block-level element that holds the block. */
  el: Element;
  tag: string;
  bold: boolean;
}

/**
 * The segment is all the text of its element, so hiding the element hides exactly the segment.
 * Its nodes are a subsequence of the element's text nodes, so equal visible lengths mean equal text.
 */
export function ownsElement(seg: Segment): boolean {
  let own = 0;
  for (const n of seg.nodes) own += visibleLength(n.data);
  return visibleLength(seg.el.textContent ?? '') === own;
}

const isBoldTag = (tag: string) => tag === 'strong' || tag === 'b';

/**
 * Text the site itself keeps invisible: Discuz "jammer" strings, hidden spans of anti-copy junk.
 * Only markup-level hiding is visible to the engine (it also runs on documents without styles).
 */
export function isHiddenByMarkup(el: Element): boolean {
  // Most elements carry no attribute at all: one check instead of four lookups.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (/(?:^|\s)jammer(?:\s|$)/.test(el.getAttribute('class') ?? '')) return true;
  const style = el.getAttribute('style');
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

export function isBlockTag(tag: string): boolean {
  return BLOCK_TAGS.has(tag);
}

export function isSkippedTag(tag: string): boolean {
  return SKIP_TAGS.has(tag);
}

/**
 * @param skip elements whose subtree is left out (hidden noise)
 */
export function segment(root: Element, skip: (el: Element) => boolean): Segment[] {
  const out: Segment[] = [];
  let current: Segment | null = null;
  // A block is bold when all its visible text is: some bold text and no plain text.
  let boldText = false;
  let plainText = false;

  const flush = () => {
    if (current && (boldText || plainText)) {
      current.bold = boldText && !plainText;
      out.push(current);
    }
    current = null;
    boldText = false;
    plainText = false;
  };

  const walk = (el: Element, blockEl: Element, bold: boolean) => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child as Text;
        if (!current) current = { nodes: [], el: blockEl, tag: blockEl.localName, bold: false };
        current.nodes.push(text);
        if ((bold ? !boldText : !plainText) && /\S/.test(text.data)) {
          if (bold) boldText = true;
          else plainText = true;
        }
      } else if (child.nodeType === 1) {
        const e = child as Element;
        const tag = e.localName;
        if (SKIP_TAGS.has(tag) || skip(e) || isHiddenByMarkup(e)) continue;
        if (BLOCK_TAGS.has(tag)) {
          flush();
          if (tag !== 'br' && tag !== 'hr') walk(e, e, bold);
          flush();
        } else {
          walk(e, blockEl, bold || isBoldTag(tag) || /font-weight:\s*(?:bold|[6-9]00)/.test(e.getAttribute('style') ?? ''));
        }
      }
    }
  };
  walk(root, root, false);
  flush();
  return out;
}

/** Segments of a subtree that hold text once the noise is left out. */
export function readingSegments(root: Element, noise: ReadonlyArray<{ nodes?: Text[] }>, hidden: (el: Element) => boolean): Segment[] {
  const noiseNodes = new Set(noise.flatMap((h) => h.nodes ?? []));
  return segment(root, hidden)
    .map((s) => ({ ...s, nodes: s.nodes.filter((n) => !noiseNodes.has(n)) }))
    .filter((s) => s.nodes.some((n) => /\S/.test(n.data)));
}
