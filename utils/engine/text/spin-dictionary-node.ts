import { CONTEXT } from './spin-pairs';
import { parseWords, type WordFrequencies } from './spin-words';
import { jiebaSpinWords } from './spin-words-plugin';

/**
 * jieba's word frequencies for Node commands and tests: the same cut of the dictionary the extension's
 * part is made from at build time (jiebaSpinWords).
 */
export const nodeSpinWords = (): WordFrequencies => parseWords(jiebaSpinWords(), CONTEXT);
