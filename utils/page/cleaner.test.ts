import { givenParts, type PartSource } from './part-source';
import { nodeParts } from '../engine/node-parts';
// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { goldCases } from '../../tests/pages';
import { analyse } from '../engine/index';
import { PageCleaner } from './cleaner';
import { showTextLayer } from './text-layer';

const load = (name: string) => {
  const c = goldCases().find((g) => g.name === name)!;
  document.documentElement.innerHTML = c.html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  return c;
};

describe('PageCleaner on a live document', () => {
  it('cleans a recognised page and restores it exactly', () => {
    const c = load('pub-huiwen-summary');
    const before = document.body.innerHTML;
    const cleaner = new PageCleaner(document, () => c.gold.url, undefined, givenParts(nodeParts));
    expect(cleaner.clean()).toBe(true);
    expect(document.documentElement.getAttribute('data-jingdu')).toBe('clean');
    expect(document.body.innerHTML).not.toBe(before);
    cleaner.restore();
    expect(document.documentElement.getAttribute('data-jingdu')).toBe('original');
    expect(document.body.innerHTML).toBe(before);
    expect(cleaner.clean()).toBe(true);
    cleaner.restore();
    expect(document.body.innerHTML).toBe(before);
  });

  it('cleans gradually to the same page, and a restore midway leaves none of it', async () => {
    const c = load('pub-huiwen-summary');
    const before = document.body.innerHTML;
    const cleaner = new PageCleaner(document, () => c.gold.url, undefined, givenParts(nodeParts));
    cleaner.clean();
    const cleaned = document.body.innerHTML;
    cleaner.restore();
    expect(await cleaner.cleanGradually()).toBe(true);
    expect(document.body.innerHTML).toBe(cleaned);
    cleaner.restore();
    const pending = cleaner.cleanGradually();
    cleaner.restore();
    expect(await pending).toBe(false);
    expect(document.body.innerHTML).toBe(before);
  });

  it('does not touch an unrecognised page unless forced', () => {
    const c = load('pub-neg-socket-dev-blog');
    const before = document.body.innerHTML;
    const cleaner = new PageCleaner(document, () => c.gold.url, undefined, givenParts(nodeParts));
    expect(cleaner.clean()).toBe(false);
    expect(document.body.innerHTML).toBe(before);
    expect(cleaner.inspect().result.text).toContain('Socket Firewall');
    expect(cleaner.clean(true)).toBe(true);
    cleaner.restore();
    expect(document.body.innerHTML).toBe(before);
  });

  it('cleans preview pages that the site appends later', async () => {
    const c = load('pub-huiwen-summary');
    const cleaner = new PageCleaner(document, () => c.gold.url, undefined, givenParts(nodeParts));
    cleaner.clean();
    const more = document.createElement('div');
    more.innerHTML =
      '<p>温馨提示:</p><p>3. 下载前请仔细阅读文档内容,确认文档内容符合您的需求后进行下载。</p><p>8.继续做好拥军工作,全年共走访慰问部队12次。</p>';
    document.querySelector('.doc-body')!.append(more);
    await new Promise((r) => setTimeout(r, 700));
    expect(cleaner.state).toBe('clean');
    const hidden = [...more.querySelectorAll('p')].map((p) => (p as HTMLElement).style.display);
    expect(hidden).toEqual(['none', 'none', '']);
    cleaner.restore();
  });

  it('asks for the pinyin readings on an append only when the added nodes have annotation candidates', async () => {
    const c = load('pub-huiwen-summary');
    const asked: string[] = [];
    const parts: PartSource = {
      take: (name) => (name === 'pinyin' ? undefined : nodeParts[name]),
      load: async (name) => void asked.push(name),
    };
    const cleaner = new PageCleaner(
      document,
      () => c.gold.url,
      () => ({}),
      parts,
    );
    expect(await cleaner.cleanGradually()).toBe(true);
    asked.length = 0;
    const more = document.createElement('p');
    more.textContent = '8.继续做好拥军工作,全年共走访慰问部队12次。';
    document.querySelector('.doc-body')!.append(more);
    await new Promise((r) => setTimeout(r, 700));
    expect(asked).toEqual([]);
    const annotated = document.createElement('p');
    annotated.textContent = '9.拥军(yōng jūn)优属工作。';
    document.querySelector('.doc-body')!.append(annotated);
    await new Promise((r) => setTimeout(r, 700));
    expect(asked).toEqual(['pinyin']);
    cleaner.restore();
  });
});

