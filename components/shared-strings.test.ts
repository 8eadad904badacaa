import { describe, expect, it } from 'vitest';
import { noiseKinds, themes } from '@/utils/settings';
import { strings as libraryStrings } from './library/strings';
import { strings as optionStrings } from './options/strings';
import { strings as popupStrings } from './popup/strings';
import { strings as readerStrings } from './reader/strings';
import { allSitesNames, brandName, noiseKindNames, themeNames } from './shared-strings';

const langs = ['zh', 'en'] as const;

describe('shared strings', () => {
  it('give every noise kind exactly one name per language, the same in the popup and the options page', () => {
    for (const lang of langs) {
      expect(Object.keys(noiseKindNames[lang]).sort(), lang).toEqual([...noiseKinds].sort());
      const names = noiseKinds.map((k) => noiseKindNames[lang][k]);
      expect(
        names.every((n) => n.trim() !== ''),
        lang,
      ).toBe(true);
      expect(new Set(names).size, lang).toBe(noiseKinds.length);
      for (const k of noiseKinds) {
        expect(popupStrings[lang][`noise.${k}`], `${lang} ${k}`).toBe(noiseKindNames[lang][k]);
        if (k !== 'pinyin') expect(optionStrings[lang][`kind.${k}`], `${lang} ${k}`).toBe(noiseKindNames[lang][k]);
      }
    }
  });

  it('name the brand and the reader themes once for every surface', () => {
    for (const lang of langs) {
      for (const dict of [popupStrings, optionStrings, readerStrings]) expect(dict[lang].brand, lang).toBe(brandName[lang]);
      expect(libraryStrings[lang].title.startsWith(brandName[lang]), lang).toBe(true);
      const names = themes.map((th) => themeNames[lang][th]);
      expect(new Set(names).size, lang).toBe(themes.length);
      for (const th of themes) {
        expect(readerStrings[lang][th], `${lang} ${th}`).toBe(themeNames[lang][th]);
        expect(optionStrings[lang][th], `${lang} ${th}`).toBe(themeNames[lang][th]);
      }
    }
  });

  it('word the all-sites switch alike in the popup and the options page', () => {
    for (const lang of langs)
      for (const [key, text] of Object.entries(allSitesNames[lang]))
        for (const dict of [popupStrings, optionStrings])
          expect(dict[lang][key as keyof (typeof allSitesNames)['zh']], `${lang} ${key}`).toBe(text);
  });
});
