import type { LayerBlock } from '../page/text-layer';

/** Why a page gave no text: nothing legible on it (blank, tiny, no text, not an image), or OCR itself failed. */
export type OcrFailure = 'no-text' | 'failed';

/** What reading one page image gives. */
export type OcrPageResult = { ok: true; blocks: LayerBlock[]; cached: boolean } | { ok: false; code: OcrFailure };

/** What a page is when OCR, the message on the way or its answer went wrong. */
export const OCR_FAILED: OcrPageResult = { ok: false, code: 'failed' };

/** Content script → background: read this image (an http(s) address of the page's own, or a data: URL made from it). */
export interface OcrReadMessage {
  type: 'jingdu:ocr-read';
  src: string;
  /** The cache key: image address and natural size. */
  key: string;
}

/** Background → the OCR page (offscreen document, or the frame in Firefox's background page). */
export interface OcrRunMessage {
  type: 'jingdu:ocr-run';
  src: string;
  key: string;
}

const MAX_SRC = 16_000_000;
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isSrc = (s: unknown): s is string => typeof s === 'string' && s.length < MAX_SRC && /^(https?:|data:image\/)/.test(s);

export function isOcrRequest<T extends 'jingdu:ocr-read' | 'jingdu:ocr-run'>(
  msg: unknown,
  type: T,
): msg is { type: T; src: string; key: string } {
  return isObject(msg) && msg.type === type && isSrc(msg.src) && typeof msg.key === 'string' && msg.key.length <= 4096;
}

export function isOcrPageResult(x: unknown): x is OcrPageResult {
  if (!isObject(x)) return false;
  if (x.ok === false) return x.code === 'no-text' || x.code === 'failed';
  return (
    x.ok === true &&
    typeof x.cached === 'boolean' &&
    Array.isArray(x.blocks) &&
    x.blocks.every((b) => isObject(b) && typeof b.text === 'string' && (b.confidence === undefined || typeof b.confidence === 'number'))
  );
}
