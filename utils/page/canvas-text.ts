import { drawnBlocks, type DrawnRun } from '../engine/text/drawn-lines';
import { CANVAS_ATTR, type WireRun } from './canvas-wire';
import type { CanvasStore } from './canvas-listen';
import { showTextLayer } from './text-layer';

/** Less drawn text than this is a chart's labels, not a page of a document. */
const MIN_PAGE_TEXT = 100;

const textOf = (runs: readonly WireRun[]) => runs.reduce((n, r) => n + r[1].trim().length, 0);

/** A run in CSS pixels of its canvas as shown: pages drawn at twice the resolution read like the rest. */
const toRun =
  (k: number) =>
  ([, text, x, y, width, size, bold]: WireRun): DrawnRun => ({
    text,
    x: x * k,
    y: y * k,
    width: width * k,
    size: size * k,
    bold: bold === 1,
  });
const scaleOf = (c: HTMLCanvasElement) => (c.width && c.offsetWidth ? c.offsetWidth / c.width : 1);

/**
 * Lays the text every canvas of the page drew over that canvas (text-layer.ts), pages in document
 * order so a paragraph cut by a page break reads whole. Returns the undo.
 */
export function showCanvasText(doc: Document, store: CanvasStore): () => void {
  const drawn = [...doc.querySelectorAll<HTMLCanvasElement>(`canvas[${CANVAS_ATTR}]`)]
    .map((canvas) => ({ canvas, runs: store.runs.get(canvas.getAttribute(CANVAS_ATTR)!) ?? [] }))
    .filter(({ runs }) => textOf(runs) >= MIN_PAGE_TEXT);
  if (!drawn.length) return () => {};
  const pages = drawnBlocks(drawn.map(({ canvas, runs }) => runs.map(toRun(scaleOf(canvas)))));
  const undos = drawn.map(({ canvas }, i) => showTextLayer(canvas, pages[i]!, 'canvas', 'over'));
  return () => {
    for (const undo of undos.reverse()) undo();
  };
}

/**
 * Reads the page again when its canvases draw new text (pages drawn as the reader scrolls): the layers
 * are laid afresh, so a paragraph running on to a new page joins its start. Not after the user chose
 * the original page.
 */
export function followCanvasText(store: CanvasStore, reclean: () => void, quietMs = 300): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = store.watch(() => {
    clearTimeout(timer);
    timer = setTimeout(reclean, quietMs);
  });
  return () => {
    clearTimeout(timer);
    stop();
  };
}
