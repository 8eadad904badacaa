import { describe, expect, it } from 'vitest';
import { goldCases, norm, parse } from '../../../tests/pages';
import type { Block, OutlineEntry } from '../types';
import { findOutline } from './outline';

const p = (text: string, bold = false): Block => ({ text, tag: 'p', bold });
const heads = (blocks: Block[], title = '') => findOutline(blocks, title).map((e) => [e.level, e.text]);
const texts = (blocks: Block[], title = '') => findOutline(blocks, title).map((e) => e.text);

// ---------- the gold cases, scored as ../shared/eval/score.mjs scores them ----------

const ENUM =
  /^(第[一二三四五六七八九十百零〇\d]+[章节部分篇条]|[一二三四五六七八九十]+[、.]|[(][一二三四五六七八九十\d]+[)]|\d+(?:\.\d+)*[、.]?)/;
const headingKey = (s: string) => norm(s).replace(ENUM, '').replace(/[。:;,!?.]+$/, '');
const sameHeading = (a: string, b: string) =>
  a === b || ((a.includes(b) || b.includes(a)) && Math.min(a.length, b.length) / Math.max(a.length, b.length) >= 0.6);

function score(gold: Array<{ level: number; text: string | string[] }>, all: OutlineEntry[], title: string) {
  const tk = headingKey(title);
  const got = all.filter((o) => !(tk && headingKey(o.text) === tk));
  const used = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const g of gold) {
    const keys = (Array.isArray(g.text) ? g.text : [g.text]).map(headingKey);
    const j = got.findIndex((o, i) => !used.has(i) && keys.some((k) => sameHeading(headingKey(o.text), k)));
    if (j < 0) continue;
    used.add(j);
    pairs.push([g.level, got[j]!.level]);
  }
  const gMin = Math.min(...gold.map((g) => g.level));
  const oMin = Math.min(...pairs.map(([, o]) => o));
  const precision = got.length ? pairs.length / got.length : 0;
  const recall = pairs.length / gold.length;
  return {
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    levels: pairs.length ? pairs.filter(([g, o]) => g - gMin === o - oMin).length / pairs.length : 0,
  };
}

