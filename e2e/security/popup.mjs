// Security suite, popup: every panel shows the payloads verbatim as text, with no page markup in its DOM,
// and the rich copy escapes them. Screenshots security-popup-*.png.
import path from 'node:path';
import { assert } from '../helpers.mjs';
import { hygieneIn } from './detectors.mjs';
import { openPopup } from './extension.mjs';
import { P, sleep, verbatim } from './payloads.mjs';

/** The popup summary, outline, figures and rich copy show the hostile page as text. */
export default async function popupChecks(s) {
  const { context, extensionId, check, outDir, origin, opened, tabId, result } = s;
  let popup;
  const popupShot = (name) => popup.locator('main.popup').screenshot({ path: path.join(outDir, name) });
  const popupText = () => popup.locator('main.popup').innerText();
  const tab = async (id) => {
    await popup.click(`[data-testid="tab-${id}"]`);
    await popup.waitForSelector(`#panel-${id}`);
  };

  await check('security: popup summary shows the hostile title as text; no page markup in its DOM', async () => {
    popup = await openPopup(context, extensionId, tabId);
    opened.push(popup);
    const title = await popup.textContent('[data-testid="doc-title"]');
    assert(title === result.title, `title ${JSON.stringify(title)}`);
    verbatim(await popupText(), P.title, 'popup summary');
    const h = await hygieneIn(await popup.$('html'), origin);
    assert(!h.problems.length, h.problems.join('\n'));
    await popupShot('security-popup-summary.png');
    return `${h.elements} elements clean; security-popup-summary.png`;
  });

  await check('security: popup outline shows the payload headings verbatim; clicking one is harmless', async () => {
    await tab('outline');
    await popup.waitForSelector('[data-testid="outline-entry"]');
    const entries = await popup.$$eval('[data-testid="outline-entry"] .entry-text', (els) => els.map((e) => e.textContent));
    const expected = result.outline.map((e) => e.marker + e.text);
    assert(
      JSON.stringify(entries) === JSON.stringify(expected),
      `entries ${JSON.stringify(entries)}\nexpected ${JSON.stringify(expected)}`,
    );
    const shown = await popup.locator('[data-testid="outline"]').innerText();
    for (const k of ['h1', 'h2', 'h4']) verbatim(shown, P[k], 'popup outline');
    const h = await hygieneIn(await popup.$('html'), origin);
    assert(!h.problems.length, h.problems.join('\n'));
    await popupShot('security-popup-outline.png');
    const i = result.outline.findIndex((e) => (e.marker + e.text).includes(P.h4) && !e.missing);
    if (i >= 0) await popup.locator('[data-testid="outline-entry"]').nth(i).click();
    return `${entries.length} entries; security-popup-outline.png`;
  });

  await check('security: popup figures show payload sentences and sections as text', async () => {
    await tab('figures');
    await popup.waitForSelector('[data-testid="figure"]');
    const n = await popup.locator('[data-testid="figure"]').count();
    assert(n === result.figures.length, `${n} figures shown, engine has ${result.figures.length}`);
    const shown = await popup.locator('#panel-figures').innerText();
    verbatim(shown, P.li, 'popup figures (sentence)');
    verbatim(shown, `§ ${result.figures.find((f) => f.section?.includes(P.h4)).section}`, 'popup figures (section)');
    const h = await hygieneIn(await popup.$('html'), origin);
    assert(!h.problems.length, h.problems.join('\n'));
    await popup.locator('[data-testid="figure"]', { hasText: 'XSS-LI' }).first().scrollIntoViewIfNeeded();
    await popupShot('security-popup-figures.png');
    return `${n} figures; security-popup-figures.png`;
  });

  await check('security: popup rich copy escapes every payload (only h1-h6/p/ul/li/br tags in the HTML)', async () => {
    await tab('summary');
    await popup.bringToFront();
    await popup.evaluate(() => navigator.clipboard.writeText(''));
    await popup.click('[data-testid="copy-rich"]');
    let item = null;
    for (const t0 = Date.now(); !item && Date.now() - t0 < 5_000; await sleep(50)) {
      item = await popup.evaluate(async () => {
        const [first] = await navigator.clipboard.read();
        if (!first?.types.includes('text/html')) return null;
        return { html: await (await first.getType('text/html')).text(), text: await (await first.getType('text/plain')).text() };
      });
    }
    assert(item, 'no rich item reached the clipboard');
    assert(item.text === result.text, 'text/plain differs from result.text');
    // documentHtml (utils/format.ts) starts the HTML with its own <meta charset="utf-8">.
    const tags = [...new Set(item.html.replace(/^<meta charset="utf-8">/i, '').match(/<[^>]*>/g) ?? [])];
    const foreign = tags.filter((t) => !/^<\/?(h[1-6]|p|ul|li|br)>$/.test(t));
    assert(!foreign.length, `markup other than the copy's own: ${foreign.slice(0, 8).join(' ')}`);
    // Chromium re-serialises what it reads back, so &#39; may come back as a plain quote: both are text.
    assert(
      /&lt;img src=x onerror=console\.log\((&#39;|')XSS-FIRED(&#39;|')\)&gt;强化党建引领/.test(item.html),
      'the heading payload is not in the HTML as escaped text',
    );
    // Markdown is the page's text verbatim: live markdown/HTML in it is reported (see the reply), not failed.
    await popup.evaluate(() => navigator.clipboard.writeText(''));
    await popup.click('[data-testid="copy-markdown"]');
    let md = '';
    for (const t0 = Date.now(); !md && Date.now() - t0 < 5_000; await sleep(50))
      md = await popup.evaluate(() => navigator.clipboard.readText());
    assert(md === result.markdown, 'copied Markdown differs from result.markdown');
    const live = [
      /!\[[^\]]*\]\(\s*https?:/.test(md) && 'image ![](http…)',
      /\]\(\s*javascript:/i.test(md) && 'link ](javascript:…)',
      /<(img|svg|script|iframe|style|a)\b/i.test(md) && 'raw HTML tags',
    ].filter(Boolean);
    return (
      `${item.html.length} chars of HTML, ${tags.length} distinct tags, all the copy's own; ` +
      (live.length ? `NOTE: copied Markdown keeps live ${live.join(', ')} from the page` : 'Markdown inert')
    );
  });
  await popup.close().catch(() => {});
}
