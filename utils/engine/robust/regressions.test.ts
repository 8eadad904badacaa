import { describe, expect, it } from 'vitest';
import { linkedomDoc } from '../../../tests/arbitraries/documents';
import { repeatTo } from '../../../tests/arbitraries/shapes';
import { analyse, extract } from '../index';
import { nodeParts } from '../node-parts';
import { wrap } from './runs';

/**
 * Engine bugs the properties found, shrunk to minimal pages. These fail until the engine is fixed;
 * then the matching excuse in `drifts` (document-check.ts) / `knownBugs` (checks.ts) should go too.
 */
describe('known engine bugs (minimal reproductions)', () => {
  const doc = (body: string, title = '') => linkedomDoc(wrap(title, body));
  const DOC31 = 'https://www.31doc.com/p-1.html';
  const TONED = /[(（][a-zü'’ ]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

  it('regression root-moves: a notice box heavier than the document text becomes the content root, and the text is lost', () => {
    const page = doc(
      '<div class="tips"><p>温馨提示:</p><p>1. 下载前请仔细阅读文档内容,确认文档内容符合您的需求后进行下载。</p>' +
        '<p>2. 本文档由用户上传,版权归属用户,三一文库负责整理代发布。</p></div><p>市双拥工作总结:拥军优属、拥政爱民。</p>',
    );
    expect(extract(page, DOC31, nodeParts).text).toContain('拥军优属、拥政爱民');
  });

  it('regression title-changes: the title keeps pinyin annotations and spam spans', () => {
    const pinyin = extract(doc('<h1>全国(quánguó)工作总结</h1><p>人民群众的工作总结。</p>', '全国(quánguó)工作总结'), DOC31, nodeParts);
    expect(pinyin.title).not.toMatch(TONED);
    const spam = extract(
      doc('<div><h2 class="title">(未完,全文共1200字,当前显示500字)2023年工作总结</h2><p>人民群众的工作总结，全国人民团结一致。</p></div>'),
      DOC31,
      nodeParts,
    );
    expect(spam.title).not.toContain('未完');
  });

  it('regression uncut-blocks: a notice behind a spam span survives the first cleaning', () => {
    const r = extract(doc('<div><p>下载后可任意编辑温馨提示：</p><p>人民群众的工作总结，全国人民团结一致。</p></div>'), DOC31, nodeParts);
    expect(r.text).not.toContain('温馨提示');
  });

  it('regression uncut-blocks: a notice behind a preview label, and a page marker that only its pinyin made too long, go on the first cleaning', () => {
    const label = extract(doc('<div><p>文档简介：温馨提示:</p><p>人民群众的工作总结，全国人民团结一致。</p></div>'), DOC31, nodeParts);
    expect(label.text).not.toContain('温馨提示');
    const line = `${'双拥工作总结'.repeat(12)}全国(quánguó)工作(gōngzuò)总结(zǒngjié)汇编(huìbiān)_第2页`;
    const marker = extract(doc(`<div><p>${line}</p><p>人民群众的工作总结，全国人民团结一致。</p></div>`), DOC31, nodeParts);
    expect(marker.text).not.toContain('_第2页');
  });

  it('regression title-changes: a preview label (or a run of them) is cut from the title as from the text', () => {
    const r = extract(doc('<h1>文本预览:文档简介：全国双拥工作总结</h1><p>人民群众的工作总结，全国人民团结一致。</p>'), DOC31, nodeParts);
    expect(r.title).toBe('全国双拥工作总结');
  });

  it('regression kept-meta-label: the preview label is cut as meta although the user keeps meta', () => {
    const r = extract(doc('<div><p>文档简介：市双拥工作总结,拥军优属、拥政爱民。</p><p>人民群众的工作总结。</p></div>'), DOC31, nodeParts, {
      keep: ['meta'],
    });
    expect(r.removed.filter((x) => x.kind === 'meta')).toEqual([]);
  });

  it('regression merged-segments: text beside a hidden notice block is dropped from the extract', () => {
    const r = extract(
      doc(
        '<div class="content">温馨提示：<p>1. 下载前请仔细阅读文档内容。</p>2023年工作总结正文内容在这里。<br>全市双拥工作迈上新台阶。</div>',
      ),
      DOC31,
      nodeParts,
    );
    expect(r.text).toContain('2023年工作总结正文内容在这里');
  });

  it('regression quadratic-span: a long text of unfinished 导读 spans takes quadratic time in repair', () => {
    const page = doc(`<p>${repeatTo(['导读:就爱阅读网友为您分享'], 250_000)}</p>`);
    const timings: Record<string, number> = {};
    analyse(page, DOC31, nodeParts, { force: true, timings });
    // About 1.6 s today; a linear scan takes a few ms.
    expect(timings.repair).toBeLessThan(400);
  });

  it('regression quadratic-span: a long run of dashes takes quadratic time in repair', () => {
    const page = doc(`<p>${repeatTo(['——'], 30_000)}</p>`);
    const timings: Record<string, number> = {};
    analyse(page, DOC31, nodeParts, { force: true, timings });
    // About 1.3 s today (a minute at 200,000 dashes); a linear scan takes a few ms.
    expect(timings.repair).toBeLessThan(300);
  });

  it('regression figure-sentences: each figure carries its whole sentence, so the result grows with figures × block length', () => {
    const sentences = (size: number) =>
      extract(doc(`<p>${repeatTo(['1100余万元全国'], size)}</p>`), DOC31, nodeParts).figures.reduce((n, f) => n + f.sentence.length, 0);
    // Twice the block, twice the figures: linear output doubles, today's output quadruples
    // (44 million characters for a 20,000-character block).
    expect(sentences(20_000) / sentences(10_000)).toBeLessThan(3);
  });
});

describe('known engine bugs found by the big pages', () => {
  it('regression notice-swallows-list: a numbered document right after a notice box is taken for notice items', () => {
    const page = linkedomDoc(
      wrap(
        '',
        '<div class="tips"><p>温馨提示:</p><p>1. 下载前请仔细阅读文档内容。</p><p>网站客服:3074922707</p></div>' +
          '<div class="content"><p>1.选择题：下列说法正确的是。</p><p>2.填空题：我国的首都是北京。</p></div>',
      ),
    );
    expect(extract(page, 'https://www.31doc.com/p-1.html', nodeParts).text).toContain('我国的首都是北京');
  });
});
