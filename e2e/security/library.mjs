// Security suite, library: imported payload extracts shown as text, links only to the http source,
// javascript:/data:/vbscript: sources refused, the imported extracts deleted again. Screenshot security-library.png.
import fs from 'node:fs';
import path from 'node:path';
import { assert } from '../helpers.mjs';
import { hygieneIn } from './detectors.mjs';
import { libraryCount } from './extension.mjs';
import { P, short, sleep, TAG, verbatim } from './payloads.mjs';

/** The library shows imported hostile extracts as text and refuses non-http sources. */
export default async function libraryChecks(s) {
  const { context, sw, pages, check, outDir, origin, open, opened, result } = s;
  let library;
  const sourceUrl = `${pages.xss}?ref="><img src=x onerror=alert('XSS-URL-QUERY')>&q=${P.url}`;
  const paragraph = result.text.split('\n\n').find((p) => p.includes(P.script));
  const section = result.outline.find((e) => (e.marker + e.text).includes(P.h4));
  const heading = section.marker + section.text;
  const base = (i) => ({
    id: `xss-${i}`,
    url: sourceUrl,
    title: result.title,
    site: '31doc',
    savedAt: 1_741_600_000_000 + i * 60_000,
    updatedAt: 1_741_600_000_000 + i * 60_000,
    tags: [TAG, `<img src=x onerror=alert('XSS-TAG')>`],
    note: `<script>alert('XSS-NOTE')</script>[笔记](javascript:alert('XSS-NOTE-MD'))<img src=http://evil.test/note.png>`,
  });
  const hostile = {
    format: 'jingdu-extracts',
    version: 1,
    extracts: [
      { ...base(1), kind: 'selection', text: paragraph, section: result.outline[0].marker + result.outline[0].text },
      {
        ...base(2),
        kind: 'section',
        heading,
        text: `${heading}\n\n${result.text.split('\n\n').find((p) => p.includes('XSS-URL'))}`,
        markdown: `## ${heading}\n\n${P.md}`,
      },
      { ...base(3), kind: 'figures', text: result.figures.map((f) => f.sentence).join('\n'), figures: result.figures },
      { ...base(4), kind: 'document', text: result.text, markdown: result.markdown, outline: result.outline, figures: result.figures },
    ],
  };
  const cards = () => library.locator('[data-testid=extract]');

  await check('security: library shows imported payload extracts as text; links stay http(s) to the source', async () => {
    const file = path.join(outDir, 'security-import.json');
    fs.writeFileSync(file, JSON.stringify(hostile));
    const before = await libraryCount(sw);
    library = await open();
    await library.setViewportSize({ width: 1100, height: 1000 });
    await library.goto(`${origin}/library.html`);
    await library.waitForSelector('[data-testid=extract], [data-testid=empty]');
    await library.setInputFiles('[data-testid=import-input]', file);
    for (const t0 = Date.now(); (await libraryCount(sw)) !== before + 4 && Date.now() - t0 < 15_000;) await sleep(100);
    assert((await libraryCount(sw)) === before + 4, `library ${before} → ${await libraryCount(sw)}, expected +4`);
    await library.selectOption('[data-testid=tag-filter]', TAG, { timeout: 10_000 });
    await library.waitForFunction(() => document.querySelectorAll('[data-testid=extract]').length === 4, null, { timeout: 10_000 });
    // Long texts are clamped: open them, so that everything is rendered and visible.
    for (const more of await library.locator('[data-testid=extract] button.link').all()) await more.click();
    const shown = await library.locator('main').innerText();
    verbatim(shown, P.title, 'library group title');
    verbatim(shown, P.h4, 'library section heading');
    for (const k of ['script', 'svgScript', 'mxss', 'link', 'li']) verbatim(shown, P[k], `library (${k})`);
    verbatim(shown, `<img src=x onerror=alert('XSS-TAG')>`, 'library tag');
    verbatim(shown, base(0).note, 'library note');
    const h = await hygieneIn(await library.$('html'), origin);
    assert(!h.problems.length, h.problems.join('\n'));
    const hrefs = await library.$$eval('main a[href]', (as) => as.map((a) => a.href));
    const bad = hrefs.filter((u) => !u.startsWith('http://www.31doc.com/p-9000001.html'));
    assert(hrefs.length >= 3 && !bad.length, `links: ${JSON.stringify(bad.length ? bad : hrefs)}`);
    await library.screenshot({ path: path.join(outDir, 'security-library.png'), fullPage: true });
    return `4 extracts, ${hrefs.length} links all to the http source, ${h.elements} elements clean; security-library.png`;
  });

  await check('security: library "open source" with quotes in the URL and quote opens the http page, nothing else', async () => {
    const link = cards().filter({ hasText: P.script }).first().locator('[data-testid=open-source]');
    const href = await link.getAttribute('href');
    assert(href.includes('#:~:text='), `href ${href}`);
    const [source] = await Promise.all([context.waitForEvent('page', { timeout: 10_000 }), link.click()]);
    opened.push(source);
    await source.waitForLoadState('domcontentloaded');
    const u = new URL(source.url());
    assert(u.protocol === 'http:' && u.host === 'www.31doc.com' && u.pathname === '/p-9000001.html', source.url());
    await source.close();
    return short(decodeURIComponent(href.split('#:~:text=')[1]), 50);
  });

  await check('security: library import refuses javascript:, data: and vbscript: source addresses', async () => {
    const before = await libraryCount(sw);
    const results = [];
    for (const bad of [
      `javascript:alert('XSS-IMPORT-URL')`,
      `data:text/html,<script>alert('XSS-IMPORT-DATA')</script>`,
      `vbscript:msgbox("XSS")`,
      ` javascript:alert('XSS-IMPORT-SPACE')`,
    ]) {
      const file = path.join(outDir, 'security-import-bad.json');
      fs.writeFileSync(
        file,
        JSON.stringify({ ...hostile, extracts: [{ ...hostile.extracts[0], id: 'bad', url: bad, text: `bad ${bad}` }] }),
      );
      await library.setInputFiles('[data-testid=import-input]', file);
      const notice = await library.waitForSelector('[data-testid=notice].error', { timeout: 5_000 });
      results.push(short((await notice.textContent()).trim(), 40));
      const dismiss = await library.$('[data-testid=notice] button');
      if (dismiss) await dismiss.click();
    }
    const after = await libraryCount(sw);
    assert(after === before, `library ${before} → ${after}`);
    return `4 files refused (“${results[0]}”)`;
  });

  await check('security: the imported XSS extracts are deleted again', async () => {
    for (let n = await cards().count(); n > 0; n--) {
      await cards().first().locator('[data-testid=delete]').click();
      await library.waitForFunction((n) => document.querySelectorAll('[data-testid=extract]').length === n - 1, n, { timeout: 5_000 });
    }
    return `${await libraryCount(sw)} extracts left`;
  });
}
