import type { OcrPage } from './ocr-run';
import { layerAfter } from './text-layer';

/** Shown at least this wide, an image is a page image (a document page, not an icon or an avatar). */
const PAGE_WIDTH = 300;

/**
 * The page images the page has loaded, in document order, numbered as the document's pages, that have
 * no text layer yet. Only what the page already shows: images still waiting to load (lazy pages further
 * down) are left out. A page image that failed to load (no pixels) is still a page: it has no text.
 */
export function pageImages(doc: Document): OcrPage<HTMLImageElement>[] {
  const isPage = (img: HTMLImageElement) =>
    Math.max(img.naturalWidth, img.getBoundingClientRect().width, Number(img.getAttribute('width')) || 0) >= PAGE_WIDTH;
  const pages: OcrPage<HTMLImageElement>[] = [];
  let number = 0;
  for (const img of Array.from(doc.getElementsByTagName('img'))) {
    if (!isPage(img)) continue;
    number++;
    // The key (a hash of a whole data: address) only when the run reads the page: the popup's count needs none.
    if (img.complete && !layerAfter(img))
      pages.push({
        element: img,
        number,
        source: () => imageSource(img),
        get key() {
          return imageKey(img);
        },
      });
  }
  return pages;
}

/**
 * An http(s) image is read by the OCR page from its address (the known host's permission; the browser's
 * cache usually has it); any other (blob:, data:) from the element's own pixels, where the site allows it.
 */
export function imageSource(img: HTMLImageElement): string | null {
  const src = img.currentSrc || img.src;
  if (/^https?:/.test(src)) return src;
  if (src.startsWith('data:image/')) return src;
  try {
    const canvas = img.ownerDocument.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    canvas.getContext('2d')?.drawImage(img, 0, 0);
    return canvas.toDataURL('image/png');
  } catch {
    return null; // a tainted canvas: the site does not allow reading its pixels
  }
}

/** Address and natural size; a data: address by its length and a hash, not the whole of it. */
export function imageKey(img: HTMLImageElement): string {
  const src = img.currentSrc || img.src;
  const size = `${img.naturalWidth}x${img.naturalHeight}`;
  if (!src.startsWith('data:')) return `${src.slice(0, 2000)}#${size}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < src.length; i++) h = Math.imul(h ^ src.charCodeAt(i), 0x01000193) >>> 0;
  return `data:${src.length}:${h.toString(16)}#${size}`;
}
