// Figure runs: what the scan skips as a run holds no figure, and prose numerals are skipped while figures are not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUALIFIERS, UNITS } from '../../text/figure-units';
import { FIGURE, figureRun } from './index';

describe('figure runs', () => {
  // Numerals, units and their look-alikes, punctuation: the characters a skipped run could hide a figure in.
  const pieces = [
    ...'0123456789０５,.．点零〇一二两三四五六七八九十百千万亿Xx×*＊%％余多几来-~至到分之米克瓦个人元项次件倍成度届期第数上，。、的是和（）“”《》！？；!?;\n"「」',
  ];
  const texts = fc
    .array(fc.constantFrom(...pieces, '百分之', '个百分点', '平方米', '千米', '左右', '以上'), { maxLength: 40 })
    .map((a) => a.join(''));

  it('a run it rules out holds no match of the figure grammar', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (let i = 0; i < text.length; i++) {
          if (figureRun(text, i) >= 0) continue;
          for (let j = i; j < text.length && /[0-9０-９Xx×*＊,.．点零〇一二两三四五六七八九十百千万亿]/.test(text[j]!); j++) {
            FIGURE.lastIndex = j;
            if (FIGURE.exec(text)) return false;
          }
        }
        return true;
      }),
      { numRuns: 3000 },
    );
  });

  // findFigures reads a block in one pass and jumps over matches and qualifiers: that is only right
  // while none of them can hold a character that ends a sentence or opens or closes a quote or title.
  const marks = /[。！？；!?;\n“〝「『”〞」』"《》]/;

  it('no figure holds a sentence, quote or title mark', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (let i = 0; i < text.length; i++) {
          FIGURE.lastIndex = i;
          const m = FIGURE.exec(text);
          if (m && marks.test(m[0])) return false;
        }
        return true;
      }),
      { numRuns: 3000 },
    );
    expect(QUALIFIERS.filter((q) => marks.test(q.text))).toEqual([]);
    expect(UNITS.filter((u) => marks.test(u.unit))).toEqual([]);
  });

  it('prose numerals are skipped, figures are not', () => {
    expect(figureRun('一些同志', 0)).toBe(-1);
    expect(figureRun('一般情况', 0)).toBe(-1);
    expect(figureRun('三是加强', 0)).toBe(-1);
    expect(figureRun('三十万元', 0)).toBe(3);
    expect(figureRun('5千米', 0)).toBe(2);
    expect(figureRun('百分之五', 0)).toBe(1);
  });
});
