import { defineUnlistedScript } from '#imports';
import words from 'virtual:jingdu-spin-words';
import { CONTEXT } from '@/utils/engine/text/spin-pairs';
import { parseWords } from '@/utils/engine/text/spin-words';
import { offerPart } from '@/utils/page/part-source';

// Injected into a tab only when an analysis asks for it: its text holds spin evidence. The words are
// jieba's, cut at build time to those the context pairs can meet (wxt.config.ts); the pairs come along.
export default defineUnlistedScript(() => offerPart('spin', parseWords(words, CONTEXT)));
