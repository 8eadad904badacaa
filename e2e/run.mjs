// Real-browser e2e for 净读 JingDu.
//
// Serves saved 文库 pages (e2e/fixtures/) from a local http server, starts Debian's Chromium
// (/usr/bin/chromium, via playwright-core; no browser download) with the built extension
// (.output/chrome-mv3) and `--host-resolver-rules`, so that http://www.31doc.com/… reaches the local
// server while the extension sees the real URL and its content script (real hosts only) runs.
//
// For each page: the content script must clean it (html[data-jingdu="clean"]), the gold noise must be
// gone from the visible text while the gold content stays, no tone-marked (pinyin) annotation is left;
// "show original" must restore <body> exactly as it was at DOMContentLoaded; "clean" must clean again.
//
// Usage: npm run e2e   (= wxt build && node e2e/run.mjs)
// Env:   CHROMIUM_PATH (default /usr/bin/chromium), E2E_HEADED=1 to watch, E2E_ONLY=lazy to run the
//        page checks and only the suites whose file name starts with it.
// Exit:  0 when every check is ok, 1 otherwise. Screenshots go to e2e/out/ (gitignored).

import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { assert, checks, firstDifference } from './helpers.mjs';
import { norm, pinyinResidue } from './score-text.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const EXT = path.join(root, '.output', 'chrome-mv3');
const GOLD = path.join(root, 'fixtures', 'gold');
const OUT = path.join(here, 'out');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const SW_TIMEOUT = 15_000; // the extension's service worker must register within this
const MARKER_TIMEOUT = 10_000; // html[data-jingdu=…] must appear within this
const MESSAGE_TIMEOUT = 10_000; // a reply to tabs.sendMessage
// The whole run; a hang becomes a failure, not a stuck CI job. About 4 minutes on a quiet 2-core machine,
// 5 on a loaded one, with the text-repair and OCR suites: room for a slow spell.
const WATCHDOG = 480_000;

