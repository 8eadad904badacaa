// Read image pages (OCR), in real Chromium: a fake 原创力 (book118) page that shows its document as page
// images (four small pages of text, a blank one and a corrupt one). From the popup: progress, stop,
// "no text found on page n", then the reader, outline, figures and copy come from the recognised text;
// the page's main thread stays responsive (its longest task printed); a reload reads from the cache.
// Run by e2e/run.mjs with env = { context, sw, extensionId, check, serve, requests, outDir }.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { assert, send } from './helpers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.resolve(here, '..', 'fixtures', 'ocr');
const HOST = 'max.book118.com';
const URL = `http://${HOST}/html/2026/1202/ocr-e2e.shtm`;
const TEXT_PAGES = 4;
const IMAGES = ['/ocr/p1.jpg', '/ocr/p2.jpg', '/ocr/p3.jpg', '/ocr/p4.jpg', '/ocr/blank.png', '/ocr/corrupt.jpg'];
const ALL = IMAGES.length;
const RUN_TIMEOUT = 180_000;

/** A white 800×360 PNG: a page with no text on it. */
function blankPng() {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const tail = Buffer.alloc(4);
    tail.writeUInt32BE(crc(body));
    return Buffer.concat([head, body, tail]);
  };
  const [w, h] = [800, 360];
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc((w * 3 + 1) * h, 0xff);
  for (let y = 0; y < h; y++) rows[y * (w * 3 + 1)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const HTML = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>2023年双拥工作总结-原创力文档</title></head><body>
<div class="header"><a href="/">原创力文档</a> <a href="/vip">开通VIP</a></div>
<h1 class="title">2023年双拥工作总结</h1>
<div class="webpreview-text">2023年双拥工作总结。本文档共6页，可预览6页。</div>
<div class="webpreview">${IMAGES.map((src) => `<div class="page"><img src="${src}" width="800" alt=""></div>`).join('\n')}</div>
<div class="footer">下载本文档需要10积分</div>
</body></html>`;

const norm = (s) => s.normalize('NFKC').replace(/\s+/g, '');
/** Levenshtein distance ÷ truth length, over NFKC text without whitespace (as utils/ocr/score.ts). */
function characterError(truth, read) {
  const a = [...norm(truth)];
  const b = [...norm(read)];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length] / a.length;
}

/** Records the page's long tasks (its main thread), from before any of its scripts run. */
const watchLongTasks = () => {
  window.__longtasks = [];
  new PerformanceObserver((list) => window.__longtasks.push(...list.getEntries().map((e) => e.duration))).observe({
    type: 'longtask',
    buffered: true,
  });
};

export default async function ocrChecks(env) {
  const { context, sw, extensionId, check, serve, requests, outDir } = env;
  serve(URL, HTML);
  for (let i = 0; i < TEXT_PAGES; i++)
    serve(`http://${HOST}${IMAGES[i]}`, fs.readFileSync(path.join(FIXTURES, `page-${i + 1}.jpg`)), 'image/jpeg');
  serve(`http://${HOST}${IMAGES[TEXT_PAGES]}`, blankPng(), 'image/png');
  serve(`http://${HOST}${IMAGES[TEXT_PAGES + 1]}`, Buffer.from('this is not a JPEG'), 'image/jpeg');
  const truth = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'truth.json'), 'utf8'));

  const page = await context.newPage();
  await page.addInitScript(watchLongTasks);
  let popup = null;
  const openPopup = async () => {
    await popup?.close().catch(() => {});
    const tabId = await sw.evaluate((u) => chrome.tabs.query({ url: u }).then((t) => t[0]?.id), URL);
    popup = await context.newPage();
    await popup.addInitScript(() => Object.defineProperty(navigator, 'language', { get: () => 'zh-CN' }));
    await popup.setViewportSize({ width: 400, height: 640 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('[data-testid="ocr-start"]').waitFor({ timeout: 10_000 });
    return popup;
  };
  /** Waits until the run in the page has ended; returns its status. */
  const finished = async () => {
    const started = Date.now();
    for (;;) {
      const s = await send(sw, URL, { type: 'jingdu:ocr', action: 'status' });
      if (!s.running) return { ...s, seconds: (Date.now() - started) / 1000 };
      if (Date.now() - started > RUN_TIMEOUT) throw new Error(`still running after ${RUN_TIMEOUT / 1000} s: ${JSON.stringify(s)}`);
      await page.waitForTimeout(200);
    }
  };

  /** Loads the page and waits for its content script to answer (a page whose preview block is one line is left as it is). */
  const load = async (reload = false) => {
    await (reload ? page.reload() : page.goto(URL));
    for (const started = Date.now(); ; await page.waitForTimeout(100)) {
      const s = await send(sw, URL, { type: 'jingdu:result' }).catch(() => null);
      if (s?.result) return s.result;
      if (Date.now() - started > 10_000) throw new Error('the content script did not answer within 10 s');
    }
  };

  try {
    await check(`ocr: an image page offers 识别图片页 in the popup, with its ${ALL} page images`, async () => {
      const result = await load();
      assert(result.textLayer === 'none' && result.held === 'no-document', `textLayer ${result.textLayer}, held ${result.held}`);
      await openPopup();
      const hint = await popup.locator('[data-testid="ocr-start"]').getAttribute('title');
      assert(hint.includes(String(ALL)), `hint: ${hint}`);
      return (await popup.locator('[data-testid="ocr-start"]').textContent()).trim();
    });

    let stoppedAfter = 0;
    await check('ocr: progress shows page n of N, and stop ends the run after the page being read', async () => {
      await popup.click('[data-testid="ocr-start"]');
      const progress = popup.locator('[data-testid="ocr-progress"]');
      await progress.waitFor({ timeout: 5_000 });
      const shown = (await progress.textContent()).trim();
      assert(shown.startsWith(`第 1 / ${ALL} 页`), `progress: ${shown}`);
      await popup.click('[data-testid="ocr-stop"]');
      const s = await finished();
      assert(s.stopped && s.done < TEXT_PAGES && s.total === ALL, `status: ${JSON.stringify(s)}`);
      stoppedAfter = s.done;
      await popup.locator('[data-testid="ocr-done"]').waitFor({ timeout: 5_000 });
      const said = (await popup.locator('[data-testid="ocr-done"]').textContent()).trim();
      assert(said.includes('已停止'), `popup: ${said}`);
      return `${shown} → ${said}, first page (with model load) ${s.seconds.toFixed(1)} s`;
    });

    await check('ocr: the rest goes on; blank and corrupt pages say no text was found', async () => {
      await popup.click('[data-testid="ocr-start"]');
      const s = await finished();
      assert(s.total === ALL - stoppedAfter && s.done === s.total && !s.stopped, `status: ${JSON.stringify(s)}`);
      assert(JSON.stringify(s.empty) === '[5,6]' && s.failed.length === 0, `empty ${s.empty}, failed ${s.failed}`);
      // The popup draws the run's status on its next poll: the last page's news may come a moment after the run ends.
      const empty = popup.locator('[data-testid="ocr-empty"]');
      await empty.waitFor({ timeout: 5_000 });
      let said = '';
      for (const until = Date.now() + 5_000; Date.now() < until; await popup.waitForTimeout(100)) {
        said = (await empty.textContent()).trim();
        if (said === '第 5, 6 页未找到文字') break;
      }
      assert(said === '第 5, 6 页未找到文字', `popup: ${said}`);
      const isolated = await popup.evaluate(() => crossOriginIsolated);
      assert(isolated, 'extension pages are not cross-origin isolated: the OCR page would run on one thread');
      return `${said}; ${s.seconds.toFixed(1)} s for ${s.total} pages; extension pages cross-origin isolated (OCR on 2 threads)`;
    });

    let result;
    await check('ocr: the document is the recognised text (textLayer ocr), under each image, within 5 % character error', async () => {
      ({ result } = await send(sw, URL, { type: 'jingdu:result' }));
      assert(result.textLayer === 'ocr', `textLayer ${result.textLayer}`);
      assert((await page.locator('html[data-jingdu="clean"]').count()) === 1, 'the page was not cleaned once it had text');
      const layers = await page.locator('jingdu-text[data-layer="ocr"]').count();
      assert(layers === TEXT_PAGES, `${layers} text layers`);
      const images = await page
        .locator('.webpreview img')
        .evaluateAll((imgs) => imgs.filter((i) => i.checkVisibility() || !i.naturalWidth).length);
      assert(images === ALL, `${images} of ${ALL} images still shown`);
      const error = characterError(`${result.title}\n${truth.join('\n')}`, result.text);
      assert(error <= 0.05, `character error ${(error * 100).toFixed(1)} %: ${result.text}`);
      return `character error ${(error * 100).toFixed(2)} %, ${result.text.length} chars`;
    });

    await check('ocr: outline and figures come from it, low-confidence figures flagged as such', async () => {
      const headings = result.outline.map((e) => `${e.marker}${e.text}`);
      for (const h of ['总体情况', '主要做法', '存在问题', '下一步打算'])
        assert(
          headings.some((e) => e.includes(h)),
          `no ${h} in the outline ${JSON.stringify(headings)}`,
        );
      const raws = result.figures.map((f) => f.raw);
      assert(raws.some((r) => r.includes('1.2亿元')) && raws.some((r) => r.includes('135人')), `figures ${JSON.stringify(raws)}`);
      const flagged = result.figures.filter((f) => f.lowConfidence).length;
      return `${headings.length} outline entries, ${raws.length} figures (${flagged} flagged low-confidence)`;
    });

    await check('ocr: the page stayed responsive (its longest task while reading)', async () => {
      const longest = await page.evaluate(() => Math.max(0, ...window.__longtasks));
      assert(longest < 1_000, `longest task ${longest} ms`);
      return `longest task ${Math.round(longest)} ms`;
    });

    await check('ocr: copy gives the recognised text', async () => {
      await popup.close();
      await openPopup();
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await popup.evaluate(() => navigator.clipboard.writeText(''));
      await popup.click('[data-testid="copy-text"]');
      let text = '';
      for (const started = Date.now(); !text && Date.now() - started < 5_000; await popup.waitForTimeout(50))
        text = await popup.evaluate(() => navigator.clipboard.readText());
      assert(text === result.text, `clipboard ${JSON.stringify(text.slice(0, 120))}`);
      assert(norm(text).includes(norm('走访慰问驻地部队42次')), 'no OCR text on the clipboard');
      return `${text.length} chars`;
    });

    await check('ocr: the reader shows the recognised text', async () => {
      await send(sw, URL, { type: 'jingdu:reader', open: true });
      const article = page.locator('jingdu-reader .jd-article');
      await article.waitFor({ timeout: 5_000 });
      const shown = await article.innerText();
      assert(norm(shown).includes(norm('帮扶困难军人家庭27户')), `reader: ${shown.slice(0, 200)}`);
      const bar = (await page.locator('jingdu-reader [data-testid="reader-ocr"]').innerText()).trim();
      assert(/\d+ pages read/.test(bar) && bar.includes('No text found on page 5, 6'), `reader's OCR bar: ${bar}`);
      await page.screenshot({ path: path.join(outDir, 'ocr-reader.png') });
      await send(sw, URL, { type: 'jingdu:reader', open: false });
      return `bar "${bar}"; ocr-reader.png`;
    });

    await check('ocr: after a reload the pages come from the cache, without fetching the images again', async () => {
      const before = IMAGES.slice(0, TEXT_PAGES).map((p) => requests(`${HOST}${p}`));
      await load(true);
      const loadedByPage = IMAGES.slice(0, TEXT_PAGES).map((p) => requests(`${HOST}${p}`));
      await send(sw, URL, { type: 'jingdu:ocr', action: 'start' });
      const s = await finished();
      const after = IMAGES.slice(0, TEXT_PAGES).map((p) => requests(`${HOST}${p}`));
      assert(s.cached === TEXT_PAGES && s.done === ALL, `status ${JSON.stringify(s)}`);
      assert(JSON.stringify(after) === JSON.stringify(loadedByPage), `image requests ${before} → ${loadedByPage} (page) → ${after} (OCR)`);
      assert(s.seconds < 5, `${s.seconds} s`);
      const { result: again } = await send(sw, URL, { type: 'jingdu:result' });
      assert(again.text === result.text, 'the cached text differs');
      return `${ALL} pages in ${s.seconds.toFixed(1)} s, ${s.cached} from the cache`;
    });
  } finally {
    await popup?.close().catch(() => {});
    await page.close().catch(() => {});
  }
}