describe('reading without cleaning', () => {
  it('analyses once and leaves the page alone', () => {
    const c = load('pub-huiwen-summary');
    const before = document.body.innerHTML;
    const cleaner = new PageCleaner(document, () => c.gold.url, undefined, givenParts(nodeParts));
    const first = cleaner.inspect();
    expect(cleaner.inspect()).toBe(first);
    expect(first.result.outline.length).toBeGreaterThan(0);
    expect(document.body.innerHTML).toBe(before);
    expect(cleaner.state).toBe('original');
  });
});

describe('text layers (the text a canvas draws)', () => {
  const url = 'https://wenku.baidu.com/view/layers.html';
  const drawnPage = () => {
    document.documentElement.innerHTML =
      '<head><title>工作总结 - 百度文库</title></head><body><div class="nav">开通VIP 下载全文</div>' +
      '<div class="reader"><div class="page"><canvas width="800" height="600"></canvas></div><div class="page"><canvas width="800" height="600"></canvas></div></div></body>';
    const paras = [
      '一、总体情况',
      '今年以来，全市上下认真贯彻落实各项决策部署，经济运行总体平稳，全年完成投资1.2亿元，同比增长8.5%。',
      '二、主要做法',
    ];
    const canvases = [...document.querySelectorAll('canvas')];
    return () => {
      const undos = canvases.map((c, i) =>
        showTextLayer(
          c,
          (i ? paras.slice(2) : paras.slice(0, 2)).map((text) => ({ text })),
          'canvas',
          'over',
        ),
      );
      return () => undos.reverse().forEach((u) => u());
    };
  };

  it('are laid for a reading and taken away after it', () => {
    const layers = drawnPage();
    const before = document.body.innerHTML;
    const cleaner = new PageCleaner(document, () => url, undefined, givenParts(nodeParts), layers);
    expect(cleaner.inspect().result.textLayer).toBe('canvas');
    expect(cleaner.inspect().result.text).toContain('同比增长8.5%');
    expect(document.body.innerHTML).toBe(before);
  });

  it('stay while the page is clean and go with show original', () => {
    const layers = drawnPage();
    const before = document.body.innerHTML;
    const cleaner = new PageCleaner(document, () => url, undefined, givenParts(nodeParts), layers);
    expect(cleaner.clean()).toBe(true);
    expect(document.querySelectorAll('jingdu-text')).toHaveLength(2);
    expect(cleaner.inspect().result.textLayer).toBe('canvas');
    cleaner.restore();
    expect(document.body.innerHTML).toBe(before);
  });

  it('go when the page is not cleaned after all', () => {
    const layers = drawnPage();
    const before = document.body.innerHTML;
    const cleaner = new PageCleaner(document, () => 'https://example.org/not-a-document-site', undefined, givenParts(nodeParts), layers);
    expect(cleaner.clean()).toBe(false);
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('content the site appends, one preview page at a time', () => {
  const url = 'https://www.31doc.com/p-3061754.html';
  const corpus = () => [...document.querySelectorAll('.article-content p')].map((p) => p.textContent!.replace(/^\d+、/, '')).join('');
  /** A preview page as the sites append it: chunks numbered on from the last, cut mid-sentence, a footer. */
  const previewPage = (text: string, p: number, first: number) => {
    const page = document.createElement('div');
    page.className = 'page';
    const chunk = (k: number) => {
      const at = (k * 337) % (text.length - 300);
      const pinyin = k % 4 === 0 ? '全国(quánguó)' : '';
      return `<p>${k}、${pinyin}${text.slice(at, at + 150)}第${k}次${text.slice(at + 150, at + 300)}</p>`;
    };
    page.innerHTML = `${chunk(first)}${chunk(first + 1)}${chunk(first + 2)}<p>下载前请仔细阅读文档内容,确认文档内容符合您的需求后进行下载。</p><div class="pagefoot">第${p}页共99页</div>`;
    return page;
  };
  const next = async (cleaner: PageCleaner, before: unknown) => {
    for (let t = 0; cleaner.analysis === before && t < 100; t++) await new Promise((r) => setTimeout(r, 20));
  };
  const wholeReadings = () => performance.getEntriesByName('jingdu:append').filter((m) => (m as PerformanceMeasure).detail.whole).length;

  it('reads only what was added, as a full analysis of the final page would, and restores exactly', async () => {
    load('pub-31doc-compilation');
    const text = corpus();
    const before = document.body.innerHTML;
    const cleaner = new PageCleaner(document, () => url, undefined, givenParts(nodeParts));
    expect(cleaner.clean()).toBe(true);
    const content = document.querySelector('.article-content')!;
    const originals: string[] = [];
    const whole = wholeReadings();
    for (let p = 0; p < 8; p++) {
      const page = previewPage(text, p + 2, 6 + 3 * p);
      originals.push(page.outerHTML);
      const prev = cleaner.analysis;
      content.append(page);
      await next(cleaner, prev);
    }
    expect(wholeReadings()).toBe(whole);
    const incremental = cleaner.inspect().result;
    expect(incremental.text).toContain('第29次');
    expect(incremental.text).not.toMatch(/下载前请|第\d页共|quánguó|\d+、/);
    const shown = (document.body as HTMLElement).textContent!;
    expect([...content.querySelectorAll('.pagefoot')].every((f) => (f as HTMLElement).style.display === 'none')).toBe(true);
    expect(shown).not.toContain('quánguó');

    cleaner.restore();
    const pages = [...content.querySelectorAll('.page')];
    expect(pages.map((p) => p.outerHTML)).toEqual(originals);
    const full = analyse(document, url, nodeParts).result;
    expect(incremental.text).toBe(full.text);
    expect(incremental.markdown).toBe(full.markdown);
    expect(incremental.outline).toEqual(full.outline);
    expect(incremental.removed.length).toBe(full.removed.length);
    for (const p of pages) p.remove();
    expect(document.body.innerHTML).toBe(before);
  });

  it('hides noise appended outside the content', async () => {
    load('pub-31doc-compilation');
    const cleaner = new PageCleaner(document, () => url, undefined, givenParts(nodeParts));
    cleaner.clean();
    const prev = cleaner.analysis;
    const box = document.createElement('div');
    box.innerHTML = '<p>下载前请仔细阅读文档内容,确认文档内容符合您的需求后进行下载。</p>';
    document.body.append(box);
    await next(cleaner, prev);
    expect((box.firstElementChild as HTMLElement).style.display).toBe('none');
    cleaner.restore();
    expect(box.firstElementChild!.hasAttribute('style')).toBe(false);
  });

  it('hides appended chrome known by its own class, outside the content and (share boxes) inside it', async () => {
    load('pub-31doc-compilation');
    const cleaner = new PageCleaner(document, () => url, undefined, givenParts(nodeParts));
    cleaner.clean();
    const whole = wholeReadings();
    const ad = document.createElement('div');
    ad.className = 'ad';
    ad.innerHTML = '<a href="/vip">开通会员 海量文档免费读</a>';
    let prev = cleaner.analysis;
    document.body.append(ad);
    await next(cleaner, prev);
    expect(ad.style.display).toBe('none');
    const share = document.createElement('div');
    share.className = 'share-bar';
    share.textContent = '分享到微信 分享到微博';
    prev = cleaner.analysis;
    document.querySelector('.article-content')!.append(share);
    await next(cleaner, prev);
    expect(share.style.display).toBe('none');
    expect(wholeReadings()).toBe(whole);
    cleaner.restore();
    expect(ad.hasAttribute('style') || share.hasAttribute('style')).toBe(false);
  });

  it('reads the whole page again when the content itself is replaced', async () => {
    load('pub-31doc-compilation');
    const text = corpus();
    const cleaner = new PageCleaner(document, () => url, undefined, givenParts(nodeParts));
    cleaner.clean();
    const whole = wholeReadings();
    const prev = cleaner.analysis;
    const content = document.querySelector('.article-content')!;
    const fresh = content.cloneNode(true) as Element;
    fresh.append(previewPage(text, 2, 6));
    content.replaceWith(fresh);
    await next(cleaner, prev);
    expect(wholeReadings()).toBe(whole + 1);
    const got = cleaner.inspect().result.text;
    cleaner.restore();
    expect(got).toBe(analyse(document, url, nodeParts).result.text);
  });
});