/** Each case: the real URL the browser loads, and the fixture files served for it. */
const CASES = [
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


const withTimeout = (promise, ms, what) => {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
};

// ---------- reporting ----------
const { check, results } = checks();

// ---------- the local server ----------
const requests = new Map(); // host -> number of page requests it answered
const generated = new Map(); // url -> { body, type } of pages (and images) a suite builds
function startServer() {
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

// ---------- one page ----------
async function runCase(ctx, sw, c) {
  const label = (s) => `${c.name}: ${s}`;
  const page = await ctx.newPage();
  // Runs in the page's main world before any page script. The content script runs at document_idle in
  // its isolated world, i.e. after DOMContentLoaded, so this is <body> as the site delivered it.
  await page.addInitScript(() => {
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        window.__before = document.body.innerHTML;
        window.__markerAtDCL = document.documentElement.getAttribute('data-jingdu');
      },
      { once: true },
    );
  });

  const send = (msg) =>
    withTimeout(
      sw.evaluate(
        async ({ url, msg }) => {
          const tabs = await chrome.tabs.query({ url });
          if (tabs.length !== 1) throw new Error(`expected 1 tab for ${url}, found ${tabs.length}`);
          return chrome.tabs.sendMessage(tabs[0].id, msg);
        },
        { url: c.url, msg },
      ),
      MESSAGE_TIMEOUT,
      `tabs.sendMessage ${msg.type}`,
    );
  const marker = (state) =>
    page
      .waitForSelector(`html[data-jingdu="${state}"]`, { state: 'attached', timeout: MARKER_TIMEOUT })
      .catch(async () => {
        const now = await page.evaluate(() => document.documentElement.getAttribute('data-jingdu')).catch(() => '?');
        throw new Error(
          `html[data-jingdu="${state}"] did not appear within ${MARKER_TIMEOUT / 1000} s (data-jingdu is ${JSON.stringify(now)}); ` +
            'is the content script built and matching this host?',
        );
      });
  const visibleText = () => page.evaluate(() => document.body.innerText);
  const noiseLeft = (text) => c.gold.noise.filter((n) => text.includes(norm(n)));
  const contentMissing = (text, spun = '') => c.gold.content.filter((s) => !text.includes(norm(s)) && !spun.includes(norm(s)));

  try {
    const loaded = await check(label(`loads ${c.url} from the local server`), async () => {
      const before = requests.get(c.host) ?? 0;
      const res = await page.goto(c.url, { waitUntil: 'domcontentloaded', timeout: 15_000 });
      assert(res?.status() === 200, `HTTP status ${res?.status()}`);
      assert(page.url() === c.url, `the page's URL is ${page.url()}`);
      assert((requests.get(c.host) ?? 0) > before, `the local server saw no request with Host ${c.host}`);
      const snap = await page.evaluate(() => ({ before: window.__before, marker: window.__markerAtDCL }));
      assert(typeof snap.before === 'string' && snap.before.length > 0, 'no <body> snapshot at DOMContentLoaded');
      assert(snap.marker === null, `data-jingdu was already ${JSON.stringify(snap.marker)} at DOMContentLoaded`);
      return `HTTP 200, body snapshot ${snap.before.length} chars`;
    });
    if (!loaded) return;

    const cleaned = await check(label('content script cleans the page (data-jingdu="clean")'), async () => {
      const t0 = Date.now();
      await marker('clean');
      return `after ${Date.now() - t0} ms`;
    });
    if (!cleaned) return;

    const checkCleaned = async (when) => {
      const text = norm(await visibleText());
      // A spun page shows repaired words; the gold quotes the page as written, which the spin view shows.
      const { result } = await send({ type: 'jingdu:result' });
      let spun = '';
      if (result?.spin) {
        await send({ type: 'jingdu:spin-view', spun: true });
        spun = norm(await visibleText());
        await send({ type: 'jingdu:spin-view', spun: false });
      }
      await check(label(`${when}: gold noise gone from the visible text`), () => {
        const left = noiseLeft(text);
        assert(left.length === 0, `${left.length} of ${c.gold.noise.length} still visible: ${JSON.stringify(left)}`);
        return `${c.gold.noise.length} strings`;
      });
      await check(label(`${when}: gold content still visible`), () => {
        const missing = contentMissing(text, spun);
        assert(missing.length === 0, `${missing.length} of ${c.gold.content.length} missing: ${JSON.stringify(missing)}`);
        return `${c.gold.content.length} strings`;
      });
    };
    await checkCleaned('cleaned');
    await check(label('cleaned: no tone-marked (pinyin) annotation'), async () => {
      const left = pinyinResidue(await visibleText());
      assert(left.length === 0, `${left.length} left: ${JSON.stringify(left.slice(0, 10))}`);
    });
    await check(label('screenshot of the cleaned page'), async () => {
      const file = path.join(OUT, `${c.name}-clean.png`);
      // caret: 'initial' keeps Playwright from touching the page's inline styles (its caret hiding leaves
      // style="" behind, which the exact-restore check below would then see).
      await page.screenshot({ path: file, fullPage: true, caret: 'initial' });
      return path.relative(root, file);
    });

    const shown = await check(label('"show original" (data-jingdu="original")'), async () => {
      const reply = await send({ type: 'jingdu:show-original' });
      assert(reply?.state === 'original', `reply ${JSON.stringify(reply)}`);
      await marker('original');
      return `reply state "${reply.state}"`;
    });
    if (shown) {
      await check(label('original: <body> is exactly as at DOMContentLoaded'), async () => {
        const { before, now } = await page.evaluate(() => ({ before: window.__before, now: document.body.innerHTML }));
        assert(now === before, `body.innerHTML differs from the snapshot: ${firstDifference(before, now)}`);
        return `${now.length} chars identical`;
      });
      await check(label('original: the noise is visible again'), async () => {
        const back = noiseLeft(norm(await visibleText()));
        assert(back.length > 0, 'none of the gold noise strings is visible after "show original"');
        return `${back.length} of ${c.gold.noise.length}`;
      });
    }

    const again = await check(label('"clean" cleans again (data-jingdu="clean")'), async () => {
      const reply = await send({ type: 'jingdu:clean' });
      assert(reply?.state === 'clean', `reply ${JSON.stringify(reply)}`);
      await marker('clean');
      return `reply state "${reply.state}", site ${JSON.stringify(reply.site)}`;
    });
    if (again) await checkCleaned('cleaned again');
  } finally {
    await page.close().catch(() => {});
  }
}

