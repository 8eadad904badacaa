// A first look at JingDu in one command: `npm run demo`.
//
// Builds the extension, serves the bundled sample pages (fixtures/gold) under their real 文库 host
// names from a loopback server (Chromium's --host-resolver-rules, as the e2e does: no root, no
// /etc/hosts), starts Debian's Chromium with the extension and a profile in a temp folder, and opens
// each page, cleaned, with its popup beside it.
// With a display ($DISPLAY or $WAYLAND_DISPLAY) the browser window stays open until you close it.
// Without one it runs headless, writes screenshots of every page and popup, prints their paths and
// exits. Env: CHROMIUM_PATH (default /usr/bin/chromium), DEMO_HEADLESS=1 to force headless,
// DEMO_LANG=en for the English UI (default 中文).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXT = path.join(root, '.output', 'chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const headed = !process.env.DEMO_HEADLESS && Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

// The gold pages the content script cleans; the pinyin reprint is served under a 范文 site it knows.
const PAGES = [
  { fixture: 'pub-31doc-compilation', url: 'http://www.31doc.com/p-3061754.html' },
  { fixture: 'pub-huiwen-summary', url: 'http://www.huiwenwang.cn/doc/12345678.html' },
  { fixture: 'pub-pinyin-blog', url: 'http://www.ruiwen.com/post/2315.html' },
].map((p) => ({
  ...p,
  name: p.fixture.replace(/^pub-/, ''),
  html: fs.readFileSync(path.join(root, 'fixtures', 'gold', p.fixture, 'page.html')),
}));

const say = (s) => console.log(`demo: ${s}`);
const fail = (s) => {
  console.error(`demo: ${s}`);
  process.exit(1);
};

function build() {
  say('building the extension (wxt build)…');
  const wxt = path.join(root, 'node_modules', '.bin', 'wxt');
  const r = spawnSync(wxt, ['build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) fail(`the build failed (exit ${r.status ?? r.signal}); run \`npx wxt build\` to see why`);
  say(`built ${path.relative(root, EXT)}`);
}

function serve() {
  const server = http.createServer((req, res) => {
    const host = String(req.headers.host ?? '').replace(/:\d+$/, '');
    const page = PAGES.find(
      (p) => new URL(p.url).host === host && new URL(p.url).pathname === new URL(req.url ?? '/', 'http://x').pathname,
    );
    if (!page) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not part of the demo\n');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page.html);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

async function main() {
  if (!fs.existsSync(CHROMIUM)) fail(`no Chromium at ${CHROMIUM}: \`apt-get install -y chromium\` or set CHROMIUM_PATH`);
  build();
  const server = await serve();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'jingdu-demo-profile-'));
  const shots = headed ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'jingdu-demo-'));
  say(`${headed ? 'opening Chromium' : 'no display: running Chromium headless'} with a fresh profile (${profile})`);
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: !headed,
    viewport: headed ? null : { width: 1100, height: 800 },
    // The browser in Chinese, as JingDu's users have it (DEMO_LANG=en for the English UI).
    locale: process.env.DEMO_LANG === 'en' ? 'en-US' : 'zh-CN',
    args: [
      `--disable-extensions-except=${EXT}`,
      `--load-extension=${EXT}`,
      `--host-resolver-rules=MAP * 127.0.0.1:${server.address().port}`,
      '--no-proxy-server',
      '--no-first-run',
      `--lang=${process.env.DEMO_LANG === 'en' ? 'en-US' : 'zh-CN'}`,
    ],
  });
  const cleanup = () => {
    server.close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  // Ctrl-C ends the demo as closing the window does, and leaves no profile behind.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(
      signal,
      () =>
        void ctx
          .close()
          .catch(() => {})
          .finally(() => (cleanup(), process.exit(130))),
    );
  }
  try {
    const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15_000 }));
    const id = new URL(sw.url()).host;
    const written = [];
    for (const p of PAGES) {
      const page = await ctx.newPage();
      await page.goto(p.url, { waitUntil: 'domcontentloaded' });
      const cleaned = await page.waitForSelector('html[data-jingdu="clean"]', { state: 'attached', timeout: 15_000 }).then(
        () => true,
        () => false,
      );
      say(`${p.url}: ${cleaned ? 'cleaned' : 'not cleaned within 15 s'}`);
      const tabId = await sw.evaluate((u) => chrome.tabs.query({ url: u }).then((t) => t[0]?.id), p.url);
      const popup = await ctx.newPage();
      if (!headed) await popup.setViewportSize({ width: 400, height: 640 });
      await popup.goto(`chrome-extension://${id}/popup.html?tabId=${tabId}`);
      await popup.waitForSelector('[data-testid="ready"], [data-testid="error"]', { timeout: 10_000 }).catch(() => {});
      if (shots) {
        const pageShot = path.join(shots, `${p.name}-page.png`);
        const popupShot = path.join(shots, `${p.name}-popup.png`);
        await page.screenshot({ path: pageShot });
        await popup.screenshot({ path: popupShot });
        written.push(pageShot, popupShot);
      }
    }
    if (shots) {
      say('screenshots:');
      for (const f of written) console.log(`  ${f}`);
      await ctx.close();
      return;
    }
    say(
      'the pages and their popups are open in the browser; in the page, the toolbar button opens the popup. Close the window to end the demo.',
    );
    await new Promise((resolve) => ctx.on('close', resolve));
  } finally {
    await ctx.close().catch(() => {});
    cleanup();
  }
}

await main();
