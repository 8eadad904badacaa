import * as ort from 'onnxruntime-web/wasm';
import { cachePage, cachedPage } from './cache';
import { createOcr, type Ocr, type OrtModule, type Pixels } from './engine';
import { OCR_FILES } from './files';
import { linesToBlocks } from './blocks';
import type { OcrPageResult } from './protocol';

/** Smaller than this on either side, an image holds no line of text worth reading. */
const MIN_SIDE = 24;
/** Larger page images are read at this long side: past it the detector scales them down anyway. */
const MAX_SIDE = 4000;
/** The engine holds some 600 MB: this long after the last page, it is let go. */
export const IDLE_MS = 60_000;

/**
 * The OCR page's work: one page image at a time (they come in document order and progress counts
 * them so), from the cache when it was read before, else decoded and read. The engine (onnxruntime's
 * wasm, the models) loads on the first page that needs it, from the extension's own files.
 * @param url the extension URL of a packaged file
 * @param idle called once the engine was let go after IDLE_MS without a page (the page may then close)
 */
export function ocrHost(url: (path: string) => string, idle: () => void = () => undefined) {
  let engine: Promise<Ocr> | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let pending = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const release = () => {
    const held = engine;
    engine = null;
    void held?.then((ocr) => ocr.close()).catch(() => undefined);
    idle();
  };

  const load = async (): Promise<Ocr> => {
    ort.env.wasm.numThreads = 1;
    const file = (p: string) => fetch(url(p)).then((r) => (r.ok ? r : Promise.reject(new Error(`${p}: ${r.status}`))));
    const [det, rec, keys] = await Promise.all([
      file(OCR_FILES.det.dest).then((r) => r.arrayBuffer()),
      file(OCR_FILES.rec.dest).then((r) => r.arrayBuffer()),
      file(OCR_FILES.keys.dest).then((r) => r.text()),
    ]);
    return createOcr(ort as unknown as OrtModule, { det, rec, keys });
  };

  const readPage = async (src: string, key: string): Promise<OcrPageResult> => {
    const hit = await cachedPage(key);
    if (hit) return hit.length ? { ok: true, blocks: hit, cached: true } : { ok: false, code: 'no-text' };
    const pixels = await decode(src).catch(() => null);
    if (!pixels || pixels.width < MIN_SIDE || pixels.height < MIN_SIDE) return { ok: false, code: 'no-text' };
    let ocr: Ocr;
    try {
      ocr = await (engine ??= load());
    } catch (err) {
      console.warn('JingDu: OCR engine', err);
      engine = null;
      return { ok: false, code: 'failed' };
    }
    const lines = await ocr.read(pixels).catch((err: unknown) => (console.warn('JingDu: OCR', err), null));
    if (!lines) return { ok: false, code: 'failed' };
    const blocks = linesToBlocks(lines);
    await cachePage(key, blocks);
    return blocks.length ? { ok: true, blocks, cached: false } : { ok: false, code: 'no-text' };
  };

  return {
    read(src: string, key: string): Promise<OcrPageResult> {
      clearTimeout(timer);
      pending++;
      const next = queue.then(() => readPage(src, key));
      queue = next
        .catch(() => undefined)
        .finally(() => {
          if (--pending === 0) timer = setTimeout(release, IDLE_MS);
        });
      return next;
    },
  };
}

/** The image's pixels as the browser decodes it; rejects for what is not an image. */
async function decode(src: string): Promise<Pixels> {
  const res = await fetch(src, { credentials: 'include' });
  if (!res.ok) throw new Error(`image: ${res.status}`);
  const probe = await createImageBitmap(await res.clone().blob());
  const scale = Math.min(1, MAX_SIDE / Math.max(probe.width, probe.height));
  const bitmap = scale < 1 ? await createImageBitmap(await res.blob(), { resizeWidth: Math.round(probe.width * scale), resizeQuality: 'high' }) : probe;
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const g = canvas.getContext('2d', { willReadFrequently: true });
  if (!g) throw new Error('no 2d context');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, bitmap.width, bitmap.height);
  g.drawImage(bitmap, 0, 0);
  return g.getImageData(0, 0, bitmap.width, bitmap.height);
}
