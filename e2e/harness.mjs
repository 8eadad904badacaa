// The e2e harness, for e2e/run.mjs: where things are, the pages served (by host), the local server that
// answers every host name, the browser launched with the built extension, and the environment each
// feature suite (e2e/*.e2e.mjs) gets.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '..');
export const EXT = path.join(root, '.output', 'chrome-mv3');
const GOLD = path.join(root, 'fixtures', 'gold');
export const OUT = path.join(here, 'out');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const SW_TIMEOUT = 15_000; // the extension's service worker must register within this
export const MARKER_TIMEOUT = 10_000; // html[data-jingdu=…] must appear within this
export const MESSAGE_TIMEOUT = 10_000; // a reply to tabs.sendMessage
// The whole run; a hang becomes a failure, not a stuck CI job. About 4 minutes on a quiet 2-core machine,
// 5 on a loaded one, with the text-repair and OCR suites: room for a slow spell.
export const WATCHDOG = 480_000;

/** Each case: the real URL the browser loads, and the fixture files served for it. */
export const CASES = [
  { name: '31doc', key: 'doc31', host: 'www.31doc.com', path: '/p-3061754.html', fixture: 'pub-31doc-compilation' },
  { name: 'huiwenwang', key: 'huiwen', host: 'www.huiwenwang.cn', path: '/doc/12345678.html', fixture: 'pub-huiwen-summary' },
  // A reprint with inline pinyin, served under a 范文 host so that the content script runs on it.
  { name: 'pinyin', key: 'pinyin', host: 'www.ruiwen.com', path: '/post/2315.html', fixture: 'pub-pinyin-blog' },
  // A hostile 文库 page (XSS corpus, fixtures/xss/) for e2e/security.e2e.mjs.
  { name: 'xss', key: 'xss', host: 'www.31doc.com', path: '/p-9000001.html', fixture: '../xss' },
].map((c) => ({
  ...c,
  url: `http://${c.host}${c.path}`,
  html: fs.readFileSync(path.join(GOLD, c.fixture, 'page.html')),
  gold: JSON.parse(fs.readFileSync(path.join(GOLD, c.fixture, 'gold.json'), 'utf8')),
}));

export const withTimeout = (promise, ms, what) => {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
};

// ---------- the local server ----------
export const requests = new Map(); // host -> number of page requests it answered
export const generated = new Map(); // url -> { body, type } of pages (and images) a suite builds
export function startServer() {
  const server = http.createServer((req, res) => {
    const host = String(req.headers.host ?? '').replace(/:\d+$/, '');
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const c = CASES.find((k) => k.host === host && k.path === pathname) ?? generated.get(`http://${host}${pathname}`) ?? null;
    if (!c) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`not found: ${host}${pathname}\n`);
      return;
    }
    requests.set(host, (requests.get(host) ?? 0) + 1);
    requests.set(`${host}${pathname}`, (requests.get(`${host}${pathname}`) ?? 0) + 1);
    res.writeHead(200, { 'content-type': c.type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(c.html ?? c.body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

// ---------- the browser ----------
export async function launch(userDataDir, rules) {
  const ctx = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: !process.env.E2E_HEADED,
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${EXT}`,
      `--load-extension=${EXT}`,
      `--host-resolver-rules=${rules}`,
      '--no-proxy-server', // everything goes to the local server, whatever the machine's proxy settings
      '--disable-gpu',
    ],
  });
  const sw =
    ctx.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await ctx
      .waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith('chrome-extension://'), timeout: SW_TIMEOUT })
      .catch(async () => {
        await ctx.close().catch(() => {});
        throw new Error(`no extension service worker within ${SW_TIMEOUT / 1000} s; did ${EXT} load?`);
      }));
  return { ctx, sw, extensionId: new URL(sw.url()).host };
}

/** Feature suites (e2e/*.e2e.mjs) each export one function that takes this environment. */
export function suiteEnv(browser, userDataDir, rules, holder, check) {
  return {
    context: browser.ctx,
    sw: browser.sw,
    extensionId: browser.extensionId,
    pages: Object.fromEntries(CASES.map((c) => [c.key, c.url])),
    check,
    /** Serves html (or a body of another type) at url (any host name reaches the local server) for the rest of the run. */
    serve: (url, body, type) => generated.set(url, { body, type }),
    /** How many requests the local server answered for host + path (e.g. 'max.book118.com/p/1.jpg'). */
    requests: (hostPath) => requests.get(hostPath) ?? 0,
    outDir: OUT,
    userDataDir,
    relaunch: async () => {
      await browser.ctx.close();
      const next = await launch(userDataDir, rules);
      holder.browser = next;
      return suiteEnv(next, userDataDir, rules, holder, check);
    },
  };
}
