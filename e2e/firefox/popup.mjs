// The popup and the reader view in Firefox: the popup (opened as a tab, `?tabId=` naming the page's
// tab) shows what the page's engine result says, its copy buttons put exactly the engine's text on
// Firefox's clipboard, and the reader view opens over the cleaned page and closes again.
// Run by e2e/firefox/run.mjs with its env.
import path from 'node:path';
import { assert, same, until } from '../helpers.mjs';

export default async function popupChecks(env) {
  const { check, cases, outDir } = env;
  const { url } = cases.huiwenwang;
  const page = await env.browser.newPage();
  let popup;
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('html[data-jingdu="clean"]', { timeout: 10_000 });
    const tabId = await env.tabId(url);
    const { result } = await env.send(url, { type: 'jingdu:result' });

    const shown = await check('firefox popup: renders the status in 中文 (site, removals, outline, figures)', async () => {
      popup = await env.open(`popup.html?tabId=${tabId}`);
      await popup.waitForSelector('[data-testid="ready"]', { timeout: 10_000 });
      const lang = await popup.evaluate(() => document.documentElement.lang);
      assert(lang === 'zh-CN', `popup language ${lang}`);
      const site = await popup.$eval('[data-testid="site"]', (e) => e.textContent);
      assert(site === '汇文网', `site label ${JSON.stringify(site)}`);
      const total = await popup.$eval('[data-testid="removed-total"]', (e) => e.textContent);
      assert(
        total.includes(String(result.removed.length)),
        `removed total ${JSON.stringify(total)}, engine removed ${result.removed.length}`,
      );
      await popup.screenshot({ path: path.join(outDir, 'firefox-popup-summary.png') });
      await popup.click('[data-testid="tab-outline"]');
      await popup.waitForSelector('[data-testid="outline-entry"]');
      const entries = await popup.$$eval('[data-testid="outline-entry"] .entry-text', (els) => els.map((e) => e.textContent));
      same(JSON.stringify(entries), JSON.stringify(result.outline.map((e) => e.marker + e.text)), 'outline entries');
      await popup.click('[data-testid="tab-figures"]');
      await popup.waitForSelector('[data-testid="figure"], #panel-figures .empty');
      const figures = await popup.$$eval('[data-testid="figure"] .raw', (els) => els.map((e) => e.textContent));
      same(JSON.stringify(figures), JSON.stringify(result.figures.map((f) => f.raw)), 'figures');
      return `${result.removed.length} removals, ${entries.length} outline entries, ${figures.length} figures`;
    });
    if (!shown) return;

    /** Clicks a copy button and returns what Firefox's clipboard then holds. */
    const copy = async (testid) => {
      await popup.evaluate(() => navigator.clipboard.writeText(''));
      await popup.click(`[data-testid="${testid}"]`);
      const text = await until(() => popup.evaluate(() => navigator.clipboard.readText()), Boolean, 5_000, `clipboard after ${testid}`);
      const kind = await popup.$eval('[data-testid="toast"]', (e) => `${e.dataset.kind}: ${e.textContent}`);
      assert(kind.startsWith('ok'), `the popup says ${kind}`);
      return text;
    };
    await check('firefox popup: copy plain text, Markdown and rich text = the engine result', async () => {
      await popup.click('[data-testid="tab-summary"]');
      await popup.waitForSelector('[data-testid="copy-text"]:not([disabled])');
      same(await copy('copy-text'), result.text, 'plain text');
      same(await copy('copy-markdown'), result.markdown, 'Markdown');
      same(await copy('copy-rich'), result.text, 'rich text, as text/plain');
      return `${result.text.length} + ${result.markdown.length} chars`;
    });
    await check('firefox popup: copy the outline and the figures as TSV', async () => {
      await popup.click('[data-testid="tab-outline"]');
      const outline = await copy('copy-outline');
      assert(outline.split('\n').length === result.outline.length, `${outline.split('\n').length} outline lines`);
      await popup.click('[data-testid="tab-figures"]');
      const tsv = (await copy('copy-tsv')).split('\n');
      assert(tsv[0].startsWith('原文\t数值'), `TSV header ${JSON.stringify(tsv[0])}`);
      assert(tsv.length === result.figures.length + 1, `${tsv.length - 1} rows for ${result.figures.length} figures`);
    });

    await check('firefox reader: opens over the cleaned page with the document, and closes', async () => {
      await env.send(url, { type: 'jingdu:reader', open: true });
      const shown = await until(
        () => page.evaluate(() => document.querySelector('jingdu-reader')?.shadowRoot?.querySelector('.jd-reader')?.textContent ?? ''),
        (t) => t.length > 0,
        10_000,
        'reader view shown',
      );
      assert(shown.includes(result.title), 'the reader does not show the title');
      const para = result.text.split('\n\n').find((p) => p.length > 30);
      assert(shown.includes(para.slice(0, 30)), `the reader does not show ${JSON.stringify(para.slice(0, 30))}`);
      await page.screenshot({ path: path.join(outDir, 'firefox-reader.png') });
      await page.bringToFront();
      await page.keyboard.press('Escape');
      await until(() => page.evaluate(() => !document.querySelector('jingdu-reader')), Boolean, 5_000, 'reader closed by Esc');
      return `${shown.length} chars shown; firefox-reader.png`;
    });
  } finally {
    await popup?.close().catch(() => {});
    await page.close().catch(() => {});
  }
}
