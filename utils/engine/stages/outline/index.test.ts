import { describe, expect, it } from 'vitest';
import { findOutline } from './index';
import type { Block } from '../../types';
import { body2, caseBlocks, goldCase, heads, p, score } from './test-cases';

describe.each(Object.keys(caseBlocks))('gold case %s', (name) => {
  const { blocks, title } = caseBlocks[name]!();
  const outline = findOutline(blocks, title);

  it('scores outline F1 ≥ 0.9 and level agreement ≥ 90%', () => {
    const s = score(goldCase(name).gold.outline!, outline, title);
    expect(s.f1).toBeGreaterThanOrEqual(0.9);
    expect(s.levels).toBeGreaterThanOrEqual(0.9);
  });

  it('points every entry at its place in the blocks', () => {
    for (const e of outline) {
      if (e.missing) continue;
      const at = blocks[e.block]!.text.slice(e.offset);
      expect(at.startsWith(e.marker), `${e.marker} ${e.text}`).toBe(true);
      expect(at.slice(e.marker.length).trimStart().startsWith(e.text), e.text).toBe(true);
    }
  });
});

describe('a compilation with a table of contents (T2, T3, T4, T6, T7)', () => {
  const { blocks, title } = caseBlocks['pub-31doc-compilation']!();
  const outline = findOutline(blocks, title);

  it('gives each article title level 1 and its headings level 2, in reading order', () => {
    expect(outline.map((e) => [e.level, e.text, e.marker, e.missing ?? false])).toEqual([
      [1, '荣获双拥模范城“十连冠”综述', '', false],
      [2, '大事大抓纵横联动双拥站位有高度', '一、', false],
      [2, '多维发力优化服务双拥发展有深度', '二、', false],
      [2, '爱民情深并肩前行军地共建有温度', '三、', false],
      [2, '守正创新强化引导双拥氛围有厚度', '四、', false],
      [1, '荣获全国双拥模范城“五连冠”工作综述', '', false],
      [2, '守正创新构建双拥工作新模式', '一、', false],
      [2, '倾力保障当好暖心“娘家人”', '二', false],
      [2, '军地联动谱写军政军民鱼水深', '三、', false],
      [1, '创建全国双拥模范城综述', '', false],
      [2, '高位推动,构建双拥“共同体”', '一、', false],
      [2, '军地联动,绘就融合“同心圆”', '二、', false],
      [2, '红色传承,打造双拥“新地标”', '三、', false],
      [1, '创建“全国双拥模范城”工作综述', '', false],
      [1, 'x市创建全国双拥模范城“七连冠”工作综述', '', true],
      [1, '全力创建全国双拥模范城综述', '', true],
    ]);
  });

  it('never reads the table of contents as body headings', () => {
    const toc = blocks[0]!.text.indexOf('目录');
    const end = blocks[0]!.text.indexOf('荣获双拥模范城“十连冠”综述X月');
    expect(outline.filter((e) => !e.missing && e.offset >= toc && e.offset < end)).toEqual([]);
  });

  it('points a missing article at its TOC line', () => {
    const missing = outline.find((e) => e.missing)!;
    expect(blocks[0]!.text.slice(missing.offset)).toMatch(/^5 \.x市创建/);
  });
});

describe('the document title', () => {
  it('is never an entry: not as an h1, a bold line, a title line or a TOC article, with a site name or piece count on it', () => {
    const h1 = (text: string): Block => ({ text, tag: 'h1', bold: false });
    expect(heads([h1('2023年双拥工作总结'), body2('今年以来,'), p('一、加强组织领导'), body2('')], '2023年双拥工作总结_百度文库')).toEqual([
      [1, '加强组织领导'],
    ]);
    // The heading keeps the quotes its <title> drops.
    expect(heads([h1('某市“十四五”双拥工作规划'), body2('今年以来,'), p('一、加强组织领导'), body2('')], '某市十四五双拥工作规划')).toEqual(
      [[1, '加强组织领导']],
    );
    expect(heads([p('双拥工作总结', true), body2('今年以来,'), p('一、加强组织领导'), body2('')], '双拥工作总结(通用3篇)')).toEqual([
      [1, '加强组织领导'],
    ]);
    expect(
      heads(
        [
          p('市双拥工作参考总结'),
          body2('今年以来,'),
          p('强保障构建新时代双拥大格局'),
          body2(''),
          p('浓氛围唱响新时代双拥主旋律'),
          body2('全市'),
        ],
        '2023年工作参考总结-市双拥工作参考总结',
      ),
    ).toEqual([
      [1, '强保障构建新时代双拥大格局'],
      [1, '浓氛围唱响新时代双拥主旋律'],
    ]);
    const toc = [
      p('目录'),
      p('1.甲市双拥工作综述……1'),
      p('2.乙市双拥工作综述……5'),
      p('甲市双拥工作综述'),
      p('一、高位推动'),
      p('乙市双拥工作综述'),
      p('一、军地共建'),
    ];
    expect(heads(toc, '甲市双拥工作综述.docx')).toEqual([
      [2, '高位推动'],
      [1, '乙市双拥工作综述'],
      [2, '军地共建'],
    ]);
  });

  it('keeps a subtitle part of the title out too (T15, seed 002)', () => {
    const title = '全国双拥模范城(县)巡礼江西省赣州市:传承红色基因 打造双拥共建新高地';
    expect(
      heads(
        [
          p('传承红色基因 打造双拥共建新高地'),
          body2('赣州是全国著名的革命老区,'),
          p('强保障构建新时代双拥大格局'),
          body2(''),
          p('浓氛围唱响新时代双拥主旋律'),
          body2(''),
        ],
        title,
      ),
    ).toEqual([
      [1, '强保障构建新时代双拥大格局'],
      [1, '浓氛围唱响新时代双拥主旋律'],
    ]);
  });

  it('T15: a first block that repeats the title is not an entry', () => {
    const title = '全国双拥模范城(县)巡礼江西省赣州市:传承红色基因 打造双拥共建新高地';
    expect(heads([p(title), p(`${title}赣州是全国著名的革命老区,是原中央苏区的主体和核心区。`)], title)).toEqual([]);
    expect(heads([{ text: '双拥工作总结', tag: 'h1', bold: false }, p('今年以来,我市双拥工作扎实推进。')], '双拥工作总结.docx')).toEqual(
      [],
    );
  });
});

describe('speed', () => {
  it('reads a 100,000-character flattened report in a few milliseconds', () => {
    const { blocks, title } = caseBlocks['pub-31doc-compilation']!();
    const text = blocks[0]!.text.repeat(Math.ceil(100_000 / blocks[0]!.text.length)).slice(0, 100_000);
    for (let i = 0; i < 5; i++) findOutline([p(text)], title);
    const runs: number[] = [];
    for (let i = 0; i < 15; i++) {
      const start = performance.now();
      findOutline([p(text)], title);
      runs.push(performance.now() - start);
    }
    // Generous against a loaded test machine; a quadratic scan takes hundreds of milliseconds.
    expect(Math.min(...runs)).toBeLessThan(15);
  });
});
