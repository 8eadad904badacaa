// findFigures against chinese-text-rules.md §2.5 (every row) and its §2.3 list of what is not a figure.
import { describe, expect, it } from 'vitest';
import type { Block, Figure } from '../../types';
import { findFigures } from './index';

const block = (text: string): Block => ({ text, tag: 'p', bold: false });
const find = (text: string) => findFigures([block(text)], [], '');

// chinese-text-rules.md §2.5, every row. Line breaks inside a number (58⏎个, XXX.⏎X万元) are joined by
// the cleaner before this stage, so the rows use the joined text.
const table: Array<[string, Array<Partial<Figure>>]> = [
  [
    '投入1.2亿余元完成1.6万处',
    [
      { raw: '1.2亿余元', value: 120000000, unit: '元', scale: '亿', bound: 'lower', qualifier: '余', kind: 'money' },
      { raw: '1.6万处', value: 16000, unit: '处', bound: 'exact', kind: 'count' },
    ],
  ],
  ['关注度超10亿人次', [{ raw: '超10亿人次', value: 1000000000, unit: '人次', bound: 'lower', qualifier: '超' }]],
  ['悬挂光荣牌近20万块', [{ raw: '近20万块', value: 200000, unit: '块', bound: 'upper', qualifier: '近' }]],
  ['转业军官100%安置', [{ raw: '100%', value: 100, unit: '%', kind: 'percent', bound: 'exact' }]],
  ['累计安排入学入托1300余人', [{ raw: '1300余人', value: 1300, unit: '人', bound: 'lower', kind: 'count' }]],
  ['全年共救助困难军人27人', [{ raw: '27人', value: 27, unit: '人', bound: 'exact' }]],
  ['二十几万人', [{ raw: '二十几万人', value: 200000, unit: '人', bound: 'lower', qualifier: '几' }]],
  ['百余件', [{ raw: '百余件', value: 100, unit: '件', bound: 'lower' }]],
  ['数十万元', []],
  ['每人2022元', [{ raw: '2022元', value: 2022, unit: '元', kind: 'money' }]],
  ['2022多人', [{ raw: '2022多人', value: 2022, unit: '人', bound: 'lower' }]],
  ['2023年我市接着组织', []],
  ['建军84周年', []],
  ['73051部队、96164部队', []],
  ['网站客服:3074922707', []],
  ['“12348”法律效劳专线', []],
  ['北山周边的2G、3G信号', []],
  ['拥军广场58个', [{ raw: '58个', value: 58, unit: '个' }]],
  ['260万拥军志愿者', [{ raw: '260万', value: 2600000, unit: null, kind: 'count' }]],
  ['1.67万余人次', [{ raw: '1.67万余人次', value: 16700, unit: '人次', bound: 'lower' }]],
  [
    '各10人及提名人选各10人',
    [
      { raw: '各10人', value: 10, unit: '人', qualifier: '各', bound: 'exact' },
      { raw: '各10人', value: 10, unit: '人', qualifier: '各', bound: 'exact' },
    ],
  ],
  ['转业军官XXX%安置', [{ raw: 'XXX%', value: null, masked: true, mask: 'XXX%', kind: 'percent' }]],
  ['随军随调家属%对口安置', [{ raw: '%', value: null, masked: true, mask: '%', unit: '%', kind: 'percent' }]],
  ['社会化拥军覆盖面达到XXX%O', [{ raw: '达到XXX%', masked: true, bound: 'lower', kind: 'percent' }]],
  ['计划投资XXX亿元', [{ raw: 'XXX亿元', value: null, masked: true, scale: '亿', unit: '元', kind: 'money' }]],
  ['划拨、置换军事用地XXXX余亩', [{ raw: 'XXXX余亩', masked: true, unit: '亩', kind: 'area', bound: 'lower' }]],
  ['军地合力转移安置受灾群众X.X万人', [{ raw: 'X.X万人', masked: true, mask: 'X.X万', unit: '人', kind: 'count' }]],
  ['发放随军未就业家属生活补助金XXX.X万元', [{ raw: 'XXX.X万元', masked: true, unit: '元', kind: 'money' }]],
  ['制发*.*万张“双拥卡”', [{ raw: '*.*万张', masked: true, mask: '*.*万', unit: '张', kind: 'count' }]],
  ['置换划拨土地****亩', [{ raw: '****亩', masked: true, unit: '亩', kind: 'area' }]],
  ['***％安置到公务员岗位', [{ raw: '***％', masked: true, unit: '%', kind: 'percent' }]],
  ['出动官兵*万余人次', [{ raw: '*万余人次', masked: true, unit: '人次', bound: 'lower' }]],
  ['赠送慰问金及物品折合人民币XX.X万元', [{ raw: 'XX.X万元', masked: true, kind: 'money' }]],
  ['xx亿元国防建设投入', [{ raw: 'xx亿元', masked: true, scale: '亿', kind: 'money' }]],
  ['驻X部队 / X县XX村 / Gxxx边防路 / 应急使命xxxx', []],
  // Streaks (borderline in the spec) are left out of the output.
  ['连续XX年开展 / 连续11年举办 / 连续九次荣膺', []],
  ['“三优先”、“五不忘”', []],
  [
    '全省201家爱国拥军联合会,4.5万家拥军服务站(点)',
    [
      { raw: '201家', value: 201, unit: '家' },
      { raw: '4.5万家', value: 45000, unit: '家' },
    ],
  ],
  [
    '抢修道路38.4公里,运送物资516.9吨',
    [
      { raw: '38.4公里', value: 38.4, unit: '公里', kind: 'length' },
      { raw: '516.9吨', value: 516.9, unit: '吨', kind: 'weight' },
    ],
  ],
  ['三是及时抢修网络缺点', []],
  ['专家上门为73051部340余名官兵', [{ raw: '340余名', value: 340, unit: '名' }]],
  // Borderline in the spec; the gold page (pub-huiwen-summary) leaves it out, as it does 四个优先 and 六个方面.
  ['下属三个分局', []],
];

