import { nodeParts } from '../node-parts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js/t2cn';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { corpusCases, corpusPages, goldCases, parse, repoRoot, seed } from '../../../tests/pages';
import { analyse, applyPlan, type AnalyseOptions } from '../index';

const huiwen = goldCases().find((c) => c.name === 'pub-huiwen-summary')!;
const both: AnalyseOptions = { repairSpin: true, simplify: 'mirrors' };
const page = (text: string) =>
  parse(
    `<html><head></head><body><div>${text
      .split('\n')
      .map((l) => `<p>${l}</p>`)
      .join('')}</div></body></html>`,
  );

/** Cleans a page and undoes it: the undo must give the page back byte for byte. */
function roundTrip(doc: Document, url: string, options: AnalyseOptions) {
  const before = doc.documentElement.outerHTML;
  const a = analyse(doc, url, nodeParts, options);
  const undo = applyPlan(a.plan);
  const during = doc.documentElement.outerHTML;
  undo();
  expect(doc.documentElement.outerHTML).toBe(before);
  return { a, during };
}

describe('spin repair on a page', () => {
  it('reads the gate after the pinyin is cut: a spun page annotated word by word gets the same repairs as without', () => {
    const spun = readFileSync(join(repoRoot, 'fixtures/spin/spun-000.txt'), 'utf8');
    // Annotated as pinyin mirrors annotate, two hanzi at a time, so spun forms are split (可以(kěyǐ)或许(huòxǔ)).
    const annotated = spun.replace(/\p{Script=Han}{2}/gu, (w) => `${w}(${pinyin(w, { toneType: 'symbol', type: 'array' }).join('')})`);
    const url = 'https://www.ruiwen.com/post/1.html';
    const plain = analyse(page(spun), url, nodeParts, { repairSpin: true }).result;
    const mirrored = analyse(page(annotated), url, nodeParts, { repairSpin: true }).result;
    expect(plain.spin!.context).toBe(true);
    expect(mirrored.spin!.context).toBe(true);
    expect(mirrored.spin!.repairs.map((r) => [r.spun, r.restored])).toEqual(plain.spin!.repairs.map((r) => [r.spun, r.restored]));
  });

  it('repairs seed 001 (汇文网) in the text and the page, lists every repair where it is, and restores exactly', () => {
    const { a, during } = roundTrip(parse(huiwen.html), huiwen.gold.url, both);
    const spin = a.result.spin!;
    expect(spin.hits).toBe(90);
    expect(spin.context).toBe(true);
    expect(spin.repairs.length).toBeGreaterThanOrEqual(109);
    expect(a.result.text).toContain('慰问团走访慰问了省军区');
    expect(a.result.text).not.toContain('征询题');
    expect(a.result.markdown).toContain('科学发展观');
    expect(during).toContain('以科学发展观为统领');
    // Each repair points at its restored word in the block text.
    const placed = spin.repairs.filter((r) => a.blockText(r.block)?.startsWith(r.restored, r.offset));
    expect(placed.length).toBe(spin.repairs.length);
  });

  it('keeps the spun original for the switch: the text before repair, pinyin and noise already cut', () => {
    const a = analyse(parse(huiwen.html), huiwen.gold.url, nodeParts, both);
    const before = [...a.spinView(true).values()].join('');
    expect(before).toContain('慰征询');
    expect(before).not.toContain('网站客服');
  });

  it('without the word frequencies repairs only the unambiguous forms, and says so', () => {
    const spin = analyse(parse(huiwen.html), huiwen.gold.url, { ...nodeParts, spin: undefined }, both).result.spin!;
    expect(spin.context).toBe(false);
    expect(spin.repairs.every((r) => !r.context)).toBe(true);
    expect(spin.repairs.length).toBe(spin.hits);
  });

  it('leaves the page as written when spin repair is not asked for (the extract command by default)', () => {
    expect(analyse(parse(huiwen.html), huiwen.gold.url, nodeParts).result.text).toContain('慰征询');
  });

  it('is gated: seeds 000 and 002, and a page with 2 unambiguous hits, are not changed', () => {
    for (const id of ['000', '002']) expect(analyse(page(seed(id)), '', nodeParts, { ...both, force: true }).result.spin).toBeUndefined();
    const two = analyse(page('我们可以或许经由过程开展活动处理问题,' + '开展共建活动。'.repeat(40)), '', nodeParts, {
      ...both,
      force: true,
    });
    expect(two.result.spin).toBeUndefined();
    expect(two.result.text).toContain('可以或许');
  });

  it("learns the page's collocations from all its paragraphs before repairing any", () => {
    const text = '我们可以或许经由过程设置装备摆设完成任务。\n纳入经济社会开展总体规划\n开展共建活动,促进经济社会开展。';
    const r = analyse(page(text), '', nodeParts, { ...both, force: true }).result;
    expect(r.text).toContain('纳入经济社会发展总体规划');
    expect(r.text).toContain('开展共建活动,促进经济社会发展。');
  });

  it('leaves a verb whose object is in the next element', () => {
    const text = '我们可以或许经由过程设置装备摆设完成任务。\n组织开展<a href="#">“双拥”活动</a>。';
    expect(analyse(page(text), '', nodeParts, { ...both, force: true }).result.text).toContain('组织开展“双拥”活动');
  });

  it('a page that is all spin never throws and loses no text', () => {
    const { a } = roundTrip(page('可以或许经由过程设置装备摆设征询题\n'.repeat(50)), '', { ...both, force: true });
    expect(a.result.text).toContain('能够通过配置问题');
  });
});