const goldCase = (name: string) => goldCases().find((c) => c.name === name)!;
const PINYIN = /[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/g;

/** The blocks each case reaches this stage with: what the cleaner leaves of its content element. */
const caseBlocks: Record<string, () => { blocks: Block[]; title: string }> = {
  // A preview of page chunks "N、…" cut mid-word: markers dropped and chunks joined into one block.
  'pub-31doc-compilation': () => {
    const doc = parse(goldCase('pub-31doc-compilation').html);
    const text = [...doc.querySelectorAll('.article-content p')].map((e) => e.textContent!.replace(/^\d{1,3}、/, '')).join('');
    return { blocks: [p(text)], title: doc.querySelector('h1')!.textContent!.replace(/\.docx$/, '') };
  },
  'pub-huiwen-summary': () => {
    const doc = parse(goldCase('pub-huiwen-summary').html);
    return { blocks: [...doc.querySelectorAll('.doc-body p')].map((e) => p(e.textContent!)), title: doc.querySelector('h1')!.textContent! };
  },
  // The article is on the page twice; the cleaner keeps the first copy and strips the pinyin.
  'pub-pinyin-blog': () => {
    const doc = parse(goldCase('pub-pinyin-blog').html);
    const blocks: Block[] = [];
    for (const e of doc.querySelectorAll('.post-body p')) {
      const text = e.textContent!.replace(PINYIN, '');
      if (blocks.some((b) => b.text === text)) break;
      const strong = e.querySelector('strong');
      blocks.push(p(text, strong !== null && strong.textContent!.trim() === e.textContent!.trim()));
    }
    return { blocks, title: doc.querySelector('h2')!.textContent! };
  },
};

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

// ---------- chinese-text-rules.md §1.7 ----------

describe('numbered headings glued into flattened text', () => {
  it('T3: cuts before a long quotation', () => {
    expect(heads([p('着力构建起新时代双拥发展新格局。一、大事大抓纵横联动双拥站位有高度“循大道,至万里。巩固发展坚如磐石的军政军民团结关系。')])).toEqual([
      [1, '大事大抓纵横联动双拥站位有高度'],
    ]);
  });

  it('T4: cuts at a subject or time opener', () => {
    expect(texts([p('一、前言'), p('积极推动双拥工作制度化。二、多维发力优化服务双拥发展有深度多年来,X双拥工作始终以“让军人成为全社会尊崇的职业为目标,坚持多维发力。')])).toContain(
      '多维发力优化服务双拥发展有深度',
    );
  });

  it('T4: cuts where parallel siblings share a suffix (有X度)', () => {
    const text =
      '前言结束。一、大事大抓纵横联动双拥站位有高度“循大道,至万里。巩固团结。' +
      '二、多维发力优化服务双拥发展有深度多年来,X双拥工作持续加强。' +
      '三、爱民情深并肩前行军地共建有温度驻守一地,造福一方。官兵情系第二故乡。' +
      '四、守正创新强化引导双拥氛围有厚度暮春时节,青年路两旁的银杏树新叶萌发,鲜活灵动。';
    expect(texts([p(text)])).toEqual([
      '大事大抓纵横联动双拥站位有高度',
      '多维发力优化服务双拥发展有深度',
      '爱民情深并肩前行军地共建有温度',
      '守正创新强化引导双拥氛围有厚度',
    ]);
  });

  it('keeps a heading whole when no sibling shares its ending', () => {
    expect(texts([p('前言。一、爱民情深并肩前行军地共建有温度驻守一地,造福一方。官兵情系第二故乡。二、守正创新强化引导。好的。')])).toEqual([
      '爱民情深并肩前行军地共建有温度驻守一地,造福一方',
      '守正创新强化引导',
    ]);
  });

  it('T5: a lost closing quote makes no heading', () => {
    expect(heads([p('我市再次荣获“全国双拥模范城”称号,实现全国双拥模范城“十连冠山光凝翠,见证拥军本色;人文荟萃,唱响崇军赞歌。')])).toEqual([]);
  });

  it('T6: a short quoted term stays, a second quote starts the body', () => {
    const text =
      '书写着新时代双拥工作的“X答卷一、高位推动,构建双拥“共同体”“双拥工作不是选择题,而是必答题。“市委始终将双拥工作与经济社会发展同部署。' +
      '二、军地联动,绘就融合“同心圆”在X,双拥工作早已突破传统边界。三、红色传承,打造双拥“新地标”“每一块砖石都诉说着X诚。';
    expect(findOutline([p(text)], '').map((e) => [e.text, e.marker, e.offset])).toEqual([
      ['高位推动,构建双拥“共同体”', '一、', text.indexOf('一、')],
      ['军地联动,绘就融合“同心圆”', '二、', text.indexOf('二、')],
      ['红色传承,打造双拥“新地标”', '三、', text.indexOf('三、')],
    ]);
  });

  it('T7: 二 without its 、 counts only between 一、 and 三、', () => {
    const body =
      '一、守正创新构建双拥工作新模式我市坚持把双拥工作放在战略全局高度谋划推进,一体统筹谋划。常态化做好心理疏导、思想引导等工作。' +
      '二倾力保障当好暖心“娘家人”我市用心用情用力解决驻X部队和退役军人操心事、烦心事和揪心事,开通绿色通道。';
    const third = '三、军地联动谱写军政军民鱼水深“把驻地当故乡,视人民如亲人。”这是共同心声。';
    expect(findOutline([p(body + third)], '').map((e) => [e.marker, e.text])).toEqual([
      ['一、', '守正创新构建双拥工作新模式'],
      ['二', '倾力保障当好暖心“娘家人”'],
      ['三、', '军地联动谱写军政军民鱼水深'],
    ]);
    expect(texts([p(body)])).toEqual(['守正创新构建双拥工作新模式']);
  });

  it('takes a glued 一、 only when 二、 follows at a heading position', () => {
    expect(texts([p('工作的“X答卷一、高位推动,构建双拥“共同体”“双拥工作不是选择题。')])).toEqual([]);
    expect(texts([p('坚持统一、规范、高效的原则。二、加强领导。')])).toEqual([]);
  });

  it('takes a sub-heading glued to the end of its heading', () => {
    const text =
      '我市双拥工作迈上了新的更高台阶。一、加强领导,亲切联络,双拥领域不断拓展1.亲切走访部队,加深军地感情。新年伊始,市书记带队走访驻金部队。' +
      '2.召开军地双拥联席会议,亲切军地军政关系。一年来,市委先后召开议军会议。二、强化宣传,营建气氛,双拥认识不断加强1.依托国防教育基地,加强双拥宣传。';
    expect(heads([p(text)])).toEqual([
      [1, '加强领导,亲切联络,双拥领域不断拓展'],
      [2, '亲切走访部队,加深军地感情'],
      [2, '召开军地双拥联席会议,亲切军地军政关系'],
      [1, '强化宣传,营建气氛,双拥认识不断加强'],
      [2, '依托国防教育基地,加强双拥宣传'],
    ]);
  });

  it('compares suffixes only among the siblings of one list', () => {
    const first = '前言。一、大事大抓纵横联动双拥站位有高度“循大道,至万里。巩固团结。二、多维发力优化服务双拥发展有深度多年来,持续加强。';
    const second = '第二篇。一、守正创新构建双拥工作新模式我市坚持高位推动。二、军地联动谱写军政军民鱼水深“把驻地当故乡,视人民如亲人。”';
    expect(texts([p(first + second)])).toEqual([
      '大事大抓纵横联动双拥站位有高度',
      '多维发力优化服务双拥发展有深度',
      '守正创新构建双拥工作新模式',
      '军地联动谱写军政军民鱼水深',
    ]);
  });

  it('demotes a number out of sequence', () => {
    expect(texts([p('1.开展走访慰问。走访官兵。3.落实优待政策。政策到位。')])).toEqual(['开展走访慰问']);
    expect(texts([p('1.开展走访慰问。走访官兵。2.落实优待政策。政策到位。3.开展宣传活动。宣传到位。')])).toHaveLength(3);
  });

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
    const blocks = [p('目录'), p('1.甲市双拥工作综述……1'), p('2.乙市双拥工作综述……5'), p('甲市双拥工作综述'), p('一、高位推动'), p('二、真情拥军'), p('乙市双拥工作综述'), p('一、军地共建'), p('三、爱民为民')];
    expect(heads(blocks)).toEqual([
      [1, '甲市双拥工作综述'],
      [2, '高位推动'],
      [2, '真情拥军'],
      [1, '乙市双拥工作综述'],
      [2, '军地共建'],
    ]);
  });
});

