import { CONTEXT } from './spin-pairs';
import { parseWords, setSpinWords, spinWords } from './spin-words';
import { jiebaSpinWords } from './spin-words-plugin';

/**
 * Installs jieba's word frequencies for Node commands and tests: the same cut of the dictionary the
 * extension's part is made from at build time (jiebaSpinWords).
 */
export function installSpinWords(): void {
  if (spinWords()) return;
  setSpinWords(parseWords(jiebaSpinWords(), CONTEXT));
}
