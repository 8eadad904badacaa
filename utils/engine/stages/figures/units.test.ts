// findFigures: the one unit table (durations, measure words) and counts with measure words in running text.
import { describe, expect, it } from 'vitest';
import { UNITS } from '../../text/figure-units';
import type { Block, Figure } from '../../types';
import { findFigures } from './index';

const block = (text: string): Block => ({ text, tag: 'p', bold: false });
const find = (text: string) => findFigures([block(text)], [], '');

describe('findFigures: one unit table', () => {
  it('a duration is not a count, and keeps a shorter unit off it (3个月 is not 3个)', () => {
    for (const text of [
      '整改期限为3个月',
      '连同3个季度的数据',
      '每天工作8个小时',
      '在12个工作日内办结',
      '用了4个年头',
      '坚持3个星期',
      '共5天',
    ]) {
      expect(find(text)).toEqual([]);
    }
  });

  it('百分之 takes the bound after it as a percent sign does', () => {
    const of = (text: string) => find(text).map((f) => [f.raw, f.value, f.unit, f.bound]);
    expect(of('接待游客百分之十五以上')).toEqual([['百分之十五以上', 15, '%', 'lower']]);
    expect(of('接待游客15%以上')).toEqual([['15%以上', 15, '%', 'lower']]);
    expect(of('占比百分之三十左右')).toEqual([['百分之三十左右', 30, '%', 'approx']]);
    expect(of('占比百分之三十')).toEqual([['百分之三十', 30, '%', 'exact']]);
  });

  it('a longer word that is not a duration still counts with the shorter unit', () => {
    expect(find('成立3个小组').map((f) => f.raw)).toEqual(['3个']);
    expect(find('建成5个小区').map((f) => f.raw)).toEqual(['5个']);
  });

  it('formula classifiers come from the table: a bare small Chinese numeral with one is a formula', () => {
    for (const u of UNITS.filter((d) => d.formula)) expect(find(`落实四${u.unit}举措`)).toEqual([]);
    expect(find('落实4项举措').map((f) => f.raw)).toEqual(['4项']);
  });

  it('counts cases, buildings, works and lamps with their own measure words', () => {
    const rows: Array<[string, string, number, string]> = [
      ['依法办理涉军维权案件32起', '32起', 32, '起'],
      ['累计确诊病例3例', '3例', 3, '例'],
      ['盘活闲置土地5宗', '5宗', 5, '宗'],
      ['新建安置房12栋,改造危房36间', '12栋', 12, '栋'],
      ['创作双拥歌曲20首', '20首', 20, '首'],
      ['展出书画作品150幅', '150幅', 150, '幅'],
      ['安装路灯800盏', '800盏', 800, '盏'],
      ['开设国防教育课程12门', '12门', 12, '门'],
      ['开展慰问56批次', '56批次', 56, '批次'],
      ['走访300户次', '300户次', 300, '户次'],
      ['年发电1200万千瓦时', '1200万千瓦时', 12000000, '千瓦时'],
    ];
    for (const [text, raw, value, unit] of rows) expect(find(text)[0], text).toMatchObject({ raw, value, unit });
    for (const text of [
      '三门峡市',
      '五门功课',
      '一门心思',
      '军民一起参加',
      '三起三落',
      '从3月1日起施行',
      '2020年起',
      '一间教室',
      '首次',
      '一首歌',
      '以此为例',
      '5首批',
    ]) {
      expect(find(text), text).toEqual([]);
    }
  });

  it('every unit that is not a duration makes a count after an Arabic number', () => {
    for (const u of UNITS.filter((d) => !d.duration)) {
      const got = find(`全年共27${u.unit}，`);
      expect(
        got.map((f) => f.raw),
        u.unit,
      ).toEqual([`27${u.unit}`]);
    }
  });
});

