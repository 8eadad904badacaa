import { describe, expect, it } from 'vitest';
import { linesToBlocks } from './blocks';
import type { OcrLine } from './engine';

const line = (text: string, x: number, y: number, width: number, confidence = 0.99): OcrLine => ({
  text,
  x,
  y,
  width,
  height: 20,
  confidence,
});

describe('linesToBlocks', () => {
  it('joins wrapped lines of a paragraph without a space and starts a new one at an indent or a short line', () => {
    const blocks = linesToBlocks([
      line('一、总体情况', 100, 40, 140),
      line('2023年，全市双拥工作在市委、市政府的领', 140, 80, 660),
      line('导下扎实推进。', 100, 110, 150, 0.8),
      line('全年投入拥军资金1.2亿元，比上年增长', 140, 140, 660),
      line('25.0%。', 100, 170, 80),
    ]);
    expect(blocks).toEqual([
      { text: '一、总体情况', confidence: 0.99 },
      { text: '2023年，全市双拥工作在市委、市政府的领导下扎实推进。', confidence: 0.8 },
      { text: '全年投入拥军资金1.2亿元，比上年增长25.0%。', confidence: 0.99 },
    ]);
  });

  it('reads cells side by side as one row, left to right, whatever order they came in', () => {
    const blocks = linesToBlocks([line('36次', 400, 50, 60), line('走访慰问部队', 100, 52, 150), line('42次', 600, 49, 60)]);
    expect(blocks.map((b) => b.text)).toEqual(['走访慰问部队 36次 42次']);
  });

  it('gives nothing for no lines', () => {
    expect(linesToBlocks([])).toEqual([]);
  });
});