describe('findFigures: §2.5 table', () => {
  it.each(table)('%s', (text, expected) => {
    const got = find(text);
    expect(got).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(got[i]).toMatchObject(e));
  });
});

describe('findFigures: not figures (§2.3)', () => {
  const negatives = [
    '2023年度',
    '7月29日',
    '(2024年8月1日)',
    'XXXX年X月XX日',
    '自XXXX年以来',
    '建军84周年',
    '纪念延安双拥运动80周年',
    '十周年',
    '长征第一渡',
    '第5年',
    '三等奖',
    '平时二等功',
    '荣获“十连冠”',
    '五连冠',
    '94922部队',
    '5G网络',
    '《八子参军》、《一个人的长征》',
    '微信3231169整理',
    '拨打13812345678',
    '“三优先”“五不忘”“双十项”',
    '“四尊崇、五关爱、六必访”',
    '“两免四优先”',
    '“七步法”',
    '“一把手”',
    '“三个代表〞',
    '“四位一体〞',
    '市、县、乡、村四级',
    '两级',
    '三市',
    '五级清单',
    '一月一走访,一季一征询',
    '一对一',
    '一是,二是,三是',
    '连续11年',
    '连续九次',
    '数十万元',
    '数万人次',
    '多年来',
    '千家万户',
    '千行百业',
    '一批特色拥军品牌',
    '部署今后一个时期',
    '四个优先',
    '六个方面',
    '先后两次被命名',
    'X次受到国防部表彰',
    '武警X支队',
    '援建X支前纪念馆',
    'XX等军事',
    '驻XXXX部队',
    '汇编(6篇)',
    '十四届全国人大',
    '2023届毕业生',
    '上百人',
  ];
  it.each(negatives)('%s', (text) => {
    expect(find(text)).toEqual([]);
  });
});
