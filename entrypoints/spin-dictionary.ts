import { defineUnlistedScript } from '#imports';
import words from 'virtual:jingdu-spin-words';
import { CONTEXT } from '@/utils/engine/text/spin-pairs';
import { spinRepairer } from '@/utils/engine/text/spin';
import { parseWords } from '@/utils/engine/text/spin-words';
import { offerPart } from '@/utils/page/part-source';

// Injected into a tab only when an analysis asks for it: its text holds spin evidence (the gate, in the
// content script). The spin repair comes with what it decides with: the context pairs, and jieba's words
// cut at build time to those the pairs can meet (wxt.config.ts).
export default defineUnlistedScript(() => offerPart('spin', spinRepairer(parseWords(words, CONTEXT))));
