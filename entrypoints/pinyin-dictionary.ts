import { defineUnlistedScript } from '#imports';
import { installPinyinDictionary } from '@/utils/engine/text/pinyin-dictionary';

// Injected into a tab only when its text has pinyin-annotation candidates (see utils/page/pinyin-loader.ts).
export default defineUnlistedScript(() => installPinyinDictionary());
