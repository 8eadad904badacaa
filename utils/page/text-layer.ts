import { LAYER_TAG, type DrawnLayer } from '../engine/stages/layers';

export interface LayerBlock {
  text: string;
  /** Drawn in a bold face: the outline reads it as a heading candidate, as it does <strong>. */
  bold?: boolean;
  /** 0–1, for recognised text. */
  confidence?: number;
}

/**
 * Puts the text a drawn page shows (a canvas, a page image) into the page as real text right after the
 * element that shows it; with `replace`, the text stands in for the element. The engine then reads it
 * like any other text (stages/layers.ts). Text goes in as text nodes, never as markup. The undo removes
 * the text and gives the element back its own style attribute, as it was.
 */
export function showTextLayer(source: Element, blocks: readonly LayerBlock[], kind: DrawnLayer, replace = true): () => void {
  const doc = source.ownerDocument;
  const layer = doc.createElement(LAYER_TAG);
  layer.setAttribute('data-layer', kind);
  layer.setAttribute('style', 'display:block');
  for (const block of blocks) {
    const p = doc.createElement('p');
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
