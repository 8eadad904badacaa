import { describe, expect, it } from 'vitest';
import { heads, p, texts } from './test-cases';

describe('lead sentences', () => {
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
    expect(
      heads([
        p(
          '我市高度重视。成立领导小组,定期研究部署双拥工作,解决实际问题。我市加大投入。每年安排专项经费用于拥军优属。我市创新载体。开展系列活动。',
        ),
      ]),
    ).toEqual([]);
  });

  it('ordinary short sentences deep inside a paragraph are not lead sentences', () => {
    const text =
      '全市上下积极支持国防和军队建设,划拨军事用地。主动靠前实事拥军。精准高效做好拥军支前工作,汇聚起强大力量。' +
      '军地互办实事。军地双方解决重点难点问题,融洽了军地关系。厚植双拥情怀。深入开展政策法规学习。';
    expect(heads([p(text)])).toEqual([]);
  });
});

describe('lead clauses under two-part titles', () => {
  it('takes the 。 or ， clause each paragraph opens with, one level below the title line', () => {
    const blocks = [
      p('抓统筹　强保障'),
      p('强化组织领导，市委常委会每年专题研究双拥工作，把双拥工作纳入全市经济社会发展总体规划和党政领导班子考核内容。'),
      p('健全工作机制，成立由市委书记任组长的双拥工作领导小组，定期召开军地联席会议，协调解决重大问题。'),
      p('重宣传　浓氛围'),
      p(
        '坚持高位推动。市委宣传部牵头制定双拥宣传工作方案，在主流媒体开设专栏，广泛宣传双拥先进典型。坚持阵地建设。建成双拥主题公园和双拥文化街区，营造浓厚氛围。',
      ),
    ];
    expect(heads(blocks)).toEqual([
      [1, '抓统筹　强保障'],
      [2, '强化组织领导'],
      [2, '健全工作机制'],
      [1, '重宣传　浓氛围'],
      [2, '坚持高位推动'],
      [2, '坚持阵地建设'],
    ]);
  });

  it('reads a 一是…　二是… title line as two-part, and its leads below it', () => {
    const blocks = [
      p('一是强化组织领导　二是健全工作机制'),
      p('坚持高位推动。市委、市政府始终把双拥工作摆在重要位置,主要领导亲自研究部署。'),
      p('坚持制度引领。坚持把双拥工作纳入经济社会发展总体规划和年度考核,形成长效机制。'),
    ];
    expect(heads(blocks)).toEqual([
      [1, '一是强化组织领导　二是健全工作机制'],
      [2, '坚持高位推动'],
      [2, '坚持制度引领'],
    ]);
  });

  it('takes lead clauses after a two-part sentence title in the same paragraph (T23)', () => {
    const text =
      '提高站位强责任　全面加强双拥工作组织领导。强化组织领导，**市委、市政府始终把双拥工作摆在重要位置,主要领导亲自研究部署。' +
      '坚持制度引领。坚持把双拥工作纳入经济社会发展总体规划和年度考核,形成长效机制。';
    expect(
      heads([p(text), p('优化服务暖兵心　全力做好退役军人服务保障工作。全力支持部队建设，积极协调解决部队在训练、执勤中遇到的困难。')]),
    ).toEqual([
      [1, '提高站位强责任　全面加强双拥工作组织领导'],
      [2, '强化组织领导'],
      [1, '优化服务暖兵心　全力做好退役军人服务保障工作'],
      [2, '全力支持部队建设'],
    ]);
  });

  it('leaves ordinary paragraph openers alone: time, place, subject, and a single clause proves nothing', () => {
    const blocks = [
      p('抓统筹　强保障'),
      p('一直以来，市委常委会每年专题研究双拥工作，把双拥工作纳入全市经济社会发展总体规划。'),
      p('在市委统一领导下，成立由市委书记任组长的双拥工作领导小组，定期召开军地联席会议。'),
      p('我市高度重视，主要领导亲自研究部署双拥工作，解决了一批实际问题。'),
      p('重宣传　浓氛围'),
      p('今年以来，市委宣传部牵头制定双拥宣传工作方案，在主流媒体开设专栏。'),
    ];
    expect(heads(blocks)).toEqual([
      [1, '抓统筹　强保障'],
      [1, '重宣传　浓氛围'],
    ]);
    expect(
      heads([p('抓统筹　强保障'), p('强化组织领导，市委常委会每年专题研究双拥工作，把双拥工作纳入全市经济社会发展总体规划。')]),
    ).toEqual([[1, '抓统筹　强保障']]);
  });

  it('a short line with a single space or no body after it is no two-part title', () => {
    expect(heads([p('双拥工作取得明显成效。'), p('张三 李四'), p('王五　赵六'), p('全市上下形成了浓厚的双拥氛围。')])).toEqual([]);
  });
});
