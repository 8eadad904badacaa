import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusPages, seedsDir } from '../../../tests/pages';
import { matchBlockRule, noticeHeader, pageEvidence, sectionLabel, textRules } from './patterns';

// Real strings from ../shared/docs/noise-catalog.md and the seeds (half-width punctuation as saved).
const blocks: Array<[string, string]> = [
  [
    '《创建“全国双拥模范城”工作综述材料汇编(6篇).docx》由会员分享,可在线阅读,更多相关《创建“全国双拥模范城”工作综述材料汇编(6篇).docx(25页珍藏版)》请在三一文库上搜索。',
    'boilerplate',
  ],
  ['温馨提示:', 'download-prompt'],
  ['1. 部分包含数学公式或PPT动画的文件,查看预览时可能会显示错乱或异常,文件下载后无此问题,请放心下载。', 'download-prompt'],
  ['3. 下载前请仔细阅读文档内容,确认文档内容符合您的需求后进行下载,若出现内容与标题不符可向本站投诉处理。', 'download-prompt'],
  ['版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领', 'boilerplate'],
  ['已阅读5页,还剩15页未读 继续免费阅读', 'paywall'],
  ['全文预览已结束', 'paywall'],
  ['加入VIP免费专享', 'paywall'],
  ['网站客服:3074922707', 'contact'],
  ['- 关 键 词:', 'meta'],
  ['上传人:b****5 文档编号:4363500 上传时间:2022-11-30 格式:DOCX 页数:76 大小:78.93KB', 'meta'],
  ['如PPT文件的首页显示word图标,表示该PPT已包含配套word讲稿。双击word图标可打开word文档。', 'download-prompt'],
  ['-------------各类专业好文档,值得你下载,教育,管理,论文,制度,方案手册,应有尽有--------------', 'ad'],
  ['当前位置:管理者范文网 > 安全管理 > 制度范本 > 规章制度', 'navigation'],
  ['相关推荐', 'related'],
  ['评论列表', 'comments'],
  ['双拥工作总结.doc_第3页', 'page-marker'],
  ['第 1 页 共 8 页', 'page-marker'],
  ['17 / 23', 'page-marker'],
  // Login and payment boxes; stray artefacts (noise-catalog §8: renrendoc OCR debris, cut marks, rules).
  ['用户名和密码都是您填写的邮箱和密码,请牢记', 'paywall'],
  ['微信开放平台登录', 'paywall'],
  ['支付方式:', 'paywall'],
  ['微信扫码支付', 'paywall'],
  ['账号登录', 'paywall'],
  ['-.z**', 'page-marker'],
  ['✂…………………………', 'page-marker'],
  ['--------------------------------', 'page-marker'],
  ['＿＿＿＿＿＿', 'page-marker'],
  ['- 2 -', 'page-marker'],
];

const content = [
  '1.亲切走访部队,加深军地感情。新年伊始,市书记徐xx就带着我市拥军慰征询团走访慰征询了省军区和驻金部队。',
  '一、加强领导,亲切联络,双拥领域不断拓展',
  '强保障构建新时代双拥大格局',
  '全年共处理部队子女优待入学94人,减免费用78.8万元',
  '市司法局利用“12348〞法律效劳专线,用方式随时解答现役军人和军属有关法律征询',
  '(江西省双拥办)',
  '推广微信支付、支付宝支付等移动支付方式,全市已覆盖85%的商户。',
  '(一)',
  '1.',
];

const spans = (text: string) => {
  let out = text;
  for (const r of textRules) for (const re of r.span ?? []) out = out.replace(re, '');
  return out;
};

