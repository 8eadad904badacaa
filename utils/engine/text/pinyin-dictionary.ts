import { pinyin } from 'pinyin-pro';
import { readingSource, setReadings } from './readings';

/** Installs pinyin-pro as the reading source (Node commands, tests, and the injected extension script). */
export function installPinyinDictionary(): void {
  if (readingSource()) return;
  // pinyin-pro covers traditional forms (國 說 實 …) directly; polyphones yield every reading.
  setReadings((ch) => pinyin(ch, { multiple: true, toneType: 'none', type: 'array' }));
}
