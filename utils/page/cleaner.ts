import { analyse, applyPlan, type AnalyseOptions, type Analysis } from '../engine/index';

export type PageState = 'original' | 'clean';

/**
 * Owns the cleaning of one live page: applies the engine's plan, keeps the way back, and cleans
 * again when the site appends more preview pages.
 */
export class PageCleaner {
  state: PageState = 'original';
  analysis: Analysis | null = null;
  private undo: (() => void) | null = null;
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    private readonly url: () => string,
    /** The user's choices (kinds to keep), read at every cleaning. */
    private readonly options: () => AnalyseOptions = () => ({}),
    /** Runs before cleaning content the site added later (loads what the new text needs). */
    private readonly prepare: () => Promise<unknown> = () => Promise.resolve(),
  ) {}

  /** Returns false when the page is not a document page and cleaning was not forced. */
  clean(force = false): boolean {
    if (this.state === 'clean') return true;
    const analysis = analyse(this.doc, this.url(), { ...this.options(), force });
    this.analysis = analysis;
    if (!analysis.result.detected && !force) return false;
    this.undo = applyPlan(analysis.plan);
    this.setState('clean');
    this.watch();
    return true;
  }

  /** The engine's reading of the page, computed once, without touching the page. */
  inspect(): Analysis {
    this.analysis ??= analyse(this.doc, this.url(), this.options());
    return this.analysis;
  }

  restore(): void {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.timer);
    this.undo?.();
    this.undo = null;
    this.setState('original');
  }

  private setState(state: PageState) {
    this.state = state;
    this.doc.documentElement.setAttribute('data-jingdu', state);
  }

  /** Our own changes are styles and text data; only nodes the site adds mean new content. */
  private watch() {
    if (this.observer || typeof MutationObserver === 'undefined') return;
    this.observer = new MutationObserver((records) => {
      if (!records.some((r) => r.addedNodes.length)) return;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.refresh(), 400);
    });
    this.observer.observe(this.doc.body, { childList: true, subtree: true });
  }

  private async refresh() {
    await this.prepare();
    if (this.state !== 'clean') return;
    this.restore();
    this.clean(true);
  }
}

/** Resolves once the page has stopped adding nodes for `quietMs`, or after `maxMs`. */
export function settled(doc: Document, quietMs = 300, maxMs = 2500): Promise<void> {
  return new Promise((resolve) => {
    let quiet: ReturnType<typeof setTimeout>;
    const done = () => {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(cap);
      resolve();
    };
    const observer = new MutationObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(done, quietMs);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true });
    quiet = setTimeout(done, quietMs);
    const cap = setTimeout(done, maxMs);
  });
}
