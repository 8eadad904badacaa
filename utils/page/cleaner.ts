import { analyseSteps, applyPlan, drive, type AnalyseOptions, type CleanPlan, type LivePage, type Steps } from '../engine/index';
import { givenParts, type PartSource } from './part-source';

export type PageState = 'original' | 'clean';

/** Plan entries applied at a time; a yield follows once a task has run for BUDGET ms. */
const SLICE = 2000;
/**
 * Each yield after changing the page lets the browser lay a huge page out again, which costs far more
 * than applying the plan: so a plan is applied in one task unless applying itself grows long.
 */
const BUDGET = 50;
/** Quiet time after the site's last added node before the addition is cleaned. */
const DEBOUNCE = 100;

declare const scheduler: { postTask?: (task: () => void, options: { priority: string }) => Promise<void> } | undefined;
/**
 * Lets the page run its own tasks (input, paint, its timers) before we go on. A posted task waits its
 * turn among them, where scheduler.yield would jump ahead and starve the page's timers; unlike a
 * timeout it is not throttled to one a second in a background tab.
 */
const pause = (): Promise<void> =>
  typeof scheduler !== 'undefined' && scheduler.postTask
    ? scheduler.postTask(() => {}, { priority: 'user-visible' })
    : new Promise((r) => setTimeout(r, 0));

/** The plan in pieces, in the order applyPlan follows, so that undoing them newest first is exact. */
const slices = (plan: CleanPlan): CleanPlan[] => [
  ...chunks(plan.hide).map((hide) => ({ hide, edits: new Map(), inline: [] })),
  ...chunks(plan.inline).map((inline) => ({ hide: [], edits: new Map(), inline })),
  ...chunks([...plan.edits]).map((e) => ({ hide: [], edits: new Map(e), inline: [] })),
];
const chunks = <T>(list: T[]): T[][] =>
  Array.from({ length: Math.ceil(list.length / SLICE) }, (_, i) => list.slice(i * SLICE, (i + 1) * SLICE));

/**
 * Owns the cleaning of one live page: drives the engine (answering the parts it asks for from `parts`),
 * applies its plan, keeps the way back, and cleans the preview pages the site appends later, reading
 * only what was added (LivePage.append).
 *
 * Each clean and each append leaves a User Timing measure ("jingdu:clean", "jingdu:append"); an
 * append's detail says how many nodes it read: the real-browser suite checks that appends stay proportional.
 */
export class PageCleaner {
  state: PageState = 'original';
  analysis: LivePage | null = null;
  /** The 伪原创 repairs are undone on screen (the page shows its spun words); the text keeps them. */
  spunShown = false;
  private undos: Array<() => void> = [];
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private added: Node[] = [];
  /** The site removed text since the last reading: only a full analysis is right again. */
  private stale = false;
  /** Bumped by every clean and restore, so that an unfinished gradual clean knows it was overtaken. */
  private run = 0;

  constructor(
    private readonly doc: Document,
    private readonly url: () => string,
    /** The user's choices (kinds to keep), read at every cleaning. */
    private readonly options: () => AnalyseOptions = () => ({}),
    /** The engine's parts: a synchronous clean gets those already there, the others load them. */
    private readonly parts: PartSource = givenParts({}),
    /** Puts the text the page draws into it (text-layer.ts) before each reading; returns the undo. */
    private readonly showLayers: () => () => void = () => () => {},
  ) {}

  /** Returns false when the page is not a document page and cleaning was not forced. */
  clean(force = false): boolean {
    if (this.state === 'clean') return true;
    this.abandon();
    const start = performance.now();
    this.undos.push(this.showLayers());
    const analysis = this.now(analyseSteps(this.doc, this.url(), { ...this.options(), force, summaryLater: true }));
    this.analysis = analysis;
    if ((!analysis.detected && !force) || analysis.held) {
      this.abandon();
      return false;
    }
    this.undos.push(applyPlan(analysis.plan));
    this.done(start);
    return true;
  }

  /**
   * As clean(), yielding to the page between engine stages and between slices of the plan, so that a
   * huge page is cleaned in a series of tasks instead of one that freezes the tab. An unrecognised page
   * is not read further than recognition unless forced: nothing is loaded into it.
   */
  async cleanGradually(force = false): Promise<boolean> {
    if (this.state === 'clean') return true;
    this.abandon();
    const run = this.run;
    const start = performance.now();
    this.undos.push(this.showLayers());
    // Nodes the site adds meanwhile may or may not be in the reading: they are read again in full after.
    this.watch();
    const steps = analyseSteps(this.doc, this.url(), { ...this.options(), force, summaryLater: true, onlyRecognised: true });
    const analysis = await this.later(steps, run);
    if (!analysis) return false;
    if ((!analysis.detected && !force) || analysis.held) {
      // A held page's reading says why it is left as it is; one not read past recognition is no reading to keep.
      if (analysis.held) this.analysis = analysis;
      this.unwatch();
      this.abandon();
      return false;
    }
    this.analysis = analysis;
    let task = performance.now();
    for (const slice of slices(analysis.plan)) {
      this.undos.push(applyPlan(slice));
      if (performance.now() - task < BUDGET) continue;
      await pause();
      if (run !== this.run) return false;
      task = performance.now();
    }
    if (this.added.length) this.stale = true;
    this.done(start);
    if (this.added.length) this.schedule();
    return true;
  }

