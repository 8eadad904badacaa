// findFigures: streaks (连续 + a length of time or a repeated event).
import { describe, expect, it } from 'vitest';
import type { Block, Figure, OutlineEntry } from '../../types';
import { findFigures } from './index';

const block = (text: string): Block => ({ text, tag: 'p', bold: false });
const find = (text: string) => findFigures([block(text)], [], '');

describe('findFigures: streaks (连续 + a length of time or a repeated event)', () => {
  const streaks = (text: string) => findFigures([block(text)], [], '', { streaks: true });

  // Real sentences: seed 000 (三一文库 compilation, masked template) and chinese-text-rules.md §2.5.
  const table: Array<[string, Array<Partial<Figure>>]> = [
    [
      '已连续XX次获得“全国双拥模范城”荣誉称号',
      [{ raw: '连续XX次', value: null, masked: true, mask: 'XX', unit: '次', kind: 'count', qualifier: '连续' }],
    ],
    ['XXXX年以来连续五次获得“全国双拥模范城”殊荣', [{ raw: '连续五次', value: 5, unit: '次', bound: 'exact', kind: 'count' }]],
    ['X县连续XX年无责任退兵,X次受到国防部表彰', [{ raw: '连续XX年', value: null, masked: true, unit: '年' }]],
    [
      '连续XX年开展“万卷图书进军营”活动,连续XX年开展送科技、送法律进军营活动',
      [
        { raw: '连续XX年', masked: true, offset: 0 },
        { raw: '连续XX年', masked: true, offset: 19 },
      ],
    ],
    // The streak and the sum it qualifies are two figures.
    [
      '驻军部队连续五年投入XXX万元助力乡村振兴,建成XX个军民共建示范点',
      [
        { raw: '连续五年', value: 5, unit: '年' },
        { raw: 'XXX万元', masked: true, unit: '元', kind: 'money' },
        { raw: 'XX个', masked: true, unit: '个' },
      ],
    ],
    ['连续11年举办', [{ raw: '连续11年', value: 11, unit: '年', bound: 'exact', kind: 'count' }]],
    ['连续九次荣膺全国双拥模范城', [{ raw: '连续九次', value: 9, unit: '次' }]],
    ['连续三届被评为全国文明城市', [{ raw: '连续三届', value: 3, unit: '届' }]],
    ['全市经济增速连续5个季度保持全省第一', [{ raw: '连续5个季度', value: 5, unit: '个季度' }]],
    ['连续十一年保持“零事故”', [{ raw: '连续十一年', value: 11, unit: '年' }]],
    ['连续两年获评优秀', [{ raw: '连续两年', value: 2, unit: '年' }]],
    ['连续三个月开展走访', [{ raw: '连续三个月', value: 3, unit: '个月' }]],
    ['连续10余年坚持义诊', [{ raw: '连续10余年', value: 10, unit: '年', bound: 'lower', qualifier: '连续/余' }]],
    ['连续3年以上无事故', [{ raw: '连续3年以上', value: 3, bound: 'lower', qualifier: '连续/以上' }]],
  ];
  it.each(table)('%s', (text, expected) => {
    const got = streaks(text);
    expect(got.map((f) => f.raw)).toEqual(expected.map((e) => e.raw));
    expected.forEach((e, i) => expect(got[i]).toMatchObject(e));
  });

  it('claims no number in 连续多年, 连续几届, 连续数月, and a plain duration is no streak', () => {
    // Seed 002: 大学生士兵征集比例连续多年位居全省前列.
    for (const text of ['大学生士兵征集比例连续多年位居全省前列', '连续几届获奖', '连续数月', '坚持5年', '三年来']) {
      expect(streaks(text)).toEqual([]);
    }
  });

  it('gives a streak its sentence and section like any figure, and skips it in a 《》 title', () => {
    const outline: OutlineEntry[] = [{ level: 1, text: '成效', block: 0, offset: 0, marker: '一、' }];
    const got = findFigures([block('一、成效我市连续11年举办运动会。')], outline, '', { streaks: true });
    expect(got.map((f) => [f.raw, f.offset, f.sentence, f.section])).toEqual([['连续11年', 6, '一、成效我市连续11年举办运动会。', '成效']]);
    expect(streaks('出版《连续三年的坚守》')).toEqual([]);
  });

  it('are off by default, as the gold figures leave them out', () => {
    expect(find('已连续XX次获得“全国双拥模范城”荣誉称号。驻军部队连续五年投入XXX万元')).toMatchObject([{ raw: 'XXX万元' }]);
    expect(find('连续5个季度')).toEqual([]);
  });
});
