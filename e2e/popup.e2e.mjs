// The popup in real Chromium, opened as a tab on a cleaned 汇文网 page (`?tabId=` names the page's tab):
// it must show what the page's engine result says (site, removals, outline, figures), scroll the page to
// an outline entry, put exactly the engine's text on the clipboard for every copy button, switch the
// page between cleaned and original, close itself after asking for the reader view, and explain a
// browser page it cannot run on. ("Clean anyway" needs a page no host rule matches, which only activeTab,
// i.e. a real toolbar click, lets the popup inject into: it is covered by the component and tab tests.)
// Everything is compared with the page's own jingdu:result, so the checks stay right
// while the outline and figure stages change. Screenshots: popup-summary/outline/figures.png.
// Run by e2e/run.mjs with env = { context, sw, extensionId, pages, check, outDir }.
import path from 'node:path';
import { assert, same } from './helpers.mjs';
import { firstAsk, READY_BUDGET, READY_OPENS, readyTimes } from './popup-timing.mjs';

/** The page's scroll position once its smooth scrolling has stopped. */
const settledScroll = (page, from = 0) =>
  page.evaluate(
    (from) =>
      new Promise((resolve) => {
        let last = -1;
        let still = 0;
        const started = performance.now();
        const tick = () => {
          still = scrollY === last ? still + 1 : 0;
          last = scrollY;
          if ((still > 10 && scrollY !== from) || performance.now() - started > 4000) resolve(scrollY);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    from,
  );

const tabIdOf = (sw, url) => sw.evaluate((u) => chrome.tabs.query({ url: u }).then((t) => t[0]?.id), url);
const ask = (sw, tabId, msg) => sw.evaluate(([id, m]) => chrome.tabs.sendMessage(id, m), [tabId, msg]);

/** The popup in Chinese, as a zh browser shows it, at about the size Chrome gives a popup. */
async function openPopup(context, extensionId, tabId) {
  const popup = await context.newPage();
  await popup.addInitScript(() => Object.defineProperty(navigator, 'language', { get: () => 'zh-CN' }));
  await popup.setViewportSize({ width: 400, height: 640 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

// The outline list and the TSV header as utils/format.ts writes them (zh).
const outlineList = (outline) => outline.map((e) => `${'  '.repeat(Math.max(0, e.level - 1))}- ${e.marker}${e.text}`).join('\n');
const TSV_HEADER = '原文\t数值\t单位\t约数\t类别\t原句\t章节';

export default async function popupChecks(env) {
  const { context, sw, extensionId, pages, check, outDir } = env;
  // A query string of its own, so that other suites' tabs on the same page are never the one asked.
  const url = `${pages.huiwen}?from=popup-e2e`;
  const page = await context.newPage();
  // A short window, so that the cleaned document is several screens tall and an entry can scroll it.
  await page.setViewportSize({ width: 1000, height: 400 });
  const opened = [page];
  let popup;
  let result;
  let tabId;
  const shot = (name) => popup.locator('main.popup').screenshot({ path: path.join(outDir, name) });
  const clipboard = () => popup.evaluate(() => navigator.clipboard.readText());
  const tab = (id) => popup.click(`[data-testid="tab-${id}"]`);

  try {
    const ready = await check('popup: opens on the cleaned page and renders the status', async () => {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await page.waitForSelector('html[data-jingdu="clean"]', { state: 'attached', timeout: 10_000 });
      tabId = await tabIdOf(sw, url);
      assert(Number.isInteger(tabId), `no tab for ${url}`);
      result = (await ask(sw, tabId, { type: 'jingdu:result' })).result;
      assert(result?.text, 'jingdu:result gave no text');
      popup = await openPopup(context, extensionId, tabId);
      opened.push(popup);
      // performance.now() counts from the popup's navigation start; polled every frame.
      const loading = await popup.waitForFunction(
        () => document.querySelector('[data-testid="loading"],[data-testid="ready"]') && performance.now(),
        null,
        { polling: 'raf' },
      );
      const shown = await popup.waitForFunction(() => document.querySelector('[data-testid="ready"]') && performance.now(), null, {
        polling: 'raf',
        timeout: 10_000,
      });
      await tab('outline');
      const outlined = await popup.waitForFunction(
        () => document.querySelector('[data-testid="outline"],#panel-outline .empty') && performance.now(),
        null,
        { polling: 'raf' },
      );
      await tab('summary');
      const ms = (h) => h.jsonValue().then((v) => Math.round(v));
      return `first open: first paint ${await ms(loading)} ms, status ${await ms(shown)} ms, outline rendered ${await ms(outlined)} ms after navigation start`;
    });
    if (!ready) return;

    await check('popup: the glance it draws from is the one its first script asked for, once, with no script injected', () =>
      firstAsk(context, extensionId, tabId),
    );
    await check(
      `popup: ready (opened → status and outline visible), median of ${READY_OPENS} opens against an empty extension page's, printed against the ${READY_BUDGET} ms budget`,
      () => readyTimes(context, extensionId, tabId),
    );

    await check('popup: site, state and removals match the engine result', async () => {
      const site = await popup.textContent('[data-testid="site"]');
      assert(/汇文网|Huiwenwang/.test(site ?? ''), `site label ${JSON.stringify(site)}`);
      same(await popup.textContent('[data-testid="doc-title"]'), result.title, 'title');
      assert((await popup.getAttribute('[data-testid="view-clean"]', 'aria-pressed')) === 'true', 'the switch does not show "cleaned"');
      const total = await popup.textContent('[data-testid="removed-total"]');
      assert(
        total?.includes(String(result.removed.length)),
        `removed total ${JSON.stringify(total)}, engine removed ${result.removed.length}`,
      );
      const kinds = new Set(result.removed.map((r) => r.kind));
      const chips = await popup.$$eval('[data-testid^="removed-"]:not([data-testid="removed-total"])', (els) => els.length);
      assert(chips === kinds.size, `${chips} kind chips for ${kinds.size} kinds`);
      await shot('popup-summary.png');
      return `${result.removed.length} removals in ${kinds.size} kinds; popup-summary.png`;
    });

    await check('popup: the outline lists the engine outline, levels as data-level', async () => {
      await tab('outline');
      if (!result.outline.length) {
        await popup.waitForSelector('#panel-outline .empty');
        await shot('popup-outline.png');
        return 'the engine gave no outline: the empty message shows';
      }
      await popup.waitForSelector('[data-testid="outline-entry"]');
      const entries = await popup.$$eval('[data-testid="outline-entry"]', (els) =>
        els.map((e) => ({ text: e.querySelector('.entry-text')?.textContent, level: Number(e.getAttribute('data-level')) })),
      );
      same(
        JSON.stringify(entries),
        JSON.stringify(result.outline.map((e) => ({ text: e.marker + e.text, level: e.level }))),
        'outline entries',
      );
      await shot('popup-outline.png');
      return `${entries.length} entries; popup-outline.png`;
    });

    await check('popup: clicking an outline entry scrolls the page', async () => {
      const targets = result.outline.map((e, i) => ({ ...e, i })).filter((e) => !e.missing);
      if (!targets.length) return 'skipped: the engine gave no outline entry in the shown text';
      const tall = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
      assert(tall > 200, `the page is only ${tall}px taller than its window`);
      await page.evaluate(() => scrollTo(0, 0));
      const target = targets.at(-1);
      await tab('outline');
      await popup.locator('[data-testid="outline-entry"]').nth(target.i).click();
      const y = await settledScroll(page);
      assert(y > 0, 'the page did not scroll');
      return `entry ${JSON.stringify(target.text)} scrolled the page to y=${Math.round(y)}`;
    });

    await check('popup: the figures list shows every engine figure', async () => {
      await tab('figures');
      if (!result.figures.length) {
        await popup.waitForSelector('#panel-figures .empty');
        await shot('popup-figures.png');
        return 'the engine gave no figures: the empty message shows';
      }
      // The figures panel's list is a chunk loaded after the popup's first paint (components/popup/useLater.ts).
      await popup.waitForSelector('[data-testid="figure"]');
      const n = await popup.locator('[data-testid="figure"]').count();
      assert(n === result.figures.length, `${n} figures shown, engine has ${result.figures.length}`);
      const raws = await popup.$$eval('[data-testid="figure"] .raw', (els) => els.map((e) => e.textContent));
      same(JSON.stringify(raws), JSON.stringify(result.figures.map((f) => f.raw)), 'figure raws');
      const masked = await popup.locator('[data-testid="masked"]').count();
      assert(masked === result.figures.filter((f) => f.masked).length, `${masked} template blanks shown`);
      await shot('popup-figures.png');
      return `${n} figures (${masked} template blanks); popup-figures.png`;
    });

    // Chromium calls an extension origin opaque and refuses a grant for it by origin; granted to all.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await popup.bringToFront();
    /** Clicks a copy button and returns what the clipboard then holds (emptied first, so it is this copy). */
    const copy = async (testid) => {
      await popup.evaluate(() => navigator.clipboard.writeText(''));
      await popup.click(`[data-testid="${testid}"]`);
      for (const started = Date.now(); Date.now() - started < 5_000; await popup.waitForTimeout(50)) {
        const text = await clipboard();
        if (text) {
          const toast = popup.locator('[data-testid="toast"]');
          assert((await toast.getAttribute('data-kind')) === 'ok', `the popup says: ${await toast.textContent()}`);
          return text;
        }
      }
      const said = await popup
        .locator('[data-testid="toast"]')
        .textContent()
        .catch(() => null);
      throw new Error(`nothing reached the clipboard within 5 s; the popup says ${JSON.stringify(said)}`);
    };

    await check('popup: copy plain text = result.text', async () => {
      await tab('summary');
      same(await copy('copy-text'), result.text, 'clipboard');
      return `${result.text.length} chars`;
    });
    await check('popup: copy Markdown = result.markdown', async () => {
      same(await copy('copy-markdown'), result.markdown, 'clipboard');
      return `${result.markdown.length} chars`;
    });
    await check('popup: copy rich text = one item with text/html (escaped headings) and text/plain', async () => {
      same(await copy('copy-rich'), result.text, 'text/plain');
      const item = await popup.evaluate(async () => {
        const [first] = await navigator.clipboard.read();
        return { types: first.types, html: await (await first.getType('text/html')).text() };
      });
      assert(item.types.includes('text/html') && item.types.includes('text/plain'), `types ${item.types}`);
      const escape = (s) =>
        s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
      assert(item.html.includes(`<h1>${escape(result.title)}</h1>`), `no <h1> title in ${item.html.slice(0, 200)}`);
      assert(!/<(script|img|iframe)/i.test(item.html), 'page markup leaked into the HTML');
      return `${item.html.length} chars of HTML, ${(item.html.match(/<h[2-6]>/g) ?? []).length} subheadings`;
    });
    await check('popup: copy outline = the indented list', async () => {
      if (!result.outline.length) return 'skipped: no outline';
      await tab('outline');
      same(await copy('copy-outline'), outlineList(result.outline), 'clipboard');
    });
    await check('popup: copy figures as TSV (header row first) and one figure with its sentence', async () => {
      if (!result.figures.length) return 'skipped: no figures';
      await tab('figures');
      const lines = (await copy('copy-tsv')).split('\n');
      same(lines[0], TSV_HEADER, 'TSV header');
      assert(lines.length === result.figures.length + 1, `${lines.length - 1} TSV rows for ${result.figures.length} figures`);
      const md = await copy('copy-md-table');
      assert(md.split('\n').length === result.figures.length + 2, 'Markdown table row count');
      const f = result.figures[0];
      same(await copy('copy-figure'), `${f.raw}\n${f.sentence}`, 'one figure');
      return `${lines.length - 1} rows`;
    });

    await check('popup: the switch shows the original and cleans again', async () => {
      await tab('summary');
      await popup.click('[data-testid="view-original"]');
      await page.waitForSelector('html[data-jingdu="original"]', { state: 'attached', timeout: 5_000 });
      await popup.waitForSelector('[data-testid="view-original"][aria-pressed="true"]', { timeout: 5_000 });
      await popup.click('[data-testid="view-clean"]');
      await page.waitForSelector('html[data-jingdu="clean"]', { state: 'attached', timeout: 5_000 });
      await popup.waitForSelector('[data-testid="view-clean"][aria-pressed="true"]', { timeout: 5_000 });
    });

    await check('popup: keyboard: Tab reaches the outline entries and Enter scrolls the page', async () => {
      const targets = result.outline.filter((e) => !e.missing);
      if (!targets.length) return 'skipped: no outline';
      // From the bottom: the first entry's heading may already show at the top, where nothing would move.
      const bottom = await page.evaluate(() => (scrollTo(0, document.documentElement.scrollHeight), scrollY));
      await tab('outline');
      await popup.focus('[data-testid="tab-outline"]');
      for (let i = 0; i < 8; i++) {
        await popup.keyboard.press('Tab');
        if (await popup.evaluate(() => document.activeElement?.matches('button.entry'))) break;
      }
      assert(await popup.evaluate(() => document.activeElement?.matches('button.entry')), 'Tab never reached an entry');
      await popup.keyboard.press('Enter');
      const y = await settledScroll(page, bottom);
      assert(y < bottom, 'the page did not scroll');
      return `y=${Math.round(bottom)} → ${Math.round(y)}`;
    });

    await check('popup: a browser page gets a clear message', async () => {
      // Without the "tabs" permission a chrome:// tab shows no URL, so it is found as the one new tab.
      const ids = () => sw.evaluate(() => chrome.tabs.query({}).then((t) => t.map((x) => x.id)));
      const before = new Set(await ids());
      const internal = await context.newPage();
      opened.push(internal);
      await internal.goto('chrome://version/');
      const id = (await ids()).find((i) => !before.has(i));
      const p = await openPopup(context, extensionId, id);
      opened.push(p);
      const error = await p.waitForSelector('[data-testid="error"]', { timeout: 10_000 });
      assert((await error.getAttribute('data-reason')) === 'unsupported', `reason ${await error.getAttribute('data-reason')}`);
      return (await error.textContent()).trim();
    });

    await check('popup: "reader view" asks the page and closes the popup', async () => {
      await tab('summary');
      const closed = popup.waitForEvent('close', { timeout: 5_000 });
      await popup.click('[data-testid="reader"]');
      await closed;
    });
  } finally {
    for (const p of opened) await p.close().catch(() => {});
  }
}
