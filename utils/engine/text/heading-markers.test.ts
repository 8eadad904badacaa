import { describe, expect, it } from 'vitest';
import {
  bareNumeral,
  chineseNumeral,
  chineseOrdinal,
  clean,
  gluedMarker,
  hanCount,
  LOOSE_MARKER,
  markerAt,
  Rank,
  TITLE_FIGURE,
} from './heading-markers';

describe('chineseOrdinal / chineseNumeral', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十三', 23],
    ['九十九', 99],
  ])('%s = %i, and back', (s, n) => {
    expect(chineseOrdinal(s)).toBe(n);
    expect(chineseNumeral(n)).toBe(s);
  });

  it.each(['', '〇', '两', '十十', '一二', '二十十', '一百', '三十四五'])('%s is no heading ordinal', (s) => {
    expect(chineseOrdinal(s)).toBeNull();
  });

  it('round-trips 1…99', () => {
    for (let n = 1; n <= 99; n++) expect(chineseOrdinal(chineseNumeral(n))).toBe(n);
  });
});

describe('markerAt', () => {
  it.each([
    ['一、大事大抓', Rank.chinese, 1, '一、'],
    ['十二、结语部分', Rank.chinese, 12, '十二、'],
    ['三．军地联动', Rank.chinese, 3, '三．'],
    ['（一）主要成效', Rank.bracketChinese, 1, '（一）'],
    ['(二) 存在问题', Rank.bracketChinese, 2, '(二)'],
    ['1.亲切走访部队', Rank.arabic, 1, '1.'],
    ['2、召开会议', Rank.arabic, 2, '2、'],
    ['3．开展活动', Rank.arabic, 3, '3．'],
    ['（1）走访慰问', Rank.bracketArabic, 1, '（1）'],
    ['①加强领导', Rank.item, 1, '①'],
    ['2)落实政策', Rank.item, 2, '2)'],
    ['B. 其他事项', Rank.item, 2, 'B.'],
    ['第一部分 总体情况', Rank.part, 1, '第一部分'],
    ['第三章　附则', Rank.part, 3, '第三章'],
    ['第2节 方法', Rank.section, 2, '第2节'],
    ['一、“十四五”规划', Rank.chinese, 1, '一、'],
  ])('%s', (text, rank, value, marker) => {
    expect(markerAt(text, 0)).toMatchObject({ rank, value, text: marker });
  });

  it('reports where the heading text starts', () => {
    expect(markerAt('第三章　附则', 0)!.end).toBe(4);
    expect(markerAt('…。二、多维发力', 2)).toMatchObject({ value: 2, end: 4 });
  });

  // T9, T26 and the inline enumerators of T13: brackets must hold a numeral, a dot must not lead a digit.
  it.each([
    '1.6万处烈士纪念设施',
    '2.5%',
    '3.14',
    '(后路、后院、后代)',
    '兵(警)力',
    '(市、区)',
    '(站)',
    '(一)、不带顿号',
    '一是充分发挥',
    '第一，',
    '首先',
    '2G、3G信号',
    '73051部队',
    '（江西省双拥办）',
    '1 拥军优属',
    '一、',
    '1.。',
    '2023年',
    '(qū)',
  ])('%s is no marker', (text) => {
    expect(markerAt(text, 0)).toBeNull();
  });
});

describe('LOOSE_MARKER', () => {
  it('finds a marker glued to a sentence without its final punctuation', () => {
    const text = '书写着新时代双拥工作的“X答卷一、高位推动,构建双拥';
    const found = [...text.matchAll(LOOSE_MARKER)].map((m) => m.index);
    expect(found).toEqual([text.indexOf('一、')]);
  });
});

describe('bareNumeral (T7)', () => {
  const find = (text: string, value: number) => {
    const m = bareNumeral(value).exec(text);
    return m ? m[1] : null;
  };

  it('takes 二 right after a sentence end', () => {
    expect(find('思想引导等工作。二倾力保障当好暖心“娘家人”', 2)).toBe('二');
  });

  it.each([
    '主要做法。二是发挥军营作用',
    '主要做法。二者缺一不可',
    '主要做法。二十年来坚持不懈',
    '主要做法。二〇二三年',
    '先后解决二倾力', // no sentence end before it
  ])('leaves %s alone', (text) => {
    expect(find(text, 2)).toBeNull();
  });
});

describe('small text helpers', () => {
  it('gluedMarker: a number marker right after text, not inside a number', () => {
    expect(gluedMarker('不断拓展1.亲切走访', 4)).toBe(true);
    expect(gluedMarker('不断拓展（一）亲切走访', 4)).toBe(true);
    expect(gluedMarker('共计21.亲切', 3)).toBe(false);
    expect(gluedMarker('增长1.6万', 2)).toBe(false);
    expect(gluedMarker('统一、规范', 1)).toBe(false);
  });

  it('clean strips spaces and trailing punctuation', () => {
    expect(clean('  加强领导,亲切联络。 ')).toBe('加强领导,亲切联络');
    expect(clean('　指导思想：')).toBe('指导思想');
  });

  it('hanCount counts hanzi only', () => {
    expect(hanCount('X市2023年双拥〇')).toBe(5);
  });
});

describe('TITLE_FIGURE', () => {
  it('knows a figure in a title by the units the unit table flags for titles', () => {
    for (const t of ['拥军广场58个', '走访慰问120人次', '投入资金3.5万元', '植树造林500亩', '建成12公里', '增长12%'])
      expect(TITLE_FIGURE.test(t), t).toBe(true);
    // Units without the flag, and numbers without a unit, leave a title a title.
    for (const t of ['第3位', '共3批', '拥军广场58']) expect(TITLE_FIGURE.test(t), t).toBe(false);
  });
});
