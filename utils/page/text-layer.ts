import { LAYER_TAG, type DrawnLayer } from '../engine/stages/layers';

export interface LayerBlock {
  text: string;
  /** Drawn in a bold face: the outline reads it as a heading candidate, as it does <strong>. */
  bold?: boolean;
  /** 0–1, for recognised text. */
  confidence?: number;
  /** Where the block sits on its source, in CSS pixels from the source's top left corner. */
  box?: { left: number; top: number; width: number; size: number; indent?: number; lineHeight?: number };
}

/**
 * 'over' lays the text over its source, transparent and selectable, the way PDF.js lays text over a
 * drawn page: the reader still sees the page as drawn (charts and all), and selects and copies its text.
 * 'below' shows the text under the source, 'replace' in its place.
 */
export type LayerMode = 'over' | 'below' | 'replace';

function overStyle(source: HTMLElement): string {
  return [
    'display:block',
    'position:absolute',
    `left:${source.offsetLeft}px`,
    `top:${source.offsetTop}px`,
    `width:${source.offsetWidth}px`,
    `height:${source.offsetHeight}px`,
    'margin:0',
    'padding:0',
    'overflow:hidden',
    'color:transparent',
    'background:none',
    'border:0',
    'z-index:1',
  ].join(';');
}

const px = (n: number) => `${Math.max(0, n).toFixed(1)}px`;

function placed(p: HTMLElement, box: NonNullable<LayerBlock['box']>) {
  p.setAttribute(
    'style',
    `position:absolute;margin:0;padding:0;white-space:normal;left:${px(box.left)};top:${px(box.top)};width:${px(box.width)};` +
      `font-size:${px(Math.max(1, box.size))};line-height:${px(box.lineHeight ?? 1.2 * box.size)};text-indent:${px(box.indent ?? 0)}`,
  );
}

/**
 * Puts the text a drawn page shows (a canvas, a page image) into the page as real text right after the
 * element that shows it. The engine then reads it
 * like any other text (stages/layers.ts). Text goes in as text nodes, never as markup. The undo removes
 * the text and gives the element back its own style attribute, as it was.
 */
export function showTextLayer(source: Element, blocks: readonly LayerBlock[], kind: DrawnLayer, mode: LayerMode = 'below'): () => void {
  const doc = source.ownerDocument;
  const layer = doc.createElement(LAYER_TAG);
  const over = mode === 'over';
  const replace = mode === 'replace';
  layer.setAttribute('data-layer', kind);
  layer.setAttribute('style', over ? overStyle(source as HTMLElement) : 'display:block');
  for (const block of blocks) {
    const p = doc.createElement('p');
    if (over && block.box) placed(p, block.box);
    if (block.confidence !== undefined) p.setAttribute('data-confidence', block.confidence.toFixed(2));
    const holder = block.bold ? p.appendChild(doc.createElement('strong')) : p;
    holder.textContent = block.text;
    layer.append(p);
  }
  const had = source.getAttribute('style');
  if (replace) (source as HTMLElement).style.setProperty('display', 'none', 'important');
  source.after(layer);
  return () => {
    layer.remove();
    if (!replace) return;
    if (had === null) source.removeAttribute('style');
    else source.setAttribute('style', had);
  };
}

/** The layer showTextLayer put after an element, if any. */
export function layerAfter(source: Element): Element | null {
  const next = source.nextElementSibling;
  return next?.localName === LAYER_TAG ? next : null;
}
