// Spin repair and traditional → simplified in real Chromium: the 汇文网 page (seed 001, spun) is repaired
// in place with jieba's words loaded only there, the popup lists the repairs (a click flashes one in the
// page) and its switch shows the spun original, and showing the original gives the page back exactly; a
// page without spin loads neither part; a traditional mirror with pinyin on a 范文 host is converted.
// Run by e2e/run.mjs with env = { context, sw, extensionId, pages, check }.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assert, send } from './helpers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const MIRROR_URL = 'http://www.ruiwen.com/fanwen/spin-mirror-e2e.html';
const MIRROR_HTML = fs.readFileSync(path.join(here, '../fixtures/spin/mirror-002.html'), 'utf8');

/** Which text parts are in the frame's isolated world, where the content script and the parts run. */
const loaded = (sw, url) =>
  sw.evaluate(async (u) => {
    const [tab] = await chrome.tabs.query({ url: u + '*' });
    const [{ result }] = await chrome.scripting.executeScript({
      target: { tabId: tab.id },
      func: () => ({
        spin: typeof globalThis['__jingduPart:spin'] === 'object',
        t2s: typeof globalThis['__jingduPart:t2s'] === 'function',
      }),
    });
    return result;
  }, url);

const bodyText = (page) => page.evaluate(() => document.body.innerText);

export default async function spinChecks(env) {
  const { context, sw, extensionId, pages, check } = env;
  const url = `${pages.huiwen}?from=spin-e2e`;
  const page = await context.newPage();
  const opened = [page];
  try {
    const ready = await check('spin: the 汇文网 page is repaired in place, with the words loaded there', async () => {
      await page.goto(url);
      await page.waitForSelector('html[data-jingdu="clean"]', { state: 'attached', timeout: 10_000 });
      const { result } = await send(sw, url, { type: 'jingdu:result' });
      assert(result.spin?.context === true && result.spin.repairs.length >= 104, `spin: ${JSON.stringify(result.spin)?.slice(0, 200)}`);
      const text = await bodyText(page);
      assert(text.includes('慰问团走访慰问了省军区') && !text.includes('慰征询'), 'the page still shows 慰征询');
      const parts = await loaded(sw, url);
      assert(parts.spin && !parts.t2s, `loaded: ${JSON.stringify(parts)}`);
      return `${result.spin.repairs.length} repairs`;
    });
    if (!ready) return;

    await check('spin: the popup lists the repairs, flashes one in the page, and shows the spun original', async () => {
      const tabId = await sw.evaluate((u) => chrome.tabs.query({ url: u }).then((t) => t[0]?.id), url);
      const popup = await context.newPage();
      opened.push(popup);
      await popup.addInitScript(() => Object.defineProperty(navigator, 'language', { get: () => 'zh-CN' }));
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      const total = await popup.textContent('[data-testid="spin-total"]', { timeout: 10_000 });
      assert(/^已修复 \d+ 处伪原创改写$/.test(total ?? ''), `heading ${JSON.stringify(total)}`);
      const items = await popup.locator('[data-testid="spin-item"]').count();
      assert(items >= 104, `${items} items listed`);
      await popup.locator('[data-testid="spin-item"]').nth(20).click();
      await page.waitForFunction(
        () => document.querySelector('[data-jingdu-flash], .jingdu-flash') || document.getAnimations().length > 0,
        null,
        { timeout: 3_000 },
      );
      await popup.click('[data-testid="spin-show-spun"]');
      await page.waitForFunction(() => document.body.innerText.includes('慰征询'), null, { timeout: 5_000 });
      await popup.click('[data-testid="spin-show-spun"]');
      await page.waitForFunction(() => !document.body.innerText.includes('慰征询'), null, { timeout: 5_000 });
    });

    await check('spin: showing the original gives the page back exactly, spun view or not', async () => {
      await send(sw, url, { type: 'jingdu:show-original' });
      const original = await page.evaluate(() => document.documentElement.outerHTML);
      assert(original.includes('慰征询'), 'the original page lost its own words');
      await send(sw, url, { type: 'jingdu:clean' });
      await send(sw, url, { type: 'jingdu:spin-view', spun: true });
      await send(sw, url, { type: 'jingdu:show-original' });
      const again = await page.evaluate(() => document.documentElement.outerHTML);
      assert(again === original, 'the restored page differs from the original');
    });

    await check('spin: a page without spin loads neither the words nor OpenCC', async () => {
      const other = await context.newPage();
      opened.push(other);
      await other.goto(pages.pinyin);
      await other.waitForSelector('html[data-jingdu="clean"]', { state: 'attached', timeout: 10_000 });
      const { result } = await send(sw, pages.pinyin, { type: 'jingdu:result' });
      assert(!result.spin && !result.script, `spin ${JSON.stringify(result.spin)}, script ${JSON.stringify(result.script)}`);
      const parts = await loaded(sw, pages.pinyin);
      assert(!parts.spin && !parts.t2s, `loaded: ${JSON.stringify(parts)}`);
    });

    await check('t2s: a traditional mirror with pinyin on a 范文 host is converted to simplified, pinyin gone', async () => {
      const mirror = await context.newPage();
      opened.push(mirror);
      await mirror.route(MIRROR_URL, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: MIRROR_HTML }));
      await mirror.goto(MIRROR_URL);
      await mirror.waitForSelector('html[data-jingdu="clean"]', { state: 'attached', timeout: 10_000 });
      const text = await bodyText(mirror);
      assert(text.includes('赣州是全国著名的革命老区') && !text.includes('(quánguó)'), `shown: ${text.slice(0, 160)}`);
      const { result } = await send(sw, MIRROR_URL, { type: 'jingdu:result' });
      assert(result.script?.converted === true, `script: ${JSON.stringify(result.script)}`);
      const parts = await loaded(sw, MIRROR_URL);
      assert(parts.t2s, `loaded: ${JSON.stringify(parts)}`);
    });
  } finally {
    for (const p of opened) await p.close().catch(() => {});
  }
}
