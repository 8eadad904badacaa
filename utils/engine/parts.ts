import type { Readability } from '@mozilla/readability';
import type { findFigures } from './stages/figures';
import type { findOutline } from './stages/outline';
import type { serialise } from './stages/serialise';
import type { ReadingsOf } from './text/pinyin';
import type { SpinRepairer } from './text/spin-gate';
import type { ToSimplified } from './text/t2s';

/** Outline, figures, text and Markdown: what sums a reading up once someone reads the result. */
export interface SummaryStages {
  findOutline: typeof findOutline;
  findFigures: typeof findFigures;
  serialise: typeof serialise;
}

/**
 * Parts too large to ship in every page, which the engine never imports. An analysis asks for one when
 * the page shows it needs it (`need`); its driver answers — Node from its imports (node-parts.ts), the
 * page cleaner by having the part injected into the tab — or answers nothing, and the engine goes on
 * without it as it would without the evidence.
 */
export interface Parts {
  /** locate()'s last-resort content finder, when the fast finders do not settle the page. */
  readability?: typeof Readability;
  /** The readings of a hanzi (pinyin-pro), to verify inline pinyin: when the text has annotation candidates. */
  pinyin?: ReadingsOf;
  /**
   * The spin repair that decides spun words in context (spin.ts, with jieba's word frequencies and the
   * context pairs): when the text has spin evidence. Without it only the unambiguous forms are replaced.
   */
  spin?: SpinRepairer;
  /** OpenCC's traditional → simplified tables: when the text is in traditional script and conversion is on. */
  t2s?: ToSimplified;
  summary?: SummaryStages;
}

export type PartName = keyof Parts;

/** What an engine step yields when it needs a part; the driver's answer is the part or undefined. */
export interface Need {
  need: PartName;
}

/** A step generator: yields between stages (undefined) and for parts (Need), returns T. */
export type Steps<T> = Generator<Need | undefined, T, unknown>;

/** Asks the driver for a part (inside a step generator: `const r = yield* need('readability')`). */
export function* need<K extends PartName>(name: K): Generator<Need, Parts[K], unknown> {
  return (yield { need: name }) as Parts[K];
}

/** Runs steps at once, answering each need from `parts` (an object, or a function that takes one by name). */
export function drive<T>(steps: Steps<T>, parts: Parts | ((name: PartName) => unknown)): T {
  const take = typeof parts === 'function' ? parts : (name: PartName) => parts[name];
  let answer: unknown;
  for (;;) {
    const step = steps.next(answer);
    if (step.done) return step.value;
    answer = step.value ? take(step.value.need) : undefined;
  }
}
