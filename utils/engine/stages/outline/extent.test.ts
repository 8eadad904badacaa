import { describe, expect, it } from 'vitest';
import { headingEnd, siblingEnds } from './extent';

describe('headingEnd (§1.3 cut rules)', () => {
  const cut = (text: string) => text.slice(0, headingEnd(text, 0));

  it.each([
    ['punctuation', '亲切走访部队,加深军地感情。新年伊始,市书记带队走访。', '亲切走访部队,加深军地感情'],
    ['a long quotation', '大事大抓纵横联动双拥站位有高度“循大道,至万里。巩固发展。', '大事大抓纵横联动双拥站位有高度'],
    ['a quote that never closes', '军地联动谱写军政军民鱼水深“把驻地当故乡视人民如亲人共同心声', '军地联动谱写军政军民鱼水深'],
    ['a second quote after a short term', '高位推动,构建双拥“共同体”“双拥工作不是选择题,而是必答题。', '高位推动,构建双拥“共同体”'],
    ['a subject opener', '守正创新构建双拥工作新模式我市坚持把双拥工作放在战略全局高度谋划推进,一体统筹。', '守正创新构建双拥工作新模式'],
    [
      'a time opener',
      '多维发力优化服务双拥发展有深度多年来,X双拥工作始终以让军人成为全社会尊崇的职业为目标。',
      '多维发力优化服务双拥发展有深度',
    ],
    [
      'a stationed-troops opener',
      '爱民情深并肩前行军地共建有温度驻X部队官兵情系第二故乡心系百姓冷暖自觉融入',
      '爱民情深并肩前行军地共建有温度',
    ],
    ['a glued sub-marker', '加强领导,亲切联络,双拥领域不断拓展1.亲切走访部队,加深军地感情。', '加强领导,亲切联络,双拥领域不断拓展'],
    ['a colon', '指导思想：以新时代强军思想为指导。', '指导思想'],
    ['the cap, back to the first comma', '爱国拥军,拓宽思路,十项实事结硕果为进一步推进双拥共建活动,增进军政军民团结。', '爱国拥军'],
  ])('cuts at %s', (_, text, heading) => {
    expect(cut(text)).toBe(heading);
  });

  it.each([
    [
      'a short closed quote',
      '接着开展“关爱亲人解放军〞慈善救助工程。对驻金部队困难官兵给予救助。',
      '接着开展“关爱亲人解放军〞慈善救助工程',
    ],
    ['an opener in the first six characters', '全市双拥工作会议召开。', '全市双拥工作会议召开'],
    ['a figure', '投入1.2亿元完成建设。', '投入1.2亿元完成建设'],
  ])('does not cut at %s', (_, text, heading) => {
    expect(cut(text)).toBe(heading);
  });
});

describe('siblingEnds', () => {
  const members = (...texts: string[]) => texts.map((text) => ({ text, start: 0, end: headingEnd(text, 0) }));
  const headings = (...texts: string[]) => {
    const m = members(...texts);
    return siblingEnds(m).map((end, i) => m[i]!.text.slice(0, end < 0 ? m[i]!.end : end));
  };

  it('cuts parallel headings after their shared 有X度', () => {
    expect(
      headings(
        '大事大抓纵横联动双拥站位有高度“循大道,至万里。',
        '多维发力优化服务双拥发展有深度多年来,X双拥工作持续加强。',
        '爱民情深并肩前行军地共建有温度驻守一地,造福一方。',
        '守正创新强化引导双拥氛围有厚度暮春时节,青年路两旁的银杏树新叶萌发,鲜活灵动。',
      ),
    ).toEqual([
      '大事大抓纵横联动双拥站位有高度',
      '多维发力优化服务双拥发展有深度',
      '爱民情深并肩前行军地共建有温度',
      '守正创新强化引导双拥氛围有厚度',
    ]);
  });

  it('cuts after the quoted term the siblings end with', () => {
    expect(headings('高位推动,构建双拥“共同体”“双拥工作不是选择题。', '军地联动,绘就融合“同心圆”在X,双拥工作早已突破传统边界。')).toEqual([
      '高位推动,构建双拥“共同体”',
      '军地联动,绘就融合“同心圆”',
    ]);
  });

  it('leaves siblings alone when no shared pattern ends one of them already', () => {
    const texts = [
      '亲切走访部队,加深军地感情。新年伊始。',
      '召开军地双拥联席会议,亲切军地军政关系。一年来。',
      '拓展双拥新领域,推进双拥工作社会化。通过宣传。',
    ];
    expect(siblingEnds(members(...texts))).toEqual([-1, -1, -1]);
  });

  it('ignores a shared literal word (the same middle character)', () => {
    expect(siblingEnds(members('推进双拥工作落实到位开展活动。', '加强双拥工作宣传教育形成合力。'))).toEqual([-1, -1]);
  });
});
