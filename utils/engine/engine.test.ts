import { nodeParts } from './node-parts';
import { describe, expect, it } from 'vitest';
import { goldCases, norm, parse } from '../../tests/pages';
import { analyse, applyPlan, extract, drive } from './index';
import { displayBreaks } from './plan';

const TONED = /[(（]\s*[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü'’ ]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü'’ ]*[)）]/;

describe.each(goldCases())('gold case $name', ({ html, gold }) => {
  const result = extract(parse(html), gold.url, nodeParts);
  const text = norm(result.text);
  const has = (c: string | string[]) => (Array.isArray(c) ? c : [c]).some((v) => text.includes(norm(v)));

  it('detects as the gold says', () => expect(result.detected).toBe(gold.detected));
  it('keeps every content fragment', () => expect((gold.content ?? []).filter((c) => !has(c))).toEqual([]));
  it('removes every noise string', () => expect((gold.noise ?? []).filter((n) => text.includes(norm(n)))).toEqual([]));
  it('keeps legitimate brackets and dates', () => expect((gold.keep ?? []).filter((k) => !has(k))).toEqual([]));
  it('keeps duplicated passages once', () => {
    for (const k of gold.once ?? []) expect(text.split(norm(k)).length - 1, k).toBe(1);
  });
  it('leaves no pinyin annotation', () => expect(result.text).not.toMatch(TONED));
  it('records what it removed with a kind', () => {
    if (gold.detected) expect(result.removed.length).toBeGreaterThan(0);
    for (const r of result.removed) expect(r.kind).toBeTruthy();
  });
});