describe('no changes on pages without spin, and no conversion of ordinary traditional pages', () => {
  it('the 130 ordinary pages, even when cleaning is forced', () => {
    const touched: string[] = [];
    for (const p of corpusPages()) {
      const r = analyse(parse(p.html), `https://example.com/${p.name}`, nodeParts, { ...both, force: true }).result;
      if (r.spin || r.script?.converted) touched.push(p.name);
    }
    expect(touched).toEqual([]);
  });

  it('the traditional Taiwan blog among them is recognised as traditional, offered, and converted only when asked', () => {
    const pixnet = corpusPages().find((p) => p.name === 'pixnet.html')!;
    const offered = analyse(parse(pixnet.html), 'https://example.pixnet.net/blog/post/1', nodeParts, { ...both, force: true }).result
      .script!;
    expect(offered).toMatchObject({ traditional: true, mirror: [], converted: false });
    const asked = analyse(parse(pixnet.html), 'https://example.pixnet.net/blog/post/1', nodeParts, { simplify: 'force', force: true })
      .result.script!;
    expect(asked.converted).toBe(true);
  });

  it('the gold and corpus pages other than seed 001 get no spin repair and no conversion', () => {
    const touched: string[] = [];
    for (const c of [...goldCases(), ...corpusCases()]) {
      if (c === huiwen || c.name === huiwen.name) continue;
      const r = analyse(parse(c.html), c.gold.url, nodeParts, both).result;
      if (r.spin || r.script?.converted) touched.push(c.name);
    }
    expect(touched).toEqual([]);
  });
});

describe('traditional mirrors back to simplified', () => {
  const html = readFileSync(join(repoRoot, 'fixtures/spin/mirror-002.html'), 'utf8');
  const url = 'https://www.example-fanwen.com/a/1.html';

  it("converts a traditional mirror with pinyin to exactly OpenCC's output, pinyin gone, and restores exactly", () => {
    const asWritten = analyse(parse(html), url, nodeParts).result;
    const { a, during } = roundTrip(parse(html), url, both);
    const script = a.result.script!;
    expect(script.converted).toBe(true);
    expect(script.mirror.join()).toMatch(/pinyin annotations/);
    expect(a.result.text).toBe(OpenCC.Converter({ from: 't', to: 'cn' })(asWritten.text));
    expect(a.result.text).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]+\)/);
    expect(a.result.title).toBe('全国双拥模范城(县)巡礼江西省赣州市:传承红色基因 打造双拥共建新高地');
    expect(during).toContain('赣州是全国著名的革命老区');
  });

  it('leaves the mirror traditional when conversion is off, and says it could be offered', () => {
    const r = analyse(parse(html), url, nodeParts, { simplify: 'offer' }).result;
    expect(r.script).toMatchObject({ traditional: true, converted: false });
    expect(r.text).toContain('贛州是全國');
  });
});
