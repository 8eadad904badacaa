import { describe, expect, it } from 'vitest';
import { heads, p } from './test-cases';
import { findToc, placeArticles } from './toc';

// Seed 000 as a preview flattens it (T2): titles glued to page numbers, the body glued to the last page.
const GLUED =
  '创建“全国双拥模范城,工作综述材料汇编(6篇)目录1 .荣获双拥模范城“十连冠”综述312 .荣获全国双拥模范城“五连冠”工作综述383 .创建全国双拥模范城综述404 .创建“全国双拥模范城”工作综述425 .x市创建全国双拥模范城“七连冠”工作综述476.全力创建全国双拥模范城综述54' +
  '荣获双拥模范城“十连冠”综述X月XX日,全国双拥模范城(县)命名大会在京举行。' +
  '为奋力谱写中国式现代化X篇章而努力奋斗。荣获全国双拥模范城“五连冠”工作综述时代变迁,变不了拳拳拥军爱民心。' +
  '筑牢广大青少年爱国精神根基。创建全国双拥模范城综述在X山下、XX河畔,一座城市。' +
  '续写着鱼水情深的时代华章。创建“全国双拥模范城”工作综述X是X省唯一的革命老区。';

describe('findToc: glued page numbers (T2)', () => {
  const toc = findToc([p(GLUED)])!;

  it('reads six items with their pages', () => {
    expect(toc.items.map((i) => i.page)).toEqual([31, 38, 40, 42, 47, 54]);
    expect(toc.items.map((i) => i.title)).toEqual([
      '荣获双拥模范城“十连冠”综述',
      '荣获全国双拥模范城“五连冠”工作综述',
      '创建全国双拥模范城综述',
      '创建“全国双拥模范城”工作综述',
      'x市创建全国双拥模范城“七连冠”工作综述',
      '全力创建全国双拥模范城综述',
    ]);
    expect(toc.items.every((i) => i.article)).toBe(true);
  });

  it('starts at 目录 and ends where the first title comes again', () => {
    expect(toc.start).toEqual({ block: 0, offset: GLUED.indexOf('目录') });
    expect(toc.end).toEqual({ block: 0, offset: GLUED.indexOf('荣获双拥模范城“十连冠”综述X月') });
    expect(toc.items[1]).toMatchObject({ marker: '2 .', offset: GLUED.indexOf('2 .荣获全国') });
  });

  it('ends at the block end when the body starts a new block', () => {
    const cut = GLUED.indexOf('荣获双拥模范城“十连冠”综述X月');
    const blocks = [p(GLUED.slice(0, cut)), p(GLUED.slice(cut))];
    const split = findToc(blocks)!;
    expect(split.items.map((i) => i.page)).toEqual([31, 38, 40, 42, 47, 54]);
    expect(split.end).toEqual({ block: 0, offset: cut });
    expect(placeArticles(blocks, split)[0]).toEqual({ block: 1, offset: 0 });
  });

  it('places the articles the text shows and marks the rest missing', () => {
    const places = placeArticles([p(GLUED)], toc);
    expect(places.slice(0, 4)).toEqual([
      { block: 0, offset: toc.end.offset },
      { block: 0, offset: GLUED.indexOf('荣获全国双拥模范城“五连冠”工作综述时代') },
      { block: 0, offset: GLUED.indexOf('创建全国双拥模范城综述在X山下') },
      { block: 0, offset: GLUED.indexOf('创建“全国双拥模范城”工作综述X是') },
    ]);
    expect(places.slice(4)).toEqual([null, null]);
  });
});

describe('findToc: glued titles without page numbers', () => {
  const text = '材料汇编目录1.甲市双拥工作综述2.乙县创建双拥模范县工作报告3.丙区双拥工作经验材料甲市双拥工作综述近年来,甲市坚持高位推动。';
  const toc = findToc([p(text)])!;

  it('reads the titles and ends where the first comes again', () => {
    expect(toc.items.map((i) => [i.title, i.page])).toEqual([
      ['甲市双拥工作综述', null],
      ['乙县创建双拥模范县工作报告', null],
      ['丙区双拥工作经验材料', null],
    ]);
    expect(toc.end.offset).toBe(text.indexOf('甲市双拥工作综述近年来'));
  });
});

