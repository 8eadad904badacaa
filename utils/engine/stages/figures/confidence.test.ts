import { describe, expect, it } from 'vitest';
import { findFigures } from './index';

describe('figures from OCR text', () => {
  it('flags the figures of a block the recogniser was unsure of, and only those', () => {
    const figures = findFigures(
      [
        { text: '全年投入拥军资金1.2亿元。', tag: 'p', bold: false, confidence: 0.98 },
        { text: '解决随军家属就业135人。', tag: 'p', bold: false, confidence: 0.72 },
        { text: '走访慰问部队42次。', tag: 'p', bold: false },
      ],
      [],
      '',
    );
    expect(figures.map((f) => [f.raw, f.lowConfidence ?? false])).toEqual([
      ['1.2亿元', false],
      ['135人', true],
      ['42次', false],
    ]);
  });
});
