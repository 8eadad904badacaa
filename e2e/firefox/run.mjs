// Real-browser e2e for 净读 JingDu in Firefox (Debian's firefox-esr), driven by puppeteer-core over
// WebDriver BiDi.
//
// The built add-on (.output/firefox-mv2, `wxt build -b firefox`) is installed as a temporary add-on.
// Its id is fixed (wxt.config.ts), so its moz-extension:// address is pinned before start
// (extensions.webextensions.uuids) and the popup, reader and library pages can be opened as tabs.
// Real host names (http://www.31doc.com/…) reach a loopback HTTP server through Firefox's proxy prefs:
// it serves the gold pages by Host header and path and refuses everything else (Firefox's own
// background requests included), so nothing leaves the machine and no /etc/hosts entry is needed.
// Extension-page and content-script errors reach Firefox's stdout (devtools.console.stdout.*): any
// that names the add-on fails the run.
//
// Usage: npm run e2e:firefox   (= wxt build -b firefox && node e2e/firefox/run.mjs)
// Env:   FIREFOX_PATH (default /usr/bin/firefox-esr), E2E_HEADED=1 to watch.
// Exit:  0 when every check is ok, 1 otherwise. Screenshots go to e2e/out/firefox-*.png.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { assert, checks, firstDifference, recordBodyAtLoad, until } from '../helpers.mjs';
import { norm, pinyinResidue } from '../score-text.mjs';
import canvasChecks from './canvas.mjs';
import libraryChecks from './library.mjs';
import popupChecks from './popup.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const EXT = path.join(root, '.output', 'firefox-mv2');
const GOLD = path.join(root, 'fixtures', 'gold');
const OUT = path.join(root, 'e2e', 'out');
const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const ADDON_ID = 'jingdu@jingdu'; // browser_specific_settings.gecko.id in wxt.config.ts
const UUID = '3b5c4f1e-6a2d-4c8e-9f10-6a696e676475';
const WATCHDOG = 240_000;

/** The gold pages the Chromium e2e serves, under the same real addresses. */
const CASES = [
  { name: '31doc', host: 'www.31doc.com', path: '/p-3061754.html', fixture: 'pub-31doc-compilation' },
  { name: 'huiwenwang', host: 'www.huiwenwang.cn', path: '/doc/12345678.html', fixture: 'pub-huiwen-summary' },
  { name: 'pinyin', host: 'www.ruiwen.com', path: '/post/2315.html', fixture: 'pub-pinyin-blog' },
].map((c) => ({
  ...c,
  url: `http://${c.host}${c.path}`,
  html: fs.readFileSync(path.join(GOLD, c.fixture, 'page.html')),
  gold: JSON.parse(fs.readFileSync(path.join(GOLD, c.fixture, 'gold.json'), 'utf8')),
}));

const { check, results, failed } = checks();
/** Pages a suite serves beside the gold cases, by address (host and path). */
const served = new Map();

