// The canvas test page, shared by the Chromium suite (canvas.e2e.mjs) and the Firefox one: a 百度文库-like
// page that draws fixtures/canvas/report.json, laid out by fixtures/canvas/layout.mjs with the canvas's
// own measureText, a character or a few at a time in shuffled order (not a suite: run.mjs runs *.e2e.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, '..', 'fixtures', 'canvas');
export const report = JSON.parse(fs.readFileSync(path.join(fixtures, 'report.json'), 'utf8'));
const layout = fs.readFileSync(path.join(fixtures, 'layout.mjs'), 'utf8').replace('export function', 'function');
export const PAGE_HEIGHT = 420;

export const url = 'http://wenku.baidu.com/view/canvas-e2e.html';
export const page = `<!doctype html><html><head><meta charset="utf-8"><title>荣获双拥模范城“十连冠”综述 - 百度文库</title></head><body>
<div class="top-nav"><a href="/">百度文库</a> <a href="/vip">开通VIP 免费下载全文</a></div>
<div class="reader-wrap"></div>
<div class="zhixin-ads">加微信领取免费资料 VX: wk2026</div>
<div class="related-doc-list"><a href="/view/1">双拥工作总结范文大全</a></div>
<script>
${layout}
const paragraphs = ${JSON.stringify(report.paragraphs)};
const font = (size, bold, family) => (bold ? 'bold ' : '') + size + 'px ' + (family || 'sans-serif');
const probe = document.createElement('canvas').getContext('2d');
const measure = (text, size, bold, family) => ((probe.font = font(size, bold, family)), probe.measureText(text).width);
const pages = layoutPages(paragraphs, measure, { height: ${PAGE_HEIGHT} });
window.__pages = pages.length;
// Page 1 is drawn at twice the resolution it is shown at, as on a high-density screen.
const canvases = pages.map((_, i) => {
  const box = document.createElement('div');
  box.className = 'page';
  box.style.cssText = 'position:relative;margin:8px auto;width:794px';
  box.innerHTML = '<canvas width="' + (i === 1 ? 1588 : 794) + '" height="' + (i === 1 ? 2 : 1) * ${PAGE_HEIGHT} + '" style="width:794px;height:${PAGE_HEIGHT}px;display:block"></canvas>';
  document.querySelector('.reader-wrap').append(box);
  return box.firstChild;
});
// Page 2 is drawn offscreen and painted on as a bitmap, as some readers do to draw off the main path.
const draw = (i) => {
  const shown = canvases[i].getContext('2d');
  const off = i === 2 ? new OffscreenCanvas(canvases[i].width, canvases[i].height) : null;
  const ctx = off ? off.getContext('2d') : shown;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvases[i].width, canvases[i].height);
  ctx.fillStyle = '#222';
  if (i === 1) ctx.setTransform(2, 0, 0, 2, 0, 0);
  if (i === 0) ctx.textBaseline = 'top';
  for (const r of pages[i] || []) {
    ctx.font = font(r.size, r.bold, r.font);
    ctx.fillText(r.text, r.x, i === 0 ? r.y - 0.8 * r.size : r.y);
  }
  if (off) shown.drawImage(off.transferToImageBitmap(), 0, 0);
};
for (let i = 0; i < pages.length - 1; i++) draw(i);
setTimeout(() => draw(pages.length - 1), 1000);
</script></body></html>`;

/** The layers' paragraphs in page order, as the page shows them. */
export const layerTexts = (p) => p.evaluate(() => [...document.querySelectorAll('jingdu-text p')].map((e) => e.textContent));
export const squeeze = (s) => s.replace(/\s+/g, '');
