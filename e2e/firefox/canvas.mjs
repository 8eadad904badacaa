// Canvas text in Firefox: the page-world recorder (a MAIN-world content script of the MV2 add-on) and
// its listener in the add-on's world must hand over what the canvas test page (e2e/canvas-page.mjs)
// draws, and the text layers must give the report back exactly; the engine reads it as drawn text.
import { page, layerTexts, report, squeeze, url } from '../canvas-page.mjs';
import { assert } from '../helpers.mjs';

export default async function canvasChecks(env) {
  const { browser, check, send, serve } = env;
  serve(url, page);
  const tab = await browser.newPage();
  try {
    await check('firefox canvas: the drawn report is laid over its canvases as text, exactly', async () => {
      await tab.goto(url, { waitUntil: 'domcontentloaded' });
      await tab.waitForSelector('html[data-jingdu="clean"]', { timeout: 10_000 });
      await tab.waitForFunction(
        () =>
          window.__pages > 0 &&
          document.querySelectorAll('jingdu-text').length === window.__pages &&
          document.documentElement.dataset.jingdu === 'clean',
        {
          timeout: 10_000,
        },
      );
      const got = (await layerTexts(tab)).join('\n');
      const want = report.paragraphs.map((p) => p.text).join('\n');
      assert(got === want, `layer text differs: ${JSON.stringify(got.slice(0, 200))}…`);
      return `${report.paragraphs.length} paragraphs, ${want.length} characters`;
    });
    await check('firefox canvas: the engine reads the drawn text', async () => {
      const { result } = await send(url, { type: 'jingdu:result' });
      assert(result?.textLayer === 'canvas', `textLayer ${result?.textLayer}`);
      for (const p of report.paragraphs)
        assert(squeeze(result.text).includes(squeeze(p.text)), `result text lacks: ${p.text.slice(0, 30)}`);
      return `${result.outline.length} outline entries`;
    });
  } finally {
    await tab.close().catch(() => {});
  }
}
