import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CONTEXT, contextForms } from './spin-pairs';
import { parseWords, selectWords, setSpinWords, spinWords } from './spin-words';

/**
 * Installs jieba's word frequencies (the dictionary @node-rs/jieba ships, cut to the words the context
 * pairs can meet, as the extension's part is at build time) for Node commands and tests.
 */
export function installSpinWords(): void {
  if (spinWords()) return;
  const file = createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt');
  setSpinWords(parseWords(selectWords(readFileSync(file, 'utf8'), contextForms()), CONTEXT));
}