describe('numbered headings as their own blocks', () => {
  it('T11, T12: a numbered lead sentence ends at its 。; the title line is not a heading', () => {
    const blocks = [
      p('市双拥工作总结1 拥军优属、拥政爱民不断是我党我军我国人民的优良传统,关系到国家安危。'),
      p('一、加强领导,亲切联络,双拥领域不断拓展'),
      p('1.亲切走访部队,加深军地感情。新年伊始,市书记徐xx就带着我市拥军慰问团走访慰问了省军区和驻金部队。'),
      p('2.召开军地双拥联席会议,亲切军地军政关系。一年来,市委、市政府先后召开书记办公会。'),
    ];
    expect(findOutline(blocks, '2023年工作参考总结-市双拥工作参考总结').map((e) => [e.level, e.text, e.marker, e.block])).toEqual([
      [1, '加强领导,亲切联络,双拥领域不断拓展', '一、', 1],
      [2, '亲切走访部队,加深军地感情', '1.', 2],
      [2, '召开军地双拥联席会议,亲切军地军政关系', '2.', 3],
    ]);
  });

  it('a heading ends at a colon that introduces its body', () => {
    expect(texts([p('一、指导思想：以新时代强军思想为指导，深入推进双拥工作。'), p('二、工作目标:到2025年，全面建成模范城。')])).toEqual(['指导思想', '工作目标']);
    expect(texts([p('一、强化引领：营造浓厚拥军氛围'), p('河北省委高度重视双拥工作,纳入总体规划。')])).toEqual(['强化引领：营造浓厚拥军氛围']);
  });

  it('T20: a standalone heading keeps its internal comma', () => {
    expect(texts([p('一、强化引领,营造浓厚拥军氛围'), p('河北省委、省政府高度重视双拥工作,把双拥工作纳入经济社会发展总体规划。')])).toEqual([
      '强化引领,营造浓厚拥军氛围',
    ]);
  });

  it('ranks the GB/T 9704 levels', () => {
    const blocks = [
      p('第一部分 总体情况'),
      p('一、主要成效'),
      p('（一）强化组织领导'),
      p('1.健全工作机制。成立领导小组。'),
      p('（1）明确责任分工。责任到人。'),
      p('（2）完善考核办法。考核到位。'),
      p('2.加大保障力度。经费到位。'),
      p('（二）深化宣传教育'),
      p('二、存在问题'),
      p('第二部分 下步打算'),
    ];
    expect(heads(blocks)).toEqual([
      [1, '总体情况'],
      [2, '主要成效'],
      [3, '强化组织领导'],
      [4, '健全工作机制'],
      [5, '明确责任分工'],
      [5, '完善考核办法'],
      [4, '加大保障力度'],
      [3, '深化宣传教育'],
      [2, '存在问题'],
      [1, '下步打算'],
    ]);
  });

  it('levels are relative: the top level present is 1', () => {
    expect(heads([p('（一）强化组织领导'), p('1.健全工作机制。成立领导小组。'), p('（二）深化宣传教育')])).toEqual([
      [1, '强化组织领导'],
      [2, '健全工作机制'],
      [1, '深化宣传教育'],
    ]);
  });

  it('lists ① and A. only when no higher level exists', () => {
    expect(texts([p('①加强领导'), p('②落实责任')])).toEqual(['加强领导', '落实责任']);
    expect(texts([p('一、加强领导'), p('①成立小组'), p('②落实责任')])).toEqual(['加强领导']);
  });
});

