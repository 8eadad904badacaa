import { describe, expect, it } from 'vitest';
import { corpusPages, parse } from '../../../tests/pages';
import { countJammers, cutJammers, isJammer } from './jammer';

// Jammer runs as real Discuz reprints carry them (../shared/docs/noise-catalog.md §9: caiyes.cn, bztdxxl.com).
const REAL = [']5 B! b# H& D) v', '8 f; @. l8 z6 l7 r" U" T8 N"', '3,0nK^', "\\jM4%')]", '[f!vB3|mS'];
// What legitimately sits at the edge of a line of Chinese text.
const PROSE = [
  'P<0.05',
  '5%',
  '[1]',
  '(PPT)',
  'a) b) c)',
  'C++',
  'www.gov.cn/?a=1&b=2',
  'A B C D',
  'x = y + z',
  'iOS/macOS',
  'R&D',
  'GB/T 7714-2015',
  'admin@163.com',
  'Q&A',
  '#1',
  'COVID-19',
  '1:2',
  'HTML5',
];

describe('jammer strings', () => {
  it('are told from what real text puts at a line edge', () => {
    for (const s of REAL) expect(isJammer(s), s).toBe(true);
    for (const s of PROSE) expect(isJammer(s), s).toBe(false);
  });

  it('are cut from line starts and ends, and where a flattened page glued one line to the next', () => {
    const cut: string[] = [];
    const text = `${REAL[0]}市双拥工作取得显著成绩。${REAL[1]}\n今年我们将继续努力${REAL[4]}\n差异显著(P<0.05)。全年投入5%。${REAL[2]}下一步`;
    expect(cutJammers(text, cut)).toBe('市双拥工作取得显著成绩。\n今年我们将继续努力\n差异显著(P<0.05)。全年投入5%。下一步');
    expect(cut).toEqual([REAL[0], REAL[1], REAL[4], REAL[2]]);
    expect(countJammers(text)).toBe(4);
  });

  it('leave prose alone, mid-sentence ASCII included', () => {
    for (const s of PROSE) {
      const text = `我市采用${s}标准，全年完成。${s}\n${s}下一步工作`;
      expect(cutJammers(text, []), s).toBe(text);
    }
  });

  it('are not found on the 130 ordinary pages', () => {
    let found = 0;
    for (const { html } of corpusPages()) {
      const doc = parse(html);
      for (const p of doc.querySelectorAll('p, li, td, div')) if (p.children.length === 0) found += countJammers(p.textContent ?? '');
    }
    expect(found).toBe(0);
  });
});
