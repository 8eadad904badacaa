// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { imageKey, pageImages } from './ocr-images';
import { showTextLayer } from './text-layer';

describe('pageImages', () => {
  it('takes the page-sized images in document order, numbered as the document pages, skipping pages already read', () => {
    document.body.innerHTML = `<img src="/logo.png" width="40"><div><img src="https://max.book118.com/p/1.png" width="800">
      <img src="https://max.book118.com/p/2.png" width="800"><img src="https://max.book118.com/p/3.png" width="800"></div>`;
    const imgs = Array.from(document.getElementsByTagName('img'));
    showTextLayer(imgs[2]!, [{ text: '第二页', confidence: 0.99 }], 'ocr', 'below');
    const pages = pageImages(document);
    expect(pages.map((p) => [p.number, p.element.getAttribute('src')])).toEqual([
      [1, 'https://max.book118.com/p/1.png'],
      [3, 'https://max.book118.com/p/3.png'],
    ]);
    expect(pages[0]!.source()).toBe('https://max.book118.com/p/1.png');
  });
});

describe('imageKey', () => {
  it('is the address and natural size, and a data: address by length and hash', () => {
    const img = document.createElement('img');
    img.src = 'https://max.book118.com/p/1.png';
    expect(imageKey(img)).toBe('https://max.book118.com/p/1.png#0x0');
    img.src = `data:image/png;base64,${'A'.repeat(5000)}`;
    expect(imageKey(img)).toMatch(/^data:5022:[0-9a-f]+#0x0$/);
  });
});
