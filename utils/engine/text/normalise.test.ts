import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { collapsedKey, isSpace, squash, TextSet, textKey, visibleLength } from './normalise';

describe('visibleLength', () => {
  it('agrees with /\\s/ on every BMP code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  it('is the length of the squashed text', () => {
    for (const s of ['', '  ', '全国 双拥\u3000模范城\n', 'a\u00a0b\tc\u2003d\ufeff']) expect(visibleLength(s)).toBe(squash(s).length);
  });
});

describe('collapsedKey', () => {
  it('rests on NFKC turning no character into whitespace but a space, over every code point', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      if (!/\s/.test(ch) && /[^\S ]/.test(ch.normalize('NFKC'))) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('is textKey of the text before its whitespace was collapsed', () => {
    const unit = fc.constantFrom(...'全国，。（）１Ａ a\u3000\u00a0\n\t¨…ü\u0301㈠'.split(''));
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 30 }),
        (units) => collapsedKey(units.join('').replace(/\s+/g, ' ')) === textKey(units.join('')),
      ),
      { numRuns: 5000 },
    );
  });
});

describe('TextSet', () => {
  it('answers as a Set of strings does', () => {
    const text = fc.array(fc.constantFrom('全', '国', 'a', ' ', '1'), { maxLength: 6 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), text), { maxLength: 40 }), (ops) => {
        const set = new Set<string>();
        const ours = new TextSet();
        for (const [add, s] of ops) {
          if (add) {
            set.add(s);
            ours.add(s);
          } else if (ours.has(s) !== set.has(s)) return false;
        }
        return [...set].every((s) => ours.has(s));
      }),
      { numRuns: 2000 },
    );
  });
});