  /**
   * The engine's reading of the page, computed once and summed up, leaving the page as it was: text
   * layers are laid only for the reading and taken away again. Loads the parts the reading asks for.
   */
  async read(): Promise<LivePage> {
    if (!this.analysis) {
      const unlayer = this.state === 'clean' ? () => {} : this.showLayers();
      try {
        this.analysis = (await this.later(analyseSteps(this.doc, this.url(), { ...this.options(), summaryLater: true })))!;
      } finally {
        unlayer();
      }
    }
    const analysis = this.analysis;
    if (!analysis.summarised) await this.later(analysis.summarise());
    return analysis;
  }

  /** As read(), at once, with the parts already there (a missing summary part throws). */
  inspect(): LivePage {
    if (!this.analysis) {
      const unlayer = this.state === 'clean' ? () => {} : this.showLayers();
      this.analysis = this.now(analyseSteps(this.doc, this.url(), this.options()));
      unlayer();
    }
    if (!this.analysis.summarised) this.now(this.analysis.summarise());
    return this.analysis;
  }

  private now<T>(steps: Steps<T>): T {
    return drive(steps, (name) => this.parts.take(name));
  }

  /**
   * Runs steps across tasks: between stages the page runs its own, and a part not yet there is loaded.
   * Undefined when a clean or restore (a newer run) overtook it.
   */
  private async later<T>(steps: Steps<T>, run?: number): Promise<T | undefined> {
    let answer: unknown;
    for (;;) {
      const step = steps.next(answer);
      if (step.done) return step.value;
      if (step.value) {
        answer = this.parts.take(step.value.need) ?? (await this.parts.load(step.value.need));
      } else {
        answer = undefined;
        await pause();
      }
      if (run !== undefined && run !== this.run) return undefined;
    }
  }

  restore(): void {
    this.unwatch();
    this.abandon();
    this.setState('original');
  }

  /**
   * Shows the spun words as the page wrote them, or repaired again. Only text data changes, and the
   * plan's undo still holds each node's original: restoring the page stays exact either way.
   */
  showSpun(spun: boolean): void {
    if (this.state !== 'clean' || !this.analysis) return;
    const view = this.analysis.spinView(spun);
    if (!view.size) return;
    for (const [node, text] of view) node.data = text;
    this.spunShown = spun;
  }

  /** Undoes whatever is applied, newest first, and stops a gradual clean still under way. */
  private abandon() {
    this.spunShown = false;
    this.run++;
    for (const undo of this.undos.reverse()) undo();
    this.undos = [];
    this.added = [];
    this.stale = false;
  }

  private done(start: number) {
    this.setState('clean');
    this.watch();
    performance.measure('jingdu:clean', { start });
  }

  private setState(state: PageState) {
    this.state = state;
    this.doc.documentElement.setAttribute('data-jingdu', state);
  }

  /** Our own changes are styles and text data; only nodes the site adds mean new content. */
  private watch() {
    if (this.observer || typeof MutationObserver === 'undefined') return;
    this.observer = new MutationObserver((records) => {
      for (const r of records) {
        this.added.push(...r.addedNodes);
        for (const n of r.removedNodes) if (/\S/.test(n.textContent ?? '')) this.stale = true;
      }
      if (this.added.length) this.schedule();
    });
    this.observer.observe(this.doc.body, { childList: true, subtree: true });
  }

  private unwatch() {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.timer);
  }

  private schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), DEBOUNCE);
  }

  private async refresh() {
    // Timed from here: what prepares an append must stay proportional to it too.
    const start = performance.now();
    if (this.state !== 'clean' || !this.analysis) return;
    const added = this.added;
    this.added = [];
    const run = this.run;
    const next = this.stale ? null : await this.later(this.analysis.append(added), run);
    if (run !== this.run) return;
    if (next) {
      this.undos.push(applyPlan(next.plan));
      performance.measure('jingdu:append', { start, detail: { work: next.work, whole: false } });
      return;
    }
    this.restore();
    this.clean(true);
    performance.measure('jingdu:append', { start, detail: { work: this.doc.getElementsByTagName('*').length, whole: true } });
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
