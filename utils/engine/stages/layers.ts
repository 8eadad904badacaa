import type { TextLayer } from '../types';

/** The element the page side puts after a canvas or page image, holding the text that element shows. */
export const LAYER_TAG = 'jingdu-text';

export type DrawnLayer = Extract<TextLayer, 'canvas' | 'ocr'>;

/**
 * The text layers in a page, and the smallest element holding them all: that is where the document is.
 * A tag lookup, not a selector, since it runs on every recognised page.
 */
export function drawnLayers(doc: Document): { root: Element; textLayer: DrawnLayer } | null {
  const layers = doc.getElementsByTagName(LAYER_TAG);
  const first = layers[0];
  if (!first || !doc.body) return null;
  let root: Element = layers.length === 1 ? (first.parentElement ?? doc.body) : first;
  for (const layer of layers) while (!root.contains(layer)) root = root.parentElement ?? doc.body;
  const textLayer = [...layers].some((l) => l.getAttribute('data-layer') === 'ocr') ? 'ocr' : 'canvas';
  return { root, textLayer };
}