describe('cleaning a live document', () => {
  it.each(goldCases().filter((c) => c.gold.detected))('$name: restores the page exactly', ({ html, gold }) => {
    const doc = parse(html);
    const before = doc.documentElement.outerHTML;
    const { plan } = analyse(doc, gold.url, nodeParts);
    expect(plan.hide.length + plan.edits.size).toBeGreaterThan(0);
    const undo = applyPlan(plan);
    expect(doc.documentElement.outerHTML).not.toBe(before);
    undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('hides noise instead of deleting it', () => {
    const c = goldCases().find((g) => g.name === 'pub-huiwen-summary')!;
    const doc = parse(c.html);
    const count = doc.querySelectorAll('*').length;
    applyPlan(analyse(doc, c.gold.url, nodeParts).plan);
    expect(doc.querySelectorAll('*').length).toBe(count);
    expect(doc.querySelector('.tips-box p')!.getAttribute('style')).toMatch(/display:\s*none/);
  });

  it('leaves an ordinary page untouched unless forced', () => {
    const c = goldCases().find((g) => g.name === 'pub-neg-socket-dev-blog')!;
    const { plan, result } = analyse(parse(c.html), c.gold.url, nodeParts);
    expect(result.detected).toBe(false);
    expect(plan.hide.length + plan.edits.size + plan.inline.length).toBe(0);
    expect(analyse(parse(c.html), c.gold.url, nodeParts, { force: true }).plan.hide.length).toBeGreaterThan(0);
  });

  it('maps a place in the cleaned text to the live element that shows it', () => {
    const c = goldCases().find((g) => g.name === 'pub-31doc-compilation')!;
    const doc = parse(c.html);
    const a = analyse(doc, c.gold.url, nodeParts);
    const heading = a.result.outline.find((e) => e.marker === '一、')!;
    expect(heading.block).toBe(0);
    expect(a.elementAt(0, heading.offset)!.textContent).toContain('一、大事大抓纵横联动');
    expect(a.elementAt(0, 0)!.textContent).toContain('1、创建');
    expect(a.elementAt(99)).toBeNull();
  });
});

describe('a page with its pinyin over the words as <ruby>', () => {
  const c = goldCases().find((g) => g.name === 'pub-pinyin-blog')!;
  // The gold mirror with each annotation moved over its words: 全国(quánguó) → <ruby>全国<rt>quánguó</rt></ruby>.
  const toned = '[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+';
  const html = c.html
    .replace(new RegExp(`\\((${toned})\\)(?:\\(\\1\\))+`, 'g'), '($1)')
    .replace(new RegExp(`(\\p{Script=Han}{1,4})\\((${toned})\\)`, 'gu'), '<ruby>$1<rt>$2</rt></ruby>');

  it('is recognised by it on any host, and its text keeps the words without the pinyin', () => {
    expect(html).toContain('<ruby>');
    const { plan, result } = analyse(parse(html), 'https://mirror.example.org/post/2315.html', nodeParts);
    expect(result.detected).toBe(true);
    expect(result.reasons.join()).toMatch(/inline pinyin ×\d+/);
    expect(result.text).not.toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/);
    const text = norm(result.text);
    expect((c.gold.content ?? []).flat().filter((f) => !text.includes(norm(f)))).toEqual([]);
    expect(plan.hide.filter((h) => h.el.localName === 'rt' && h.kind === 'pinyin').length).toBeGreaterThan(100);
  });
});

describe('user choices', () => {
  it('leaves the kinds the user keeps', () => {
    const c = goldCases().find((g) => g.name === 'pub-pinyin-blog')!;
    const kept = extract(parse(c.html), c.gold.url, nodeParts, { keep: ['pinyin', 'duplicate'] });
    expect(kept.text).toContain('全国(quánguó)');
    expect(kept.removed.some((r) => r.kind === 'pinyin' || r.kind === 'duplicate')).toBe(false);
    expect(kept.text).not.toContain('暂无评论');
  });
});

describe('documents without a body', () => {
  it('reads nothing and plans nothing instead of throwing', () => {
    const doc = parse('<html><body><p>正文</p></body></html>');
    doc.body.remove();
    const a = analyse(doc, 'https://www.31doc.com/p-1.html', nodeParts);
    expect(a.result).toMatchObject({ detected: true, text: '', textLayer: 'none' });
    expect(a.plan.hide).toEqual([]);
  });
});

describe('display breaks', () => {
  it('keeps a joined block inline up to MAX_INLINE_RUN characters, then starts a new paragraph', () => {
    const starts = Array.from({ length: 60 }, (_, i) => i * 500);
    const breaks = [...displayBreaks(starts, 30_000)];
    expect(breaks).toEqual([20, 40]);
    expect(displayBreaks([0, 100, 200], 300).size).toBe(0);
  });

  it('a long compilation page is shown in paragraphs of at most MAX_INLINE_RUN characters', () => {
    const chunks = Array.from({ length: 120 }, (_, i) => `<p>${i + 1}、第${i}部分${'双拥工作取得新成效，'.repeat(40)}全市</p>`).join('');
    const { plan, result } = analyse(
      parse(`<html><head><title>双拥工作综述-三一文库</title></head><body><div class="content">${chunks}</div></body></html>`),
      'https://www.31doc.com/p-1.html',
      nodeParts,
    );
    expect(result.text.split('\n').filter((l) => l.length > 10_000).length).toBeGreaterThan(0);
    expect(plan.inline.length).toBeGreaterThan(100);
    expect(plan.inline.length).toBeLessThan(120);
  });
});

describe('summary later', () => {
  it.each(goldCases().map((c) => [c.name, c] as const))(
    '%s: cleans without outline and figures, and reads them on demand as analyse does',
    (_, { html, gold }) => {
      const timings: Record<string, number> = {};
      const lazy = analyse(parse(html), gold.url, nodeParts, { summaryLater: true, timings });
      expect(Object.keys(timings)).not.toContain('outline');
      expect(Object.keys(timings)).not.toContain('figures');
      expect(lazy.detected).toBe(gold.detected);
      const eager = analyse(parse(html), gold.url, nodeParts);
      expect([lazy.plan.hide.length, lazy.plan.edits.size, lazy.plan.inline.length]).toEqual([
        eager.plan.hide.length,
        eager.plan.edits.size,
        eager.plan.inline.length,
      ]);
      expect(JSON.stringify(drive(lazy.summarise(), nodeParts))).toBe(JSON.stringify(eager.result));
    },
  );
});
