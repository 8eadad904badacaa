import { describe, expect, it } from 'vitest';
import { findOutline } from './index';
import { heads, p, texts } from './test-cases';

// chinese-text-rules.md §1.7

describe('numbered headings glued into flattened text', () => {
  it('T3: cuts before a long quotation', () => {
    expect(
      heads([p('着力构建起新时代双拥发展新格局。一、大事大抓纵横联动双拥站位有高度“循大道,至万里。巩固发展坚如磐石的军政军民团结关系。')]),
    ).toEqual([[1, '大事大抓纵横联动双拥站位有高度']]);
  });

  it('T4: cuts at a subject or time opener', () => {
    expect(
      texts([
        p('一、前言'),
        p(
          '积极推动双拥工作制度化。二、多维发力优化服务双拥发展有深度多年来,X双拥工作始终以“让军人成为全社会尊崇的职业为目标,坚持多维发力。',
        ),
      ]),
    ).toContain('多维发力优化服务双拥发展有深度');
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
    expect(texts([p('前言。一、爱民情深并肩前行军地共建有温度驻守一地,造福一方。官兵情系第二故乡。二、守正创新强化引导。好的。')])).toEqual(
      ['爱民情深并肩前行军地共建有温度驻守一地,造福一方', '守正创新强化引导'],
    );
  });

  it('T5: a lost closing quote makes no heading', () => {
    expect(heads([p('我市再次荣获“全国双拥模范城”称号,实现全国双拥模范城“十连冠山光凝翠,见证拥军本色;人文荟萃,唱响崇军赞歌。')])).toEqual(
      [],
    );
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
    expect(texts([p('一、指导思想：以新时代强军思想为指导，深入推进双拥工作。'), p('二、工作目标:到2025年，全面建成模范城。')])).toEqual([
      '指导思想',
      '工作目标',
    ]);
    expect(texts([p('一、强化引领：营造浓厚拥军氛围'), p('河北省委高度重视双拥工作,纳入总体规划。')])).toEqual([
      '强化引领：营造浓厚拥军氛围',
    ]);
  });

  it('T20: a standalone heading keeps its internal comma', () => {
    expect(texts([p('一、强化引领,营造浓厚拥军氛围'), p('河北省委、省政府高度重视双拥工作,把双拥工作纳入经济社会发展总体规划。')])).toEqual(
      ['强化引领,营造浓厚拥军氛围'],
    );
  });
});

describe('an inline 一、 in a one-block body', () => {
  it('finds 一、 after 如下： and 二、 after an ellipsis, as a flattened 文库 preview shows them', () => {
    const text =
      '我镇双拥工作整体水平得到进一步提高。现将一年来有关活动情况总结如下:一、加强领导,形成齐抓共管双拥工作新格局。强化领导促进双拥工作合力形成,镇党委常抓不懈。……' +
      '二、强化宣传教育,营造良好双拥气氛。弘扬爱国主义精神,增强国防观念。……';
    expect(heads([p(text)])).toEqual([
      [1, '加强领导,形成齐抓共管双拥工作新格局'],
      [1, '强化宣传教育,营造良好双拥气氛'],
    ]);
  });

  it('finds them when the block opens with 一、 and the next follows an ellipsis', () => {
    expect(
      texts([
        p(
          '一、加强组织领导。局党组高度重视,成立领导小组,定期研究。……二、强化宣传教育。通过多种形式广泛开展宣传活动。……三、下步工作打算。继续加大工作力度。',
        ),
      ]),
    ).toEqual(['加强组织领导', '强化宣传教育', '下步工作打算']);
  });

  it('needs a sibling: a lone 一、 after a colon and a list of numerals are no headings', () => {
    expect(heads([p('主要做法：一、加强领导,形成合力,市委定期研究部署工作。此外还有其他工作。')])).toEqual([]);
    expect(heads([p('奖项分为：一、二、三等奖,各设若干名。获奖名单如下：一等奖三名。')])).toEqual([]);
  });
});
