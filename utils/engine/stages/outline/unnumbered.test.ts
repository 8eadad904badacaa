import { describe, expect, it } from 'vitest';
import { body, heads, p } from './test-cases';

describe('never headings', () => {
  it.each([
    [
      'T9',
      '倾力解决官兵“三后”(后路、后院、后代)问题。(后路、后院、后代)问题突出。驻X部队累计出动兵(警)力XX万余人次。市、县(市、区)两级均成立领导小组。依托服务中心(站)开展工作。',
    ],
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
    expect(heads([p('河北省委高度重视,在河北,这些'), p('醒目的标志牌随处可见。'), p('拥军广场58'), p('个,双拥地标遍布城乡。')])).toEqual(
      [],
    );
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
    expect(
      heads([p('双拥工作取得明显成效。'), p('民拥军、军爱民,军民心连心。'), p('全市上下形成了浓厚的双拥氛围,军政军民关系更加融洽。')]),
    ).toEqual([]);
  });

  it('T1: joined page chunks make no headings', () => {
    expect(
      heads([
        p(
          '聚焦服务部队备战打仗,巩固发展军政军民团结。近年来,我市始终坚持以习近平新时代中国特色社会主义思想为指导,全力维护军人军属合法权益,驻XXXX余名官兵奋战一线。',
        ),
      ]),
    ).toEqual([]);
  });
});

describe('unnumbered headings', () => {
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

  it('a bold paragraph or a bold line ending in a colon is no heading', () => {
    expect(
      heads([
        p('现将有关情况报告如下：', true),
        p('全市双拥工作扎实推进,军政军民团结更加巩固,为经济社会发展提供了有力保障。', true),
        body('x'),
      ]),
    ).toEqual([]);
  });
});
