import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { contextForms } from './spin-pairs';
import { selectWords } from './spin-words';

const ID = 'virtual:jingdu-spin-words';

/** jieba's dictionary, as @node-rs/jieba ships it, cut to the words the context pairs can meet (selectWords' output). */
export const jiebaSpinWords = (): string =>
  selectWords(readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'), 'utf8'), contextForms());

/**
 * A Vite plugin that makes the spin part's words at build time (jiebaSpinWords). Only
 * entrypoints/spin-dictionary.ts imports it.
 */
export function spinWordsPlugin() {
  return {
    name: 'jingdu-spin-words',
    resolveId: (id: string) => (id === ID ? '\0' + ID : undefined),
    load(id: string) {
      if (id !== '\0' + ID) return undefined;
      return `export default ${JSON.stringify(jiebaSpinWords())};`;
    },
  };
}
