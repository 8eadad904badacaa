import { describe, expect, it } from 'vitest';
import { isSpace, squash, visibleLength } from './normalise';

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
