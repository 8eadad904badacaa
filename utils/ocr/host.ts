import { cachePage, cachedPage } from './cache';
import type { Ocr, Pixels } from './engine';
import { linesToBlocks } from './blocks';
import { OCR_FAILED, type OcrPageResult } from './protocol';

/** Smaller than this on either side, an image holds no line of text worth reading. */
const MIN_SIDE = 24;
/** The engine holds some 600 MB: this long after the last page, it is let go. */
export const IDLE_MS = 60_000;

export interface OcrHostDeps {
  /** Loads the engine (./load.ts in the OCR page). */
  load(): Promise<Ocr>;
  /** Decodes an image address into pixels; rejects for what is not an image. */
  decode(src: string): Promise<Pixels>;
  /** Called once the engine was let go after `idleMs` (IDLE_MS) without a page (the page may then close). */
  idle?(): void;
  idleMs?: number;
}

/**
 * The OCR page's work: one page image at a time (they come in document order and progress counts
 * them so), from the cache when it was read before, else decoded and read. The engine loads on the
 * first page that needs it; a failed load is tried again on the next page.
 */
export function ocrHost({ load, decode, idle = () => undefined, idleMs = IDLE_MS }: OcrHostDeps) {
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
      return OCR_FAILED;
    }
    const lines = await ocr.read(pixels).catch((err: unknown) => (console.warn('JingDu: OCR', err), null));
    if (!lines) return OCR_FAILED;
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
          if (--pending === 0) timer = setTimeout(release, idleMs);
        });
      return next;
    },
  };
}
