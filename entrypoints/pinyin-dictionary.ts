import { defineUnlistedScript } from '#imports';
import { pinyinReadingsOf } from '@/utils/engine/text/pinyin-dictionary';
import { offerPart } from '@/utils/page/part-source';

// Injected into a tab only when an analysis asks for it: its text has pinyin-annotation candidates.
export default defineUnlistedScript(() => offerPart('pinyin', pinyinReadingsOf()));