describe('never headings', () => {
  it.each([
    ['T9', '倾力解决官兵“三后”(后路、后院、后代)问题。(后路、后院、后代)问题突出。驻X部队累计出动兵(警)力XX万余人次。市、县(市、区)两级均成立领导小组。依托服务中心(站)开展工作。'],
    ['T13', '一是充分发挥我市教育资源的优势。二是发挥军营国防教育基地的宣传作用。三是安排制作纪实画册。'],
    ['T13', '第一，加强领导。第二，落实责任。首先,要提高认识。其次,要狠抓落实。'],
    ['T14', '加强北山周边的2G、3G信号。73051部队、96164部队免费开放师史馆。利用“12348”法律效劳专线。'],
    ['T17', '市本级、20个县(市、区)、309个乡镇(街道)双拥服务机构实现全覆盖。'],
    ['T21', '河北省委高度重视,在河北,这些醒目的标志牌随处可见。拥军广场58个,双拥地标遍布城乡。'],
    ['T22', '穿上军装,保家卫国冲在前。脱下军装,转变战场再出发。'],
    ['T26', '完成1.6万处烈士纪念设施维护修缮。增长2.5%。圆周率3.14。'],
    ['date', '(2024年8月1日)'],
  ])('%s: %s', (_, text) => {
    expect(heads([p(text)])).toEqual([]);
  });

  it('T26: 1.6万 at a block start is no heading', () => {
    expect(heads([p('1.6万处烈士纪念设施完成维护修缮。'), p('2.5%的增长来自新增项目。')])).toEqual([]);
  });

  it('T21: an unjoined hard wrap is no heading', () => {
    expect(heads([p('河北省委高度重视,在河北,这些'), p('醒目的标志牌随处可见。'), p('拥军广场58'), p('个,双拥地标遍布城乡。')])).toEqual([]);
  });

  it('T27, T28, T19: omission marks, salutations and date lines', () => {
    const blocks = [
      p('尊敬的**省长，各位领导，同志们：'),
      p('……'),
      p('(2024年8月1日)'),
      p('现将我市双拥工作情况汇报如下,请予审议。'),
      p('汇报完毕，不当之处，请各位领导批评指正，谢谢。'),
    ];
    expect(heads(blocks)).toEqual([]);
  });

  it('T22: a lone rhetorical line is no heading', () => {
    expect(heads([p('双拥工作取得明显成效。'), p('民拥军、军爱民,军民心连心。'), p('全市上下形成了浓厚的双拥氛围,军政军民关系更加融洽。')])).toEqual([]);
  });

  it('T15: a first block that repeats the title is not an entry', () => {
    const title = '全国双拥模范城(县)巡礼江西省赣州市:传承红色基因 打造双拥共建新高地';
    expect(heads([p(title), p(`${title}赣州是全国著名的革命老区,是原中央苏区的主体和核心区。`)], title)).toEqual([]);
    expect(heads([{ text: '双拥工作总结', tag: 'h1', bold: false }, p('今年以来,我市双拥工作扎实推进。')], '双拥工作总结.docx')).toEqual([]);
  });

  it('T1: joined page chunks make no headings', () => {
    expect(heads([p('聚焦服务部队备战打仗,巩固发展军政军民团结。近年来,我市始终坚持以习近平新时代中国特色社会主义思想为指导,全力维护军人军属合法权益,驻XXXX余名官兵奋战一线。')])).toEqual([]);
  });
});

