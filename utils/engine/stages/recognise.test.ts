import { pinyinReadings } from '../text/pinyin-dictionary';
import { describe, expect, it } from 'vitest';
import { corpusCases, corpusPages, goldCases, parse } from '../../../tests/pages';
import { recognise } from './recognise';

const page = (body: string, title = 't') => parse(`<html><head><title>${title}</title></head><body>${body}</body></html>`);

describe('recognise', () => {
  it('detects each gold page as its gold says, with reasons', () => {
    for (const c of goldCases()) {
      const r = recognise(parse(c.html), c.gold.url, pinyinReadings);
      expect(r.detected, c.name).toBe(c.gold.detected);
      if (r.detected) expect(r.reasons.length, c.name).toBeGreaterThan(0);
    }
  });

  it('takes a forum reprint dressed with jammer strings in plain text for a noisy reprint', () => {
    const lines = [
      '一年来，我市双拥工作取得显著成绩',
      '全年走访慰问驻市部队官兵3000余人次',
      '市领导带头解决部队实际困难',
      '双拥共建单位已达166家',
    ];
    const jams = [']5 B! b# H& D) v', '3,0nK^', '[f!vB3|mS', "\\jM4%')]"];
    const post = lines.map((l, i) => `${l}。${jams[i]}<br>`).join('');
    const r = recognise(page(`<div class="t_msgfont">${post}</div>`), 'http://bbs.example.cn/thread-25047-1-1.html', pinyinReadings);
    expect(r).toMatchObject({ detected: true, site: 'generic' });
    expect(r.reasons.join()).toMatch(/jammer strings ×4/);
    expect(
      recognise(page(`<div>${lines.map((l) => `<p>${l}。</p>`).join('')}</div>`), 'http://bbs.example.cn/t.html', pinyinReadings).detected,
    ).toBe(false);
  });

  const negatives = corpusCases().filter((c) => !c.gold.detected);
  it.skipIf(negatives.length === 0)('leaves the Chinese news and government pages of the corpus alone, report topics and all', () => {
    for (const c of negatives) expect(recognise(parse(c.html), c.gold.url, pinyinReadings).detected, c.name).toBe(false);
  });

  it('names the host rule for known hosts and "generic" for evidence alone', () => {
    const c = goldCases().find((g) => g.name === 'pub-31doc-compilation')!;
    expect(recognise(parse(c.html), c.gold.url, pinyinReadings)).toMatchObject({ detected: true, site: '31doc' });
    const byEvidence = recognise(parse(c.html), 'https://mirror.example.org/p-1.html', pinyinReadings);
    expect(byEvidence).toMatchObject({ detected: true, site: 'generic' });
    expect(byEvidence.reasons).toEqual(expect.arrayContaining(['boilerplate 由会员分享', 'page-chunk numbering']));
  });

  it('needs more than one weak hint on an unknown host', () => {
    expect(recognise(page('<p>软件介绍</p><a>立即下载</a>'), 'https://soft.example.com/', pinyinReadings).detected).toBe(false);
    expect(recognise(page('<p>会员专区</p><a>开通VIP</a>'), 'https://video.example.com/', pinyinReadings).detected).toBe(false);
    const notice =
      '<p>温馨提示: 1. 部分包含数学公式或PPT动画的文件,文件下载后无此问题。</p><p>2. 本文档由用户上传,版权归属用户。</p><p>开通VIP免费下载</p>';
    expect(recognise(page(notice), 'https://docs.example.com/', pinyinReadings).detected).toBe(true);
  });

  it('reads "_第N页" page-image captions as evidence', () => {
    const imgs = [1, 2, 3].map((n) => `<img alt="双拥工作总结.doc_第${n}页">`).join('');
    const r = recognise(page(imgs + '<p>下载本文档</p>'), 'https://clone.example.com/paper/1.html', pinyinReadings);
    expect(r.reasons).toContain('_第N页 page captions');
    expect(r.detected).toBe(true);
  });

  it('finds evidence at either end of a page, however long its Latin middle', () => {
    const notice = '<p>本文档由用户上传,版权归属用户。</p><p>下载本文档</p>';
    const latin = (chars: number) => `<p>${'lorem ipsum '.repeat(chars / 12)}</p>`.repeat(10);
    for (const body of [latin(500) + notice, notice + latin(5000), latin(5000) + notice]) {
      expect(recognise(page(body), 'https://docs.example.com/', pinyinReadings).detected, body.length.toString()).toBe(true);
    }
    expect(recognise(page(latin(5000)), 'https://docs.example.com/', pinyinReadings).reasons).toEqual([]);
  });

  // A report's sentences, with pinyin put over or after its words in the ways mirror pages do.
  const report = [
    '全国双拥模范城',
    '赣州是全国著名的革命老区',
    '市领导带头走访慰问驻市部队',
    '帮助解决实际问题',
    '落实党委议军会制度',
    '切实做到三优先',
  ];
  const words: Array<[string, string, string]> = [
    ['全国', 'quánguó', 'quan2guo2'],
    ['著名', 'zhùmíng', 'zhu4ming2'],
    ['部队', 'bùduì', 'bu4dui4'],
    ['解决', 'jiějué', 'jie3jue2'],
    ['制度', 'zhìdù', 'zhi4du4'],
    ['优先', 'yōuxiān', 'you1xian1'],
  ];
  const annotate = (to: (word: string, marked: string, digits: string) => string) =>
    page(report.map((l) => `<p>${words.reduce((t, [w, m, d]) => t.replace(w, to(w, m, d)), l)}。</p>`).join(''));

  it('takes pinyin written with tone digits (全国(quan2guo2)) for pinyin, as with tone marks', () => {
    const r = recognise(
      annotate((w, _, d) => `${w}(${d})`),
      'https://mirror.example.org/a.html',
      pinyinReadings,
    );
    expect(r).toMatchObject({ detected: true, site: 'generic' });
    expect(r.reasons.join()).toMatch(/inline pinyin ×7/);
  });

  it('takes pinyin over the words as <ruby> for pinyin, without the readings, and furigana or zhuyin for nothing', () => {
    const ruby = recognise(
      annotate((w, m) => `<ruby>${w}<rp>(</rp><rt>${m}</rt><rp>)</rp></ruby>`),
      'https://mirror.example.org/a.html',
    );
    expect(ruby).toMatchObject({ detected: true, site: 'generic' });
    expect(ruby.reasons.join()).toMatch(/inline pinyin ×7/);
    const kana = ['漢字', '東京', '日本', '学校', '先生', '友達'].map((w) => `<p><ruby>${w}<rt>かんじ</rt></ruby>の話。</p>`).join('');
    expect(recognise(page(kana), 'https://example.jp/a.html').detected).toBe(false);
    expect(
      recognise(
        annotate((w) => `<ruby>${w}<rt>ㄅㄨˋ ㄉㄨㄟˋ</rt></ruby>`),
        'https://example.tw/a.html',
      ).detected,
    ).toBe(false);
  });

  it('detects none of the 130 ordinary pages', () => {
    const hits = corpusPages().filter((p) => recognise(parse(p.html), `https://example.com/${p.name}`, pinyinReadings).detected);
    expect(hits.map((p) => p.name)).toEqual([]);
  });
});
