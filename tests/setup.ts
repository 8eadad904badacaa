// Unit tests run the engine as the Node command does: with the pinyin dictionary installed.
import { installPinyinDictionary } from '../utils/engine/text/pinyin-dictionary';

installPinyinDictionary();
