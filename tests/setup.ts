// Unit tests run the engine as the Node command does: with the pinyin dictionary and Readability installed.
import { installReadability } from '../utils/engine/stages/readability-library';
import { installSummary } from '../utils/engine/summary-library';
import { installPinyinDictionary } from '../utils/engine/text/pinyin-dictionary';

installPinyinDictionary();
installReadability();
installSummary();