describe('noise text rules', () => {
  it.each(blocks)('drops %s', (text, kind) => expect(matchBlockRule(text)).toBe(kind));
  it.each(content)('keeps content: %s', (text) => expect(matchBlockRule(text)).toBeNull());

  it('cuts spans out of a sentence and keeps the rest', () => {
    expect(spans('在市委领导下,微信3231169整理,我市双拥工作')).toBe('在市委领导下,我市双拥工作');
    expect(spans('工作总结第1页共14页一、总体情况')).toBe('工作总结一、总体情况');
    expect(spans('下载后可任意编辑二、主要做法')).toBe('二、主要做法');
    expect(spans('如有疑问网站客服QQ:403074932咨询')).toBe('如有疑问咨询');
    expect(spans('正文(未完,全文共1293字,当前显示354字)')).toBe('正文');
    expect(spans('我市双拥工作✂……………取得成绩')).toBe('我市双拥工作取得成绩');
    expect(spans('作者:余毅菁 向雪妮返回搜狐,查看更多')).toBe('作者:余毅菁 向雪妮');
    expect(spans('返回富达，查看更多')).toBe('');
    expect(spans('点击返回首页，查看更多精彩内容')).toBe('点击返回首页，查看更多精彩内容');
    // noise-catalog §3 (ishare): the stuffing goes, the sentence keeps all but a few hanzi before the first file type.
    const stuffed = spans('关于同志近三年现实表现材料材料类招标技术评分表图表与交易pdf视力表打印pdf用图表说话 pdf');
    expect(stuffed).not.toMatch(/pdf|视力表/);
    expect(stuffed).toMatch(/^关于同志近三年现实表现材料/);
    expect(spans('本文提供可下载pdf版，另附doc格式。')).toBe('本文提供可下载pdf版，另附doc格式。');
  });
});

describe('matchBlockRule', () => {
  const ruleByRule = (text: string) => textRules.find((r) => r.block?.some((re) => re.test(text)))?.kind ?? null;

  it('answers as testing each rule in turn does, on every line of the seeds and the ordinary pages', () => {
    const lines = [
      ...blocks.map(([t]) => t),
      ...content,
      ...readdirSync(seedsDir).flatMap((f) => readFileSync(join(seedsDir, f), 'utf8').split('\n')),
    ];
    for (const p of corpusPages())
      lines.push(
        ...p.html
          .replace(/<[^>]*>/g, '\n')
          .split('\n')
          .filter((l) => l.trim().length <= 400),
      );
    const wrong = lines.filter((l) => matchBlockRule(l.trim()) !== ruleByRule(l.trim()));
    expect(lines.length).toBeGreaterThan(10_000);
    expect(wrong).toEqual([]);
  });
});

describe('labels and evidence derived from the phrase rules', () => {
  it('takes section labels and notice headers from the flagged labels only', () => {
    for (const label of ['相关推荐', '猜你喜欢', '推荐阅读', '评论列表', '我来说两句']) expect(sectionLabel.test(label), label).toBe(true);
    // Furniture labels without the flag stay labels of a line, not of a section.
    for (const label of ['推荐度:', '查看全部包含', '暂无评论', '评论信息']) {
      expect(sectionLabel.test(label), label).toBe(false);
      expect(matchBlockRule(label), label).not.toBeNull();
    }
    expect(noticeHeader.test('【温馨提示】')).toBe(true);
    expect(noticeHeader.test('下载须知:')).toBe(true);
    expect(noticeHeader.test('下载提示:')).toBe(false);
    expect(matchBlockRule('下载提示:')).toBe('download-prompt');
  });

  it('finds each piece of evidence anywhere in a page by the block phrases flagged with it, in a fixed order', () => {
    expect(pageEvidence.map((e) => [e.reason, e.weight])).toEqual([
      ['boilerplate 由会员分享', 3],
      ['boilerplate 用户上传', 2],
      ['download notice', 1],
      ['_第N页 page captions', 2],
      ['VIP/paywall notice', 1],
    ]);
    const holds = (reason: string, text: string) => pageEvidence.find((e) => e.reason === reason)!.phrases.test(text);
    // A block phrase anchored to a line's end is evidence anywhere in the page.
    expect(holds('boilerplate 由会员分享', '…请在三一文库上搜索。更多内容')).toBe(true);
    expect(matchBlockRule('请在三一文库上搜索。更多内容')).toBeNull();
    expect(holds('VIP/paywall notice', '开通vip 免费看')).toBe(true);
    expect(holds('download notice', '下载文档到电脑,查找使用更方便')).toBe(true);
    // Block phrases of the kind that are no evidence: 免费下载 is on many ordinary pages.
    expect(holds('download notice', '免费下载')).toBe(false);
    expect(matchBlockRule('免费下载')).toBe('download-prompt');
    // Evidence-only phrases condemn no line.
    expect(holds('boilerplate 用户上传', '版權(quán)說明')).toBe(true);
    expect(matchBlockRule('版權(quán)說明')).toBeNull();
  });
});