describe('findToc: dotted leaders with groups (T18)', () => {
  const blocks = [
    p('目 录'),
    p('一、省级'),
    p('1.去年以来河北省双拥工作综述……1'),
    p('2.甘肃省创建全国双拥模范省工作综述……4二、市级'),
    p('3. 双鸭山市双拥工作综述……7 4.三门峡市双拥工作综述……20 5.广安市双拥工作综述·····25'),
    p('三、县(市)区级'),
    p('6.某某县双拥工作综述.....30'),
    p('去年以来河北省双拥工作综述'),
    p('(2024年8月1日)'),
    p('一、强化引领,营造浓厚拥军氛围'),
    p('河北省委、省政府高度重视双拥工作,在河北,这些醒目的标志牌随处可见。'),
    p('甘肃省创建全国双拥模范省工作综述'),
    p('甘肃是革命老区,双拥工作基础扎实。'),
  ];
  const toc = findToc(blocks)!;

  it('reads items and groups across lines, several items to a line', () => {
    expect(toc.items.map((i) => [i.marker, i.title, i.page, i.article])).toEqual([
      ['一、', '省级', null, false],
      ['1.', '去年以来河北省双拥工作综述', 1, true],
      ['2.', '甘肃省创建全国双拥模范省工作综述', 4, true],
      ['二、', '市级', null, false],
      ['3.', '双鸭山市双拥工作综述', 7, true],
      ['4.', '三门峡市双拥工作综述', 20, true],
      ['5.', '广安市双拥工作综述', 25, true],
      ['三、', '县(市)区级', null, false],
      ['6.', '某某县双拥工作综述', 30, true],
    ]);
    expect(toc.items[4]).toMatchObject({ block: 4, offset: 0 });
    expect(toc.items[5]).toMatchObject({ block: 4, offset: blocks[4]!.text.indexOf('4.') });
  });

  it('ends before the body', () => {
    expect(toc.start).toEqual({ block: 0, offset: 0 });
    expect(toc.end).toEqual({ block: 6, offset: blocks[6]!.text.length });
  });

  it('finds article titles standing as their own blocks', () => {
    const places = placeArticles(blocks, toc);
    expect(places).toEqual([undefined, { block: 7, offset: 0 }, { block: 11, offset: 0 }, undefined, null, null, null, undefined, null]);
  });
});

describe("findToc: a report's own sections, dotted", () => {
  const blocks = [
    p('目录'),
    p('一、基本情况……………………1'),
    p('二、主要做法……………………2'),
    p('三、下一步打算…………………5'),
    p('一、基本情况'),
    p('全县辖12个乡镇、186个行政村,总人口38.6万人。'),
    p('二、主要做法'),
    p('编制村庄规划186个,实现应编尽编。'),
    p('三、下一步打算'),
    p('进一步推动乡村全面振兴。'),
  ];

  it("ends after its last item: the body's first heading after it heads no items, so it is no group line", () => {
    const toc = findToc(blocks)!;
    expect(toc.items.map((i) => [i.marker, i.title, i.page])).toEqual([
      ['一、', '基本情况', 1],
      ['二、', '主要做法', 2],
      ['三、', '下一步打算', 5],
    ]);
    expect(toc.end).toEqual({ block: 3, offset: blocks[3]!.text.length });
  });

  it('leaves every section heading of the body to the outline, numbered', () => {
    expect(heads(blocks)).toEqual([
      [1, '基本情况'],
      [1, '主要做法'],
      [1, '下一步打算'],
    ]);
  });
});

