// Security suite, reader: title, headings and paragraphs with payloads verbatim; no page markup in its
// shadow root. Screenshots security-reader.png, security-reader-end.png.
import path from 'node:path';
import { assert } from '../helpers.mjs';
import { hygieneIn } from './detectors.mjs';
import { P, PARAGRAPH_PAYLOADS, sleep, verbatim } from './payloads.mjs';

/** The reader overlay shows the payloads verbatim and stays inert. */
export default async function readerChecks(s) {
  const { check, outDir, origin, page, result, toTab } = s;
  const shadow = () => page.locator('jingdu-reader').evaluateHandle((host) => host.shadowRoot);
  await check(
    'security: reader shows title, headings and paragraphs with payloads verbatim; no page markup in its shadow root',
    async () => {
      await page.bringToFront();
      const status = await toTab({ type: 'jingdu:reader', open: true });
      assert(status.readerOpen === true, `readerOpen ${status.readerOpen}`);
      await page.locator('jingdu-reader .jd-reader').waitFor({ state: 'visible', timeout: 5_000 });
      const h1 = (await page.locator('jingdu-reader h1').textContent()).trim();
      assert(h1 === result.title.trim(), `h1 ${JSON.stringify(h1)}`);
      const heads = (await page.locator('jingdu-reader article h2, jingdu-reader article h3').allTextContents()).join('\n');
      const side = (await page.locator('jingdu-reader .jd-outline-item').allTextContents()).join('\n');
      for (const k of ['h1', 'h2', 'h4']) {
        verbatim(heads, P[k], 'reader headings');
        verbatim(side, P[k], 'reader outline');
      }
      const body = await page.locator('jingdu-reader .jd-article').innerText();
      for (const k of [...PARAGRAPH_PAYLOADS, 'li', 'hash', 'title']) verbatim(body, P[k], `reader (${k})`);
      const h = await hygieneIn(await shadow(), origin);
      assert(!h.problems.length, h.problems.join('\n'));
      await sleep(500); // time for anything injected to load or fire before the screenshot and final checks
      await page.mouse.move(1000, 700);
      await page.screenshot({ path: path.join(outDir, 'security-reader.png') });
      return `${h.elements} elements in the shadow root, clean; security-reader.png`;
    },
  );
  await check('security: reader scrolled to the payload list and heading, still inert', async () => {
    await page.locator('jingdu-reader .jd-outline-item').last().click();
    await sleep(800);
    await page.mouse.move(1000, 700);
    await page.screenshot({ path: path.join(outDir, 'security-reader-end.png') });
    const status = await toTab({ type: 'jingdu:reader', open: false });
    assert(status.readerOpen === false, 'the reader did not close');
    return 'security-reader-end.png';
  });
}