// ---------- the browser ----------
async function launch(userDataDir, rules) {
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
function suiteEnv(browser, userDataDir, rules, holder) {
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
      return suiteEnv(next, userDataDir, rules, holder);
    },
  };
}

// ---------- main ----------
async function main() {
  const started = Date.now();
  const preflight = [
    [fs.existsSync(path.join(EXT, 'manifest.json')), `no built extension at ${EXT}: run \`npx wxt build\` (or \`npm run e2e\`)`],
    [fs.existsSync(CHROMIUM), `no Chromium at ${CHROMIUM}: \`apt-get install -y chromium\` or set CHROMIUM_PATH`],
  ];
  for (const [ok, message] of preflight) {
    if (!ok) {
      console.error(`e2e: ${message}`);
      process.exitCode = 1;
      return;
    }
  }
  fs.mkdirSync(OUT, { recursive: true });

  let server;
  const holder = { browser: null };
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jingdu-e2e-'));
  const watchdog = setTimeout(() => {
    console.log(`FAIL  the run did not finish within ${WATCHDOG / 1000} s; giving up`);
    process.exitCode = 1;
    Promise.allSettled([holder.browser?.ctx.close(), server && new Promise((r) => server.close(r))]).finally(() => process.exit(1));
  }, WATCHDOG);
  watchdog.unref();

  try {
    server = await startServer();
    const { port } = server.address();
    // evil.test is the XSS corpus's marker host: a leak must be seen by the suite, never leave the machine.
    // Every host name reaches the local server (suites serve corpus pages under their real hosts); the
    // rules apply in order, so evil.test stays unresolvable.
    const rules = ['MAP evil.test ~NOTFOUND', `MAP * 127.0.0.1:${port}`].join(',');
    console.log(`e2e: server http://127.0.0.1:${port}, Chromium ${CHROMIUM}, extension ${path.relative(root, EXT)}`);

    const ready = await check('extension service worker starts', async () => {
      holder.browser = await launch(userDataDir, rules);
      const manifest = await holder.browser.sw.evaluate(() => chrome.runtime.getManifest());
      return `id ${holder.browser.extensionId}, ${manifest.name} ${manifest.version}`;
    });

    if (ready) {
      for (const c of CASES) await runCase(holder.browser.ctx, holder.browser.sw, c);
      const only = process.env.E2E_ONLY;
      const suites = fs.readdirSync(here).filter((f) => f.endsWith('.e2e.mjs') && (!only || f.startsWith(only))).sort();
      for (const file of suites) {
        console.log(`-- ${file}`);
        const { default: suite } = await import(path.join(here, file));
        await check(`${file} ran to the end`, () => suite(suiteEnv(holder.browser, userDataDir, rules, holder)));
      }
    }
  } catch (err) {
    await check('harness', () => {
      throw err;
    });
  } finally {
    clearTimeout(watchdog);
    await holder.browser?.ctx.close().catch(() => {});
    fs.rmSync(userDataDir, { recursive: true, force: true });
    if (server) {
      server.closeAllConnections?.();
      await new Promise((r) => server.close(r));
    }
  }

  const failed = results.filter((r) => !r.ok).length;
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    failed
      ? `e2e: FAILED: ${failed} of ${results.length} checks failed (${secs} s)`
      : `e2e: all ${results.length} checks ok (${secs} s)`,
  );
  process.exitCode = failed ? 1 : 0;
}

await main();
