// The reader view in real Chromium: opened by the popup's message, it shows the cleaned document with
// its outline, follows the scroll, switches themes (remembered), keeps text copyable on a page that
// blocks copying, and leaves on Escape. A site switched off in the settings is not cleaned on load, but
// its reader still opens. The shortcut and the context menu cannot be pressed headless: their handler
// is unit-tested (utils/background/reader.test.ts); here the manifest must declare the command.
// Last, the options page renders and saves.
// Run by e2e/run.mjs with env = { context, sw, pages, check, outDir }.
import path from 'node:path';
import { assert, send } from './helpers.mjs';

/** The document's own paragraphs, not the site line, statistics or end mark. */
const PARAGRAPHS = 'jingdu-reader .jd-article > p:not([class])';

/** http pages have no clipboard API; an extension page (a secure context) reads it. */
async function readClipboard(context, extensionId) {
  const origin = `chrome-extension://${extensionId}`;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const reader = await context.newPage();
  try {
    await reader.goto(`${origin}/options.html`);
    await reader.bringToFront();
    return await reader.evaluate(() => navigator.clipboard.readText());
  } finally {
    await reader.close();
  }
}

/** The outline entry marked current, by index (-1: none), within a few seconds. */
async function waitActive(page, index, when) {
  const current = () =>
    page.evaluate(() =>
      [...document.querySelector('jingdu-reader').shadowRoot.querySelectorAll('.jd-outline-item')].findIndex((b) =>
        b.hasAttribute('aria-current'),
      ),
    );
  const deadline = Date.now() + 3_000;
  let now = await current();
  while (now !== index && Date.now() < deadline) {
    await page.waitForTimeout(100);
    now = await current();
  }
  assert(now === index, `${when}: outline entry ${now} is current, expected ${index}`);
}

/** Resolves once a smooth scroll of the reader has come to rest. */
const scrollRest = (page) =>
  page.locator('jingdu-reader .jd-scroll').evaluate(async (el) => {
    for (let last = -1; last !== el.scrollTop;) {
      last = el.scrollTop;
      await new Promise((r) => setTimeout(r, 150));
    }
  });

/** Scrolls the reader to y (or its end) at once, as a jump through the scroll bar would. */
async function scrollReader(page, y) {
  await scrollRest(page);
  await page
    .locator('jingdu-reader .jd-scroll')
    .evaluate((el, to) => el.scrollTo({ top: to === 'end' ? el.scrollHeight : to, behavior: 'instant' }), y);
}

const setSettings = (sw, value) =>
  sw.evaluate((v) => (v ? chrome.storage.local.set({ settings: v }) : chrome.storage.local.remove('settings')), value);

