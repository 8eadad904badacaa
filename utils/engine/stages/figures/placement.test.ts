// findFigures: where a figure is (offset, sentence, section) and figures skipped in a repeated title.
import { describe, expect, it } from 'vitest';
import type { Block, OutlineEntry } from '../../types';
import { findFigures } from './index';

const block = (text: string): Block => ({ text, tag: 'p', bold: false });

describe('findFigures: placement', () => {
  it('reports where raw starts, the sentence around it and the section before it', () => {
    const blocks = ['一、总体情况', '全年投入资金200万元。其中近3万元用于培训;培训4个课时!', '二、存在问题', '新增家庭农场达166家'].map(
      block,
    );
    const outline: OutlineEntry[] = [
      { level: 1, text: '目录项', block: 0, offset: 0, marker: '', missing: true },
      { level: 1, text: '总体情况', block: 0, offset: 0, marker: '一、' },
      { level: 1, text: '存在问题', block: 2, offset: 0, marker: '二、' },
    ];
    const got = findFigures(blocks, outline, '');
    expect(got.map((f) => [f.raw, f.block, f.offset, f.sentence, f.section])).toEqual([
      ['200万元', 1, 6, '全年投入资金200万元。', '总体情况'],
      ['近3万元', 1, 14, '其中近3万元用于培训;', '总体情况'],
      ['4个课时', 1, 25, '培训4个课时!', '总体情况'],
      ['达166家', 3, 6, '新增家庭农场达166家', '存在问题'],
    ]);
  });

  it('gives no section before the first heading, and finds the section by offset inside a block', () => {
    const blocks = [block('前言投入5万元。一、成效全年接待300人次。')];
    const outline: OutlineEntry[] = [{ level: 1, text: '成效', block: 0, offset: 8, marker: '一、' }];
    expect(findFigures(blocks, outline, '').map((f) => [f.raw, f.section])).toEqual([
      ['5万元', null],
      ['300人次', '成效'],
    ]);
  });

  it('skips figures inside a repeated title', () => {
    const title = '2023年工作总结(精选3篇)汇编200个';
    expect(findFigures([block(`${title}全年完成5个项目`)], [], title).map((f) => f.raw)).toEqual(['5个']);
  });
});
