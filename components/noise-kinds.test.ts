import { describe, expect, it } from 'vitest';
import { noiseKinds } from '@/utils/settings';
import { strings as optionStrings } from './options/strings';
import { strings as popupStrings } from './popup/strings';
import { noiseKindNames } from './noise-kinds';

describe('noise kind names', () => {
  it('give every kind exactly one name per language, the same in the popup and the options page', () => {
    for (const lang of ['zh', 'en'] as const) {
      const names = noiseKinds.map((k) => noiseKindNames[lang][k]);
      expect(names.every((n) => n.trim() !== ''), lang).toBe(true);
      expect(new Set(names).size, lang).toBe(noiseKinds.length);
      for (const k of noiseKinds) {
        expect(popupStrings[lang][`noise.${k}`], `${lang} ${k}`).toBe(noiseKindNames[lang][k]);
        if (k !== 'pinyin') expect(optionStrings[lang][`kind.${k}`], `${lang} ${k}`).toBe(noiseKindNames[lang][k]);
      }
    }
  });
});