// ---------- the loopback proxy ----------
const refused = new Map(); // host -> requests refused
function startProxy() {
  const server = http.createServer((req, res) => {
    // A proxy is asked for absolute URLs; the Host header names the site either way.
    const host = String(req.headers.host ?? '').replace(/:\d+$/, '');
    const pathname = new URL(req.url ?? '/', `http://${host}`).pathname;
    const c = CASES.find((k) => k.host === host && pathname.startsWith(k.path)) ?? served.get(`${host}${pathname}`);
    if (!c) {
      refused.set(host, (refused.get(host) ?? 0) + 1);
      res.writeHead(403, { 'content-type': 'text/plain' }).end('refused by the JingDu e2e proxy\n');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(c.html);
  });
  // https (CONNECT) is refused outright: every fixture is served over http.
  server.on('connect', (req, socket) => {
    refused.set(String(req.url), (refused.get(String(req.url)) ?? 0) + 1);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

// ---------- the browser ----------
function prefs(port, downloads) {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
    'devtools.console.stdout.content': true,
    'devtools.console.stdout.chrome': true,
    // The tests read the clipboard back without the paste prompt a user would see.
    'dom.events.testing.asyncClipboard': true,
    'browser.download.folderList': 2,
    'browser.download.dir': downloads,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    'intl.accept_languages': 'zh-CN, zh, en',
    'intl.locale.requested': 'zh-CN',
    // Fewer of Firefox's own requests for the proxy to refuse.
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'extensions.webcompat.enable_interventions': false,
  };
}

/** Lines of Firefox's stdout/stderr that report an error in the add-on's pages or scripts. */
function watchErrors(proc) {
  const errors = [];
  let rest = '';
  const read = (chunk) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      const ours = line.includes(`moz-extension://${UUID}`) || /jingdu|净读/i.test(line);
      if (ours && /^(JavaScript error|console\.error|\[JavaScript Error)|Error:|error:/.test(line)) errors.push(line.slice(0, 400));
    }
  };
  proc.stdout?.on('data', (d) => read(String(d)));
  proc.stderr?.on('data', (d) => read(String(d)));
  return errors;
}

/**
 * Opens one of the add-on's pages in a new tab. Puppeteer's BiDi navigation never reports a
 * moz-extension:// load as finished, so the page is watched until it is complete.
 */
async function openExtensionPage(browser, page) {
  const tab = await browser.newPage();
  const url = `moz-extension://${UUID}/${page}`;
  tab.goto(url, { timeout: 0 }).catch(() => {});
  await until(
    () => tab.evaluate(() => `${location.href}|${document.readyState}`).catch(() => ''),
    (v) => v === `${url}|complete`,
    10_000,
    `${page} loaded`,
  );
  return tab;
}

// ---------- one page: clean, exact restore, clean again ----------
async function runCase(env, c) {
  const label = (s) => `firefox ${c.name}: ${s}`;
  const page = await env.browser.newPage();
  await page.evaluateOnNewDocument(recordBodyAtLoad);
  const marker = (state) => page.waitForSelector(`html[data-jingdu="${state}"]`, { timeout: 10_000 });
  const text = async () => norm(await page.evaluate(() => document.body.innerText));
  const noiseLeft = (t) => c.gold.noise.filter((n) => t.includes(norm(n)));
  try {
    const cleaned = await check(label(`${c.url} is served and cleaned (data-jingdu="clean")`), async () => {
      const res = await page.goto(c.url, { waitUntil: 'domcontentloaded' });
      assert(res?.status() === 200, `HTTP status ${res?.status()}`);
      const dcl = await page.evaluate(() => ({ before: window.__before?.length, marker: window.__markerAtDCL }));
      assert(dcl.before > 0 && dcl.marker === null, `at DOMContentLoaded: ${JSON.stringify(dcl)}`);
      const t0 = Date.now();
      await marker('clean');
      return `after ${Date.now() - t0} ms`;
    });
    if (!cleaned) return;
    const cleanChecks = async (when) => {
      const t = await text();
      // A spun page shows repaired words; the gold quotes the page as written, which the spin view shows.
      const { result } = await env.send(c.url, { type: 'jingdu:result' });
      let spun = '';
      if (result?.spin) {
        await env.send(c.url, { type: 'jingdu:spin-view', spun: true });
        spun = await text();
        await env.send(c.url, { type: 'jingdu:spin-view', spun: false });
      }
      await check(label(`${when}: gold noise gone, gold content visible, no pinyin left`), async () => {
        const left = noiseLeft(t);
        const missing = c.gold.content.filter((s) => !t.includes(norm(s)) && !spun.includes(norm(s)));
        assert(!left.length, `${left.length} noise strings still visible: ${JSON.stringify(left)}`);
        assert(!missing.length, `${missing.length} content strings missing: ${JSON.stringify(missing)}`);
        const pinyin = pinyinResidue(await page.evaluate(() => document.body.innerText));
        assert(!pinyin.length, `pinyin left: ${JSON.stringify(pinyin.slice(0, 10))}`);
        return `${c.gold.noise.length} noise, ${c.gold.content.length} content strings`;
      });
    };
    await cleanChecks('cleaned');
    await page.screenshot({ path: path.join(OUT, `firefox-${c.name}-clean.png`), fullPage: true });

    await check(label('"show original" restores <body> exactly as at DOMContentLoaded'), async () => {
      const reply = await env.send(c.url, { type: 'jingdu:show-original' });
      assert(reply?.state === 'original', `reply ${JSON.stringify(reply)}`);
      await marker('original');
      const { before, now } = await page.evaluate(() => ({ before: window.__before, now: document.body.innerHTML }));
      assert(now === before, `body.innerHTML differs: ${firstDifference(before, now)}`);
      assert(noiseLeft(await text()).length > 0, 'no gold noise is visible after "show original"');
      return `${now.length} chars identical`;
    });
    await check(label('"clean" cleans again'), async () => {
      const reply = await env.send(c.url, { type: 'jingdu:clean' });
      assert(reply?.state === 'clean', `reply ${JSON.stringify(reply)}`);
      await marker('clean');
    });
    await cleanChecks('cleaned again');
  } finally {
    await page.close().catch(() => {});
  }
}

// ---------- main ----------
async function main() {
  const started = Date.now();
  for (const [ok, message] of [
    [fs.existsSync(path.join(EXT, 'manifest.json')), `no built add-on at ${EXT}: run \`npx wxt build -b firefox\``],
    [fs.existsSync(FIREFOX), `no Firefox at ${FIREFOX}: \`apt-get install -y firefox-esr\` or set FIREFOX_PATH`],
  ]) {
    if (!ok) {
      console.error(`e2e firefox: ${message}`);
      process.exitCode = 1;
      return;
    }
  }
  fs.mkdirSync(OUT, { recursive: true });
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'jingdu-ff-downloads-'));
  const server = await startProxy();
  let browser;
  const watchdog = setTimeout(() => {
    console.log(`FAIL  the Firefox run did not finish within ${WATCHDOG / 1000} s; giving up`);
    browser?.process()?.kill('SIGKILL');
    process.exit(1);
  }, WATCHDOG);
  watchdog.unref();
  let errors = [];
  try {
    const { port } = server.address();
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: !process.env.E2E_HEADED,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: prefs(port, downloads),
    });
    errors = watchErrors(browser.process());
    const version = await browser.version();
    const installed = await check('firefox: the add-on installs', async () => {
      const id = await browser.installExtension(EXT);
      assert(id === ADDON_ID, `installed as ${id}`);
      return `${version}, ${id} at moz-extension://${UUID}/, proxy 127.0.0.1:${port}`;
    });
    if (installed) {
      // The add-on's own page sends what the popup sends; it has the same extension APIs.
      const control = await openExtensionPage(browser, 'options.html');
      const env = {
        browser,
        uuid: UUID,
        cases: Object.fromEntries(CASES.map((c) => [c.name, c])),
        check,
        outDir: OUT,
        downloads,
        open: (page) => openExtensionPage(browser, page),
        serve: (url, html) => {
          const u = new URL(url);
          served.set(`${u.host}${u.pathname}`, { host: u.host, html });
        },
        tabId: (url) => control.evaluate((u) => browser.tabs.query({ url: u }).then((t) => t[0]?.id), url),
        send: (url, msg) =>
          control.evaluate(
            async (u, m) => {
              const [tab] = await browser.tabs.query({ url: u });
              return browser.tabs.sendMessage(tab.id, m);
            },
            url,
            msg,
          ),
      };
      for (const c of CASES) await runCase(env, c);
      await popupChecks(env);
      await libraryChecks(env);
      await canvasChecks(env);
    }
    await check('firefox: no error from the add-on on Firefox stdout', () => {
      assert(!errors.length, `${errors.length} errors:\n${errors.join('\n')}`);
      const hosts = [...refused.keys()].filter(
        (h) => !/mozilla|firefox|mozaws/.test(h) && !CASES.some((c) => c.host === h) && ![...served.values()].some((c) => c.host === h),
      );
      assert(!hosts.length, `requests for hosts the suite never served: ${hosts.join(', ')}`);
      return 'none';
    });
  } catch (err) {
    await check('firefox: harness', () => {
      throw err;
    });
  } finally {
    clearTimeout(watchdog);
    await browser?.close().catch(() => {});
    server.closeAllConnections?.();
    await new Promise((r) => server.close(r));
    fs.rmSync(downloads, { recursive: true, force: true });
  }
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  const n = failed();
  console.log(
    n
      ? `e2e firefox: FAILED: ${n} of ${results.length} checks failed (${secs} s)`
      : `e2e firefox: all ${results.length} checks ok (${secs} s)`,
  );
  process.exitCode = n ? 1 : 0;
}

await main();
