import { OCR_FAILED, type OcrPageResult } from '../ocr/protocol';
import type { LayerBlock } from './text-layer';

/** How "read image pages" stands, as the popup and the reader show it. Pages are numbered from 1. */
export interface OcrProgress {
  running: boolean;
  /** Pages finished (read, empty or failed) of `total`. */
  done: number;
  total: number;
  /** Estimated from the pages read so far; null before the first one. */
  secondsLeft: number | null;
  /** Pages (their numbers in the document) on which no text was found (blank, tiny, no text, not an image). */
  empty: number[];
  /** Pages OCR itself failed on. */
  failed: number[];
  /** Pages taken from the cache. */
  cached: number;
  /** The user stopped the run before its end. */
  stopped: boolean;
}

/** The progress, and how many loaded page images have no text yet (the popup offers the button when any do). */
export interface OcrStatus extends OcrProgress {
  waiting: number;
}

export const idleProgress: OcrProgress = {
  running: false,
  done: 0,
  total: 0,
  secondsLeft: null,
  empty: [],
  failed: [],
  cached: 0,
  stopped: false,
};

export interface OcrPage<E> {
  element: E;
  /** Its place among the document's page images, from 1: what "page n" says. */
  number: number;
  /** What the OCR page is to read (an address, or a data: URL made from the element), or null if nothing can be. */
  source(): string | null;
  key: string;
}

/**
 * Reads the page images one after another, in document order, showing each page's text as soon as it
 * is read, so that the page and the reader fill in page by page. Stoppable between pages; a page that
 * fails or has no text is counted as such and the run goes on.
 */
export class OcrRun<E> {
  progress: OcrProgress = idleProgress;
  private stopping = false;

  constructor(
    private readonly read: (src: string, key: string) => Promise<OcrPageResult>,
    private readonly show: (element: E, blocks: LayerBlock[]) => void,
    private readonly changed: (progress: OcrProgress) => void = () => undefined,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Resolves when the run ends (done or stopped); a second start while running joins nothing and returns at once. */
  async start(pages: readonly OcrPage<E>[]): Promise<void> {
    if (this.progress.running) return;
    this.stopping = false;
    let p: OcrProgress = { ...idleProgress, running: true, total: pages.length };
    const update = (next: Partial<OcrProgress>) => {
      p = { ...p, ...next };
      this.progress = p;
      this.changed(p);
    };
    update({});
    let spent = 0;
    let readCount = 0;
    for (const [i, page] of pages.entries()) {
      if (this.stopping) break;
      const n = i + 1;
      const number = page.number;
      const started = this.now();
      const src = page.source();
      const result: OcrPageResult = src ? await this.read(src, page.key).catch(() => OCR_FAILED) : { ok: false, code: 'no-text' };
      if (result.ok && !result.cached) {
        spent += this.now() - started;
        readCount++;
      }
      if (result.ok) {
        try {
          this.show(page.element, result.blocks);
        } catch (err) {
          console.warn('JingDu: OCR text layer', err);
        }
      }
      const left = pages.length - n;
      update({
        done: n,
        cached: p.cached + (result.ok && result.cached ? 1 : 0),
        empty: !result.ok && result.code === 'no-text' ? [...p.empty, number] : p.empty,
        failed: !result.ok && result.code === 'failed' ? [...p.failed, number] : p.failed,
        secondsLeft: readCount ? Math.round((spent / readCount / 1000) * left) : p.secondsLeft,
      });
    }
    update({ running: false, stopped: this.stopping && p.done < p.total, secondsLeft: this.stopping ? null : 0 });
  }

  /** The page being read is finished and shown; no further page is started. */
  stop(): void {
    if (this.progress.running) this.stopping = true;
  }
}
