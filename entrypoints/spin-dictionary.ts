import { defineUnlistedScript } from '#imports';
import words from 'virtual:jingdu-spin-words';
import { CONTEXT } from '@/utils/engine/text/spin-pairs';
import { parseWords, setSpinWords, spinWords } from '@/utils/engine/text/spin-words';

// Injected into a tab only when its text holds spin evidence (see utils/page/spin-loader.ts). The words
// are jieba's, cut at build time to those the context pairs can meet (wxt.config.ts); the pairs come along.
export default defineUnlistedScript(() => {
  if (!spinWords()) setSpinWords(parseWords(words, CONTEXT));
});