describe('findToc: chapters (第一章 …), dotted', () => {
  const blocks = [
    p('目 录'),
    p('第一章 发展基础……………………1'),
    p('第二章 总体要求……………………3'),
    p('第一章 发展基础'),
    p('第一节 主要成效'),
    p('全市累计投入双拥经费2.3亿元。'),
    p('第二章 总体要求'),
    p('一、指导思想'),
    p('以新时代中国特色社会主义思想为指导。'),
  ];

  it('reads 第N章 as a marker: chapters are sections of one report, headed in the body by their own markers', () => {
    expect(findToc(blocks)!.items.map((i) => [i.marker, i.title, i.article])).toEqual([
      ['第一章', '发展基础', false],
      ['第二章', '总体要求', false],
    ]);
    expect(heads(blocks)).toEqual([
      [1, '发展基础'],
      [2, '主要成效'],
      [1, '总体要求'],
      [3, '指导思想'],
    ]);
  });
});

describe('findToc: negatives', () => {
  it('ignores 目录 inside a sentence', () => {
    expect(findToc([p('率先拓展X市优待目录清单共XXX项,推出“双免”政策。1.加强领导。')])).toBeNull();
  });

  it('needs two items', () => {
    expect(findToc([p('目录'), p('1.工作综述……1'), p('正文开始,工作扎实推进。')])).toBeNull();
  });

  it('treats items numbered again in the body as sections, not articles', () => {
    const blocks = [p('目录'), p('1.总体情况……1'), p('2.主要做法……3'), p('1.总体情况'), p('今年以来,工作扎实推进。'), p('2.主要做法')];
    const toc = findToc(blocks)!;
    expect(toc.items).toHaveLength(2);
    expect(placeArticles(blocks, toc)).toEqual([undefined, undefined]);
  });
});

describe('findOutline with a table of contents', () => {
  it('T18, T19: a dotted TOC in groups names the articles; group lines and dates are no headings', () => {
    const blocks = [
      p('目 录'),
      p('一、省级'),
      p('1.去年以来河北省双拥工作综述……1'),
      p('2.甘肃省创建全国双拥模范省工作综述……4二、市级'),
      p('3. 双鸭山市双拥工作综述……7'),
      p('去年以来河北省双拥工作综述'),
      p('(2024年8月1日)'),
      p('一、强化引领,营造浓厚拥军氛围'),
      p('河北省委、省政府高度重视双拥工作,在河北,这些醒目的标志牌随处可见。'),
      p('二、真情服务,解决后顾之忧'),
      p('全省各级持续加大投入,解决官兵实际困难。'),
      p('甘肃省创建全国双拥模范省工作综述'),
      p('甘肃是革命老区,双拥工作基础扎实。'),
      p('二、市级双鸭山市双拥工作综述'),
      p('双鸭山市地处边疆,军民团结源远流长。'),
    ];
    expect(heads(blocks)).toEqual([
      [1, '去年以来河北省双拥工作综述'],
      [2, '强化引领,营造浓厚拥军氛围'],
      [2, '真情服务,解决后顾之忧'],
      [1, '甘肃省创建全国双拥模范省工作综述'],
      [1, '双鸭山市双拥工作综述'],
    ]);
  });

  it('reads a marker glued right after an article title', () => {
    const text =
      '目录1 .甲市双拥工作综述32 .乙市双拥工作综述9甲市双拥工作综述一、高位推动,构建双拥格局。全市上下合力推进。' +
      '乙市双拥工作综述乙市是革命老区,双拥传统深厚。';
    expect(heads([p(text)])).toEqual([
      [1, '甲市双拥工作综述'],
      [2, '高位推动,构建双拥格局'],
      [1, '乙市双拥工作综述'],
    ]);
  });

  it('restarts the numbering in each article', () => {
    const blocks = [
      p('目录'),
      p('1.甲市双拥工作综述……1'),
      p('2.乙市双拥工作综述……5'),
      p('甲市双拥工作综述'),
      p('一、高位推动'),
      p('二、真情拥军'),
      p('乙市双拥工作综述'),
      p('一、军地共建'),
      p('三、爱民为民'),
    ];
    expect(heads(blocks)).toEqual([
      [1, '甲市双拥工作综述'],
      [2, '高位推动'],
      [2, '真情拥军'],
      [1, '乙市双拥工作综述'],
      [2, '军地共建'],
    ]);
  });
});
