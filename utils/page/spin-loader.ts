import { hasSpinEvidence } from '../engine/text/spin-page';
import { spinWords } from '../engine/text/spin-words';
import { ensurePart, type TextSource } from './part-loader';

/**
 * Makes sure spun words that are also normal words can be decided in context: the word frequencies
 * come only where the text holds spin evidence.
 */
export const ensureSpinWords = (within: readonly TextSource[], request: () => Promise<unknown>): Promise<boolean> =>
  ensurePart(() => spinWords() !== undefined, hasSpinEvidence, within, request);