describe('unnumbered headings', () => {
  const body = (s: string) => p(`${s}坚持把双拥工作作为重大政治任务和“一把手”工程抓牢抓实,帮助解决实际问题。`);

  it('T16: parallel standalone title lines', () => {
    const blocks = [
      p('近年来,赣州市大力弘扬拥军优属、拥政爱民的光荣传统,不断开创双拥工作高质量发展新局面。'),
      p('强保障构建新时代双拥大格局'),
      body('赣州市'),
      p('浓氛围唱响新时代双拥主旋律'),
      body('全市'),
      p('办实事共叙新时代双拥鱼水情'),
      body('各级'),
    ];
    expect(heads(blocks)).toEqual([
      [1, '强保障构建新时代双拥大格局'],
      [1, '浓氛围唱响新时代双拥主旋律'],
      [1, '办实事共叙新时代双拥鱼水情'],
    ]);
  });

  it('a lone plain line may be a slogan and is left alone', () => {
    expect(heads([body('开头'), p('强保障构建新时代双拥大格局'), body('赣州市')])).toEqual([]);
  });

  it('bold lines and h1–h6 count on their own', () => {
    const h = (n: number, text: string): Block => ({ text, tag: `h${n}`, bold: false });
    const blocks = [body('开头'), p('强保障构建新时代双拥大格局', true), body('赣州市'), h(3, '工作成效'), body('全市'), h(4, '经验做法'), body('各级')];
    expect(heads(blocks)).toEqual([
      [1, '强保障构建新时代双拥大格局'],
      [1, '工作成效'],
      [2, '经验做法'],
    ]);
  });

  it('a bold paragraph or a bold line ending in a colon is no heading', () => {
    expect(heads([p('现将有关情况报告如下：', true), p('全市双拥工作扎实推进,军政军民团结更加巩固,为经济社会发展提供了有力保障。', true), body('x')])).toEqual([]);
  });

  it('bold sections sit above the numbered paragraphs they hold', () => {
    const blocks = [
      p('强化组织领导', true),
      p('1.健全工作机制。成立领导小组,定期研究双拥工作。'),
      p('2.加大保障力度。每年安排专项经费。'),
      p('深化宣传教育', true),
      p('1.开展主题活动。组织宣讲团进学校。'),
    ];
    expect(heads(blocks)).toEqual([
      [1, '强化组织领导'],
      [2, '健全工作机制'],
      [2, '加大保障力度'],
      [1, '深化宣传教育'],
      [2, '开展主题活动'],
    ]);
  });

  it('T23, T24: a two-part title and the lead sentences under it', () => {
    const blocks = [
      p(
        '提高站位强责任　全面加强双拥工作组织领导。坚持高位推动。**市委、市政府始终把双拥工作摆在重要位置,主要领导亲自研究部署。' +
          '坚持制度引领。坚持把双拥工作纳入经济社会发展总体规划和年度考核,形成长效机制。坚持创新载体。组织开展双拥模范单位和个人评选表彰活动。',
      ),
    ];
    expect(heads(blocks)).toEqual([
      [1, '提高站位强责任　全面加强双拥工作组织领导'],
      [2, '坚持高位推动'],
      [2, '坚持制度引领'],
      [2, '坚持创新载体'],
    ]);
  });

  it('T25: lead sentences sharing a rhythm', () => {
    const text =
      '开展国防教育强信念。组织退役军人宣讲团深入学校、社区、企业开展宣讲活动三百余场,受众达十余万人次。' +
      '助力乡村振兴促发展。引导退役军人返乡创业,领办合作社和家庭农场,带动周边群众增收致富效果明显。' +
      '投身高质量发展有作为。退役军人在重点项目建设一线发挥骨干作用,涌现出一批先进典型和优秀代表。';
    expect(texts([p(text)])).toEqual(['开展国防教育强信念', '助力乡村振兴促发展', '投身高质量发展有作为']);
  });

  it('sentences opening with a subject are not lead sentences', () => {
    expect(heads([p('我市高度重视。成立领导小组,定期研究部署双拥工作,解决实际问题。我市加大投入。每年安排专项经费用于拥军优属。我市创新载体。开展系列活动。')])).toEqual([]);
  });

  it('ordinary short sentences deep inside a paragraph are not lead sentences', () => {
    const text =
      '全市上下积极支持国防和军队建设,划拨军事用地。主动靠前实事拥军。精准高效做好拥军支前工作,汇聚起强大力量。' +
      '军地互办实事。军地双方解决重点难点问题,融洽了军地关系。厚植双拥情怀。深入开展政策法规学习。';
    expect(heads([p(text)])).toEqual([]);
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
