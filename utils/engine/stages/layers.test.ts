import { nodeParts } from '../node-parts';
import { describe, expect, it } from 'vitest';
import report from '../../../fixtures/canvas/report.json';
import { parse } from '../../../tests/pages';
import { extract } from '../index';
import { drawnLayers } from './layers';

const paragraphs = report.paragraphs.map((p) => (p.bold ? `<p><strong>${p.text}</strong></p>` : `<p>${p.text}</p>`));
/** A 百度文库 page as the content script leaves it once the canvases' text is laid over them. */
const page = (kind = 'canvas') => `<html><head><title>荣获双拥模范城“十连冠”综述 - 百度文库</title></head><body>
<div class="top-nav"><a href="/">首页</a><a href="/vip">开通VIP</a></div>
<div class="reader-wrap">
  <div class="page"><canvas data-jingdu-canvas="c0"></canvas><jingdu-text data-layer="${kind}">${paragraphs.slice(0, 7).join('')}</jingdu-text></div>
  <div class="page"><canvas data-jingdu-canvas="c1"></canvas><jingdu-text data-layer="${kind}">${paragraphs.slice(7).join('')}</jingdu-text></div>
</div>
<div class="related-doc-list"><a href="/view/1">双拥工作总结范文</a></div>
</body></html>`;

describe('text layers', () => {
  it('make the holder of all layers the document, read as drawn text', () => {
    const doc = parse(page());
    expect(drawnLayers(doc)?.root.className).toBe('reader-wrap');
    const result = extract(doc, 'https://wenku.baidu.com/view/abc.html', nodeParts);
    expect(result.textLayer).toBe('canvas');
    // Whitespace aside: the outline may set a long numbered item's head apart from its body.
    const squeezed = result.text.replace(/\s+/g, '');
    for (const p of report.paragraphs) expect(squeezed).toContain(p.text.replace(/\s+/g, ''));
    expect(result.text).not.toContain('开通VIP');
    expect(result.outline.map((e) => e.text)).toEqual(expect.arrayContaining(['大事大抓纵横联动双拥站位有高度', '健全组织领导体系']));
    expect(result.figures.find((f) => f.raw.startsWith('1.2亿'))).toMatchObject({
      value: 120000000,
      section: '大事大抓纵横联动双拥站位有高度',
    });
  });

  it('say "ocr" when any layer was recognised from a page image', () => {
    expect(extract(parse(page('ocr')), 'https://wenku.baidu.com/view/abc.html', nodeParts).textLayer).toBe('ocr');
  });

  it('are absent from an ordinary page', () => {
    expect(drawnLayers(parse('<html><body><p>正文</p></body></html>'))).toBeNull();
  });
});
