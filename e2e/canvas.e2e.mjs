// Canvas text in real Chromium (issue "The text of canvas and image-only pages", §1).
//
// A 百度文库-like page under wenku.baidu.com draws a report (fixtures/canvas/report.json, laid out by
// fixtures/canvas/layout.mjs with the canvas's own measureText) onto several canvases, a character or
// a few at a time in shuffled order, in two faces and sizes; one page at double resolution through
// setTransform, one with textBaseline "top", one drawn on an OffscreenCanvas and painted on as a
// bitmap, the last page a second after the others, as a site does
// when the reader scrolls. The page-world recorder must hand every run over; the text layer must give
// the report back exactly (character error 0); the engine's result must be that text, with outline and
// figures; the site's chrome must be gone; show-original must take the layers away; the wrapped
// functions must still look native; a page script must not get the key; and the recorder's cost per
// fillText call is printed against a page where it does not run.
// Run by e2e/run.mjs with env = { context, sw, check, serve, outDir }.
import path from 'node:path';
import { PAGE_HEIGHT, layerTexts, page, report, squeeze, url } from './canvas-page.mjs';
import { assert, send } from './helpers.mjs';

/** A page that calls fillText n times and reports the microseconds per call. */
const benchPage = `<!doctype html><html><head><meta charset="utf-8"><title>bench</title></head><body><canvas width="800" height="600"></canvas><script>
window.__perCall = () => {
  const ctx = document.querySelector('canvas').getContext('2d');
  ctx.font = '16px sans-serif';
  const n = 20000;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) ctx.fillText('字', (i * 16) % 780, 20 + ((i >> 6) % 30) * 19);
  return ((performance.now() - t0) * 1000) / n;
};
</script></body></html>`;

export default async function canvasChecks(env) {
  const { context, sw, check, serve, outDir } = env;
  serve(url, page);
  const tab = await context.newPage();
  try {
    await tab.goto(url, { waitUntil: 'domcontentloaded' });
    await check('canvas: the drawn report is cleaned once its last page is drawn', async () => {
      await tab.waitForSelector('html[data-jingdu="clean"]', { state: 'attached', timeout: 10_000 });
      const pages = await tab.evaluate(() => window.__pages);
      assert(pages >= 4, `the layout made only ${pages} pages`);
      await tab.waitForFunction(
        (n) => document.querySelectorAll('jingdu-text').length === n && document.documentElement.dataset.jingdu === 'clean',
        pages,
        { timeout: 10_000 },
      );
      return `${pages} canvases, ${await tab.evaluate(() => document.querySelectorAll('canvas[data-jingdu-canvas]').length)} recorded`;
    });

    await check('canvas: the text layers give the report back exactly (character error 0)', async () => {
      const got = await layerTexts(tab);
      const want = report.paragraphs.map((p) => p.text);
      const a = want.join('\n');
      const b = got.join('\n');
      if (a !== b) {
        let i = 0;
        while (a[i] === b[i]) i++;
        throw new Error(
          `differs at ${i}: expected …${JSON.stringify(a.slice(Math.max(0, i - 30), i + 30))}… got …${JSON.stringify(b.slice(Math.max(0, i - 30), i + 30))}…`,
        );
      }
      return `${got.length} paragraphs, ${a.length} characters`;
    });

    await check('canvas: the engine reads the drawn text, with outline and figures', async () => {
      const status = await send(sw, url, { type: 'jingdu:result' });
      const r = status.result;
      assert(r.textLayer === 'canvas', `textLayer ${r.textLayer}`);
      for (const p of report.paragraphs) assert(squeeze(r.text).includes(squeeze(p.text)), `result text lacks: ${p.text.slice(0, 30)}`);
      for (const h of ['大事大抓纵横联动双拥站位有高度', '真情拥军服务保障有温度', '健全组织领导体系'])
        assert(
          r.outline.some((e) => e.text === h),
          `outline lacks ${h}`,
        );
      const fig = r.figures.find((f) => f.raw.startsWith('1.2亿'));
      assert(fig?.value === 120000000, `figure 1.2亿余元: ${JSON.stringify(fig)}`);
      return `${r.outline.length} outline entries, ${r.figures.length} figures`;
    });

    await check('canvas: the site around the drawn pages is gone, the text is in the page', async () => {
      const text = await tab.evaluate(() => document.body.innerText);
      for (const noise of ['开通VIP', 'VX: wk2026', '双拥工作总结范文大全']) assert(!text.includes(noise), `still shown: ${noise}`);
      assert(squeeze(text).includes(squeeze(report.paragraphs[4].text)), 'the drawn text is not in the page text');
      const shown = await tab.evaluate(() => [...document.querySelectorAll('canvas')].every((c) => c.offsetHeight > 0));
      assert(shown, 'a canvas was hidden: the drawing must stay in view under its text');
      // The layer's text selected, as a reader selecting it would see it over the drawing.
      await tab.evaluate(() => getSelection().selectAllChildren(document.querySelector('jingdu-text')));
      await tab.screenshot({ path: path.join(outDir, 'canvas-clean.png') });
      await tab.evaluate(() => getSelection().removeAllRanges());
      return 'screenshot e2e/out/canvas-clean.png';
    });

    await check('canvas: the wrapped drawing calls still look native, and a page script gets no key', async () => {
      const looks = await tab.evaluate(() => [
        CanvasRenderingContext2D.prototype.fillText.toString(),
        Function.prototype.toString.toString(),
      ]);
      assert(
        looks.every((s) => s.includes('[native code]')),
        `toString: ${looks.join(' | ')}`,
      );
      const leaked = await tab.evaluate(async () => {
        let got = null;
        document.addEventListener('jingdu:canvas-key', (e) => (got = e.detail));
        document.dispatchEvent(new CustomEvent('jingdu:canvas-hello'));
        await new Promise((r) => setTimeout(r, 50));
        return got;
      });
      assert(leaked === null, 'a page script got the key');
    });

    await check('canvas: show original takes the text layers away', async () => {
      await send(sw, url, { type: 'jingdu:show-original' });
      const left = await tab.evaluate(() => ({
        layers: document.querySelectorAll('jingdu-text').length,
        state: document.documentElement.dataset.jingdu,
        styles: [...document.querySelectorAll('canvas')].map((c) => c.getAttribute('style')),
      }));
      assert(left.layers === 0 && left.state === 'original', JSON.stringify(left));
      assert(
        left.styles.every((s) => s === `width:794px;height:${PAGE_HEIGHT}px;display:block`),
        `canvas styles: ${left.styles}`,
      );
    });

    await check('canvas: what the recorder costs per fillText call', async () => {
      const on = 'http://wenku.baidu.com/view/canvas-bench.html';
      const off = 'http://canvas-bench.example.org/';
      serve(on, benchPage);
      serve(off, benchPage);
      const times = {};
      for (const [name, u] of [
        ['recorded', on],
        ['bare', off],
      ]) {
        const p = await context.newPage();
        await p.goto(u);
        const runs = [];
        for (let i = 0; i < 5; i++) runs.push(await p.evaluate(() => window.__perCall()));
        times[name] = runs.sort((a, b) => a - b)[2];
        await p.close();
      }
      const extra = times.recorded - times.bare;
      const detail = `${times.recorded.toFixed(2)} µs recorded vs ${times.bare.toFixed(2)} µs bare: +${extra.toFixed(2)} µs a call`;
      console.log(`      ${detail}`);
      assert(extra < 20, detail);
      return detail;
    });
  } finally {
    await tab.close().catch(() => {});
  }
}
