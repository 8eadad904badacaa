// Parts loaded on demand, in real Chromium: the content script alone cleans a page that its host
// rules or dominant container settle; Readability is injected only into a page that needs it, the
// reader overlay only when the reader opens, and the page then reads as the Node command reads it.
// Run by e2e/run.mjs with env = { context, sw, pages, check }.

import { assert, send } from './helpers.mjs';

// Served under a known host (page.route), so that the content script runs: no child of <body> holds
// most of the text, which leaves locate() only Readability.
const SPREAD_URL = 'http://www.31doc.com/p-9000002.html';
const para = (s) => `<p>${s.repeat(12)}</p>`;
const SPREAD_HTML = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>双拥工作总结</title></head><body>
<div class="a">${para('本市开展双拥工作,成效显著。')}</div><div class="b">${para('全年救助困难军人二十七人。')}</div><div class="c"><p>首页</p></div>
</body></html>`;

/** Which parts are in the frame's isolated world, where the content script and the parts run. */
const loaded = (sw, url) =>
  sw.evaluate(async (u) => {
    const [tab] = await chrome.tabs.query({ url: u + '*' });
    const [{ result }] = await chrome.scripting.executeScript({
      target: { tabId: tab.id },
      func: () => ({
        pinyin: typeof globalThis['__jingduPart:pinyin'] === 'function',
        readability: typeof globalThis['__jingduPart:readability'] === 'function',
        reader: typeof globalThis.__jingduReader === 'function',
      }),
    });
    return result;
  }, url);

export default async function partsChecks(env) {
  const { context, sw, pages, check } = env;
  const page = await context.newPage();
  try {
    await check('parts: a page the host rules settle is cleaned by the content script alone', async () => {
      await page.goto(pages.huiwen);
      await page.waitForSelector('html[data-jingdu="clean"]', { timeout: 10_000 });
      const parts = await loaded(sw, pages.huiwen);
      assert(!parts.readability && !parts.reader && !parts.pinyin, `loaded: ${JSON.stringify(parts)}`);
    });

    await check('parts: the reader overlay is injected when the reader opens', async () => {
      const status = await send(sw, pages.huiwen, { type: 'jingdu:reader', open: true });
      assert(status.readerOpen === true, `status.readerOpen = ${status.readerOpen}`);
      await page.locator('jingdu-reader .jd-reader').waitFor({ state: 'visible', timeout: 5_000 });
      const parts = await loaded(sw, pages.huiwen);
      assert(parts.reader && !parts.readability, `loaded: ${JSON.stringify(parts)}`);
    });

    await check('parts: Readability is injected into a page that needs it', async () => {
      await page.route(SPREAD_URL, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: SPREAD_HTML }));
      await page.goto(SPREAD_URL);
      const { result } = await send(sw, SPREAD_URL, { type: 'jingdu:result' });
      assert(result.reasons.includes('content via readability'), `reasons: ${JSON.stringify(result.reasons)}`);
      assert(result.text.includes('成效显著') && result.text.includes('二十七人'), `text: ${result.text.slice(0, 200)}`);
      const parts = await loaded(sw, SPREAD_URL);
      assert(parts.readability && !parts.reader, `loaded: ${JSON.stringify(parts)}`);
    });
  } finally {
    await page.close().catch(() => {});
  }
}