describe('findFigures: counts with measure words in running text', () => {
  // Whole sentences of seed 001 (汇文网 summary) and seed 002 (pinyin blog, annotations stripped).
  const table: Array<[string, Array<Partial<Figure>>]> = [
    [
      '赣州军分区师、团两级结对帮扶19个村、19所学校,投入1800余万元建设基础设施项目20个、扶持乡村振兴产业38个',
      [
        { raw: '19个', value: 19, unit: '个' },
        { raw: '19所', value: 19, unit: '所' },
        { raw: '1800余万元', value: 18000000, unit: '元', bound: 'lower' },
        { raw: '20个', value: 20, unit: '个' },
        { raw: '38个', value: 38, unit: '个' },
      ],
    ],
    [
      '全年共播发国防双拥新闻270多篇,专题节目12部',
      [
        { raw: '270多篇', value: 270, bound: 'lower' },
        { raw: '12部', value: 12, unit: '部' },
      ],
    ],
    [
      '全年共创办讲座14场,参加听课官兵3000余人次',
      [
        { raw: '14场', value: 14, unit: '场' },
        { raw: '3000余人次', value: 3000, unit: '人次', bound: 'lower' },
      ],
    ],
    [
      '一年共救助困难军人27人,全年共处理部队子女优待入学94人',
      [
        { raw: '27人', value: 27 },
        { raw: '94人', value: 94 },
      ],
    ],
    ['全市双拥共建单位已达166家', [{ raw: '达166家', value: 166, unit: '家', bound: 'lower' }]],
    ['前去祭扫的社会各界人士达二十几万人', [{ raw: '达二十几万人', value: 200000, unit: '人', bound: 'lower', qualifier: '达/几' }]],
    [
      '市本级、20个县(市、区)、309个乡镇(街道)、3969个村(社区)双拥服务机构实现全覆盖',
      [
        { raw: '20个', value: 20 },
        { raw: '309个', value: 309 },
        { raw: '3969个', value: 3969 },
      ],
    ],
    [
      'xx市革命烈士纪念碑在4月1日迎来祭扫顶峰,先后有4个学校、2022多人来祭奠英烈',
      [
        { raw: '4个', value: 4 },
        { raw: '2022多人', value: 2022, bound: 'lower' },
      ],
    ],
    // gmw.html and youth.html of the ordinary-page corpus.
    [
      '在这项研究中，17名男子被要求在地面和一间模拟海拔3.7公里的房间内喝下一些伏特加。',
      [
        { raw: '17名', value: 17 },
        { raw: '3.7公里', value: 3.7 },
      ],
    ],
    ['49990名大学生获2015—2016国家奖学金', [{ raw: '49990名', value: 49990, unit: '名' }]],
  ];
  it.each(table)('%s', (text, expected) => {
    const got = find(text);
    expect(got.map((f) => f.raw)).toEqual(expected.map((e) => e.raw));
    expected.forEach((e, i) => expect(got[i]).toMatchObject(e));
  });

  // Ordinals, articles, demonstratives, 个人, dates, markers, vague counts, identifiers: real sentences
  // where the pages have them (seeds 000–002, gmw/pixnet), short constructed ones otherwise.
  const negatives = [
    '但他是第一个在月球上喝酒的人', // gmw.html
    '部署今后一个时期的双拥工作', // seed 001
    '创作《八子参军》、《一个人的长征》', // seed 001
    '这个萌妹纸竟然是个男的', // pixnet.html
    '这个问题、那个环节',
    '采访、总结双拥先进单位和个人事迹', // seed 001
    '而不是几个月', // gmw.html
    '各个部门、几个单位',
    '2023年我市接着组织',
    '10月下旬至11月中旬',
    '11月份',
    '7月29日', // seed 001
    '二〇一九年十二月',
    '二〇二三年工作总结',
    '一、加强领导,亲切联络,双拥领域不断拓展',
    '1.亲切走访部队,加深军地感情。',
    '(三)完善机制', // seed 001 headings
    '网站客服:3074922707',
    '咨询电话0797-8123456',
    '联系人手机13812345678', // seed 001 and constructed
    '用了3个多月',
    '每天3个半小时',
  ];
  it.each(negatives)('%s', (text) => {
    expect(find(text)).toEqual([]);
  });
});