export default async function readerChecks(env) {
  const { context, sw, extensionId, pages, check, outDir } = env;
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  const reader = page.locator('jingdu-reader .jd-reader');
  let title = '';

  try {
    await check('reader: the manifest declares the shortcut and the menu permission', async () => {
      const m = await sw.evaluate(() => chrome.runtime.getManifest());
      assert(m.commands?.['open-reader']?.suggested_key?.default === 'Alt+Shift+R', `commands: ${JSON.stringify(m.commands)}`);
      assert(m.permissions.includes('contextMenus'), `permissions: ${m.permissions}`);
    });

    await check('reader: opens from the popup message with the title and headings', async () => {
      await page.goto(pages.huiwen);
      await page.waitForSelector('html[data-jingdu="clean"]', { timeout: 10_000 });
      title = (await send(sw, pages.huiwen, { type: 'jingdu:result' })).result.title;
      const status = await send(sw, pages.huiwen, { type: 'jingdu:reader', open: true });
      assert(status.readerOpen === true, `status.readerOpen = ${status.readerOpen}`);
      await reader.waitFor({ state: 'visible', timeout: 5_000 });
      const outsideBody = await page.evaluate(() => document.querySelector('jingdu-reader').parentElement === document.documentElement);
      assert(outsideBody, 'the overlay host is inside <body>, where the cleaner watches for new content');
      const h1 = (await page.locator('jingdu-reader h1').textContent()).trim();
      assert(title && h1 === title.trim(), `h1 ${JSON.stringify(h1)} vs title ${JSON.stringify(title)}`);
      const headings = await page.locator('jingdu-reader article h2, jingdu-reader article h3').count();
      const outline = await page.locator('jingdu-reader .jd-outline-item').count();
      assert(headings > 0 && outline === headings, `${headings} headings, ${outline} outline entries`);
      return `${headings} headings`;
    });

    await check('reader: the outline follows the scroll and jumps on click', async () => {
      const items = page.locator('jingdu-reader .jd-outline-item');
      const n = await items.count();
      const target = Math.min(2, n - 1);
      await items.nth(target).click();
      await waitActive(page, target, 'after a click on its entry');
      await scrollRest(page);
      await waitActive(page, target, 'once the reader has scrolled to it');
      const top = await page
        .locator('jingdu-reader article h2, jingdu-reader article h3')
        .nth(target)
        .evaluate((h) => h.getBoundingClientRect().top);
      assert(top >= 52 && top < 200, `the heading clicked is at y=${top}, not at the top of the reader`);
      await scrollReader(page, 0);
      await waitActive(page, -1, 'at the top of the document');
      await scrollReader(page, 'end');
      await waitActive(page, n - 1, 'at the end of the document');
      await scrollReader(page, 0);
      return `${n} entries`;
    });

    await check('reader: light and dark themes, remembered', async () => {
      await page.mouse.move(1000, 700);
      await page.screenshot({ path: path.join(outDir, 'reader-light.png') });
      const bg = () => reader.evaluate((el) => getComputedStyle(el).backgroundColor);
      const light = await bg();
      await page.locator('jingdu-reader .jd-theme-btn').nth(2).click();
      await page.waitForSelector('jingdu-reader .jd-reader[data-theme="dark"]', { timeout: 2_000 });
      const dark = await bg();
      assert(light !== dark, `background stayed ${light}`);
      await page.mouse.move(1000, 700);
      await page.screenshot({ path: path.join(outDir, 'reader-dark.png') });
      const { settings } = await sw.evaluate(() => chrome.storage.local.get('settings'));
      assert(settings?.reader?.theme === 'dark', `stored ${JSON.stringify(settings?.reader)}`);
      return `${light} → ${dark}`;
    });

    await check('reader: text is selectable and copyable on a page that blocks copying', async () => {
      await page.evaluate(() => {
        window.__blocked = 0;
        for (const type of ['copy', 'selectstart', 'contextmenu', 'keydown']) {
          document.addEventListener(type, (e) => (e.preventDefault(), window.__blocked++), true);
        }
      });
      const para = page.locator(PARAGRAPHS).nth(1);
      const text = (await para.textContent()).trim();
      await para.click({ clickCount: 3 });
      await page.keyboard.press('Control+C');
      const blocked = await page.evaluate(() => window.__blocked);
      assert(blocked === 0, `the page's blocking listeners ran ${blocked} times`);
      const copied = await readClipboard(context, extensionId);
      await page.bringToFront();
      assert(copied.trim() === text, `copied ${JSON.stringify(copied.slice(0, 60))}, expected ${JSON.stringify(text.slice(0, 60))}`);
      return `${copied.trim().length} characters copied`;
    });

    await check('reader: Escape closes it and the page keeps its state', async () => {
      await page.keyboard.press('Escape');
      await page.waitForSelector('jingdu-reader', { state: 'detached', timeout: 2_000 });
      const status = await send(sw, pages.huiwen, { type: 'jingdu:result' });
      assert(
        status.readerOpen === false && status.state === 'clean',
        JSON.stringify({ readerOpen: status.readerOpen, state: status.state }),
      );
      const focusInPage = await page.evaluate(() => document.hasFocus() && document.activeElement?.tagName !== 'JINGDU-READER');
      assert(focusInPage, 'focus did not return to the page');
    });

    await check('reader: the message toggles, reopening in the remembered theme', async () => {
      const opened = await send(sw, pages.huiwen, { type: 'jingdu:reader' });
      assert(opened.readerOpen === true, 'toggle did not open');
      await page.waitForSelector('jingdu-reader .jd-reader[data-theme="dark"]', { timeout: 2_000 });
      const closed = await send(sw, pages.huiwen, { type: 'jingdu:reader' });
      assert(closed.readerOpen === false, 'toggle did not close');
      await page.waitForSelector('jingdu-reader', { state: 'detached', timeout: 2_000 });
    });

    await check('reader: a site switched off is left as it is, and its reader still opens', async () => {
      await setSettings(sw, { autoClean: true, offSites: ['31doc'], keep: [], reader: { theme: 'light', fontSize: 18, font: 'sans' } });
      const other = await context.newPage();
      try {
        await other.goto(pages.doc31);
        // settled() waits up to 2.5 s before the automatic cleaning would happen.
        await other.waitForTimeout(3_500);
        const state = await other.evaluate(() => document.documentElement.getAttribute('data-jingdu'));
        assert(state !== 'clean', `the page was cleaned (data-jingdu=${state})`);
        const status = await send(sw, pages.doc31, { type: 'jingdu:reader', open: true });
        assert(status.readerOpen && status.state === 'original', JSON.stringify(status));
        const paragraphs = await other.locator(PARAGRAPHS).count();
        assert(paragraphs > 3, `${paragraphs} paragraphs in the reader`);
        await other.screenshot({ path: path.join(outDir, 'reader-31doc.png') });
        return `${paragraphs} paragraphs, page ${state ?? 'untouched'}`;
      } finally {
        await other.close();
      }
    });

    await check('options: the settings page renders and saves a change', async () => {
      await setSettings(sw, null);
      const options = await context.newPage();
      try {
        await options.setViewportSize({ width: 1100, height: 1600 });
        await options.goto(`chrome-extension://${extensionId}/options.html`);
        const pinyin = options.locator('input[role="switch"]').nth(0);
        await pinyin.waitFor({ timeout: 5_000 });
        const kinds = await options.locator('.kinds input[type="checkbox"]').count();
        assert(kinds >= 10, `${kinds} noise kinds listed`);
        await options.locator('.kinds input[type="checkbox"]').first().click();
        await options.waitForFunction(() => document.querySelector('.notice.is-shown'), null, { timeout: 3_000 });
        const { settings } = await sw.evaluate(() => chrome.storage.local.get('settings'));
        assert(settings?.keep?.length === 1, `stored keep ${JSON.stringify(settings?.keep)}`);
        await options.locator('.kinds input[type="checkbox"]').first().click();
        await options.screenshot({ path: path.join(outDir, 'options.png'), fullPage: true });
        return `${kinds} noise kinds`;
      } finally {
        await options.close();
      }
    });
  } finally {
    await setSettings(sw, null);
    await page.close();
  }
  return 'reader checks done';
}
