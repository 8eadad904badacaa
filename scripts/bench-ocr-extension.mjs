// `npm run bench:ocr:extension`: the OCR benchmark pages (scripts/ocr/pages.ts) read by the built extension
// itself, as a user starts it: a fake 原创力 page shows them as page images, the run is started as the popup
// starts it, and each page's seconds are timed from the run's progress (Chrome's OCR page: offscreen,
// cross-origin isolated, two threads). A small page read first loads the models, so no page's time
// includes them. `npm run bench:ocr:extension` builds it first. Env: OCR_PAGES=name,name (a subset).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, EXT, launch, startServer, suiteEnv } from '../e2e/harness.mjs';
import { send, until } from '../e2e/helpers.mjs';
import { BENCH_PAGES, renderPage } from './ocr/pages.ts';

const HOST = 'max.book118.com';
const URL = `http://${HOST}/html/2026/1203/ocr-bench.shtm`;
const WARM_UP = path.resolve(import.meta.dirname, '../fixtures/ocr/page-1.jpg');
const SECONDS = 8;
const PAGE_TIMEOUT = 120_000;

if (!fs.existsSync(path.join(EXT, 'manifest.json'))) {
  console.error(`no built extension at ${EXT}: run \`npx wxt build\` first`);
  process.exit(2);
}
const only = process.env.OCR_PAGES?.split(',');
const specs = BENCH_PAGES.filter((p) => !only || only.includes(p.name));

const renderer = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
const pages = [];
for (const spec of specs) pages.push(await renderPage(renderer, spec));
await renderer.close();

const images = ['/bench/warm-up.jpg', ...pages.map((p) => `/bench/${p.spec.name}.jpg`)];
const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>双拥工作总结-原创力文档</title></head><body>
<h1 class="title">双拥工作总结</h1>
<div class="webpreview">${images.map((src) => `<div class="page"><img src="${src}" width="800" alt=""></div>`).join('\n')}</div>
</body></html>`;

const server = await startServer();
const port = server.address().port;
const rules = `MAP * 127.0.0.1:${port}`;
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jingdu-bench-ocr-'));
const holder = { browser: await launch(userDataDir, rules) };
const env = suiteEnv(holder.browser, userDataDir, rules, holder, () => {});
let fails = 0;
try {
  env.serve(URL, html);
  env.serve(`http://${HOST}${images[0]}`, fs.readFileSync(WARM_UP), 'image/jpeg');
  pages.forEach((p, i) => env.serve(`http://${HOST}${images[i + 1]}`, p.jpeg, 'image/jpeg'));
  const tab = await env.context.newPage();
  await tab.goto(URL);
  await until(
    () => send(env.sw, URL, { type: 'jingdu:result' }).catch(() => null),
    (r) => r?.result,
    10_000,
    'an answer from the content script',
  );
  await send(env.sw, URL, { type: 'jingdu:ocr', action: 'start' });
  // When each page's text arrived: the run's count of pages done, polled.
  const doneAt = [performance.now()];
  for (let last = performance.now(); ; await tab.waitForTimeout(50)) {
    const s = await send(env.sw, URL, { type: 'jingdu:ocr', action: 'status' });
    while (doneAt.length <= s.done) doneAt.push((last = performance.now()));
    if (!s.running) break;
    if (performance.now() - last > PAGE_TIMEOUT) throw new Error(`no page done within ${PAGE_TIMEOUT / 1000} s: ${JSON.stringify(s)}`);
  }
  console.log(
    `OCR bench in the extension (${path.relative(process.cwd(), EXT)}, Chromium's OCR page); models loaded on a warm-up page in ${((doneAt[1] - doneAt[0]) / 1000).toFixed(1)} s`,
  );
  console.log('page                 width  chars  seconds  ok');
  pages.forEach((p, i) => {
    const seconds = (doneAt[i + 2] - doneAt[i + 1]) / 1000;
    const ok = seconds <= SECONDS;
    if (!ok) fails++;
    const chars = p.truth.replace(/\s+/g, '').length;
    console.log(
      `${p.spec.name.padEnd(20)} ${String(p.spec.width).padStart(5)} ${String(chars).padStart(6)} ${seconds.toFixed(1).padStart(8)}  ${ok ? 'yes' : 'NO'}`,
    );
  });
  // The page's text is cleaned text (chunk markers such as 12、 gone, spin repaired), not the recogniser's
  // lines: character error is the engine's, measured by `npm run bench:ocr` on the same pages.
  console.log(`budget: ≤ ${SECONDS} s a page`);
} finally {
  await holder.browser.ctx.close().catch(() => {});
  server.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
process.exitCode = fails ? 1 : 0;
