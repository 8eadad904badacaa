import { hasPinyinCandidate, pinyinReady } from '../engine/text/pinyin';
import { ensurePart, type TextSource } from './part-loader';

/**
 * Makes sure annotations in `within` (the page's body, or what the site just appended) can be verified:
 * the dictionary comes only where the text has a candidate.
 */
export const ensurePinyinDictionary = (within: readonly TextSource[], request: () => Promise<unknown>): Promise<boolean> =>
  ensurePart(pinyinReady, (texts) => texts.some(hasPinyinCandidate), within, request);
