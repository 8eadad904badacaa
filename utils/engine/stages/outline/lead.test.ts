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
    expect(heads([p('我市高度重视。成立领导小组,定期研究部署双拥工作,解决实际问题。我市加大投入。每年安排专项经费用于拥军优属。我市创新载体。开展系列活动。')])).toEqual([]);
  });

  it('ordinary short sentences deep inside a paragraph are not lead sentences', () => {
    const text =
      '全市上下积极支持国防和军队建设,划拨军事用地。主动靠前实事拥军。精准高效做好拥军支前工作,汇聚起强大力量。' +
      '军地互办实事。军地双方解决重点难点问题,融洽了军地关系。厚植双拥情怀。深入开展政策法规学习。';
    expect(heads([p(text)])).toEqual([]);
  });
});
