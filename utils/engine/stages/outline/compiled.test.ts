import { describe, expect, it } from 'vitest';
import { body2, heads, p } from './test-cases';

// Compilations without a table of contents, as 文库 pages show them (wnwk.com 双拥工作总结汇编, a
// xueshu.com 范文 page, 通用N篇 pages): each article opens with its title and ordinal.

describe('compilation article titles', () => {
  it('puts standalone article titles at level 1 above their 一、 headings, a year before the title included', () => {
    const blocks = [
      p('双拥工作总结一'),
      body2('今年以来,'),
      p('一、加强组织领导,健全工作机制'),
      body2(''),
      p('二、深化宣传教育,营造浓厚氛围'),
      body2('同时,'),
      p('2023年双拥工作总结二'),
      body2('2023年,我县'),
      p('一、强化责任落实'),
      body2('县里'),
    ];
    expect(heads(blocks, '双拥工作总结(通用2篇)')).toEqual([
      [1, '双拥工作总结一'],
      [2, '加强组织领导,健全工作机制'],
      [2, '深化宣传教育,营造浓厚氛围'],
      [1, '2023年双拥工作总结二'],
      [2, '强化责任落实'],
    ]);
  });

  it('finds titles glued into a one-block body, after the compilation title and after a sentence end', () => {
    const text =
      '双拥工作总结汇编双拥工作总结一今年是我军建军92周年,军爱民、民拥军、军民团结一家亲,我镇双拥工作整体水平得到进一步提高。' +
      '现将一年来有关活动情况总结如下:一、加强领导,形成齐抓共管双拥工作新格局。强化领导促进双拥工作合力形成,镇党委、镇政府常抓不懈。' +
      '二、强化宣传教育,营造良好双拥气氛。弘扬爱国主义精神,增强国防观念,提高广大群众的国防意识。' +
      '双拥工作总结二今年以来,我县双拥工作在县委、县政府的正确领导下扎实开展。一、健全组织,科学规划。学校每学年都建立双拥工作领导小组。';
    expect(heads([p(text)], '双拥工作总结汇编')).toEqual([
      [1, '双拥工作总结一'],
      [2, '加强领导,形成齐抓共管双拥工作新格局'],
      [2, '强化宣传教育,营造良好双拥气氛'],
      [1, '双拥工作总结二'],
      [2, '健全组织,科学规划'],
    ]);
  });

  it('reads 范文1, 范文2 and a 一、 glued right after the ordinal', () => {
    const blocks = [
      p('小学生双拥工作总结范文1'),
      p('国防教育和双拥工作是关系到国计民生的大事。多年来**市第二中学非常重视国防教育。'),
      p('一、健全组织,科学规划'),
      p('学校每学年都建立双拥工作领导小组,切实加强对双拥工作的领导。'),
      p('小学生双拥工作总结范文2一、领导重视,健全机构。学校领导高度重视双拥工作,成立了双拥工作领导小组。'),
    ];
    expect(heads(blocks, '小学生双拥工作总结')).toEqual([
      [1, '小学生双拥工作总结范文1'],
      [2, '健全组织,科学规划'],
      [1, '小学生双拥工作总结范文2'],
      [2, '领导重视,健全机构'],
    ]);
  });

  it('needs two titles in sequence: a lone one, 总结一下 and numbers are no articles', () => {
    expect(heads([p('双拥工作总结一'), body2('今年以来,'), p('一、加强组织领导'), body2('')])).toEqual([[1, '加强组织领导']]);
    expect(heads([p('我们对全年工作总结一下。今年以来,我市双拥工作扎实开展,取得明显成效。现将有关情况报告2023年度的工作如下。')])).toEqual(
      [],
    );
    // Glued into running text, a run must open at 1.
    expect(
      heads([p('全年工作扎实开展。双拥工作总结二今年以来,我县双拥工作扎实开展,成效明显。双拥工作总结三今年以来,我镇双拥工作成效明显。')]),
    ).toEqual([]);
  });
});
