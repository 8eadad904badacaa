import { Readability } from '@mozilla/readability';
import type { Parts } from './parts';
import { summaryStages } from './summary-library';
import { pinyinReadings } from './text/pinyin-dictionary';
import { spinRepairer } from './text/spin';
import { nodeSpinWords } from './text/spin-dictionary-node';
import { openccToSimplified } from './text/t2s-library';
import type { SpinRepairer } from './text/spin-gate';
import type { ToSimplified } from './text/t2s';

let spin: SpinRepairer | undefined;
let t2s: ToSimplified | undefined;

/**
 * Every part, for Node (the extract command, the benchmark, tests): there nothing is too large to
 * import. The spin repairer with jieba's words and OpenCC's tables are made on first use, as only some pages ask for them.
 */
export const nodeParts: Parts = {
  readability: Readability,
  pinyin: pinyinReadings,
  summary: summaryStages,
  get spin() {
    return (spin ??= spinRepairer(nodeSpinWords()));
  },
  get t2s() {
    return (t2s ??= openccToSimplified());
  },
};
