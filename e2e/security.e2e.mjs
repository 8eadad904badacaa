// Safety of page-derived data in real Chromium ("Speed and safety, proven", safety part).
//
// A hostile 文库 page (fixtures/xss/page.html, served as http://www.31doc.com/p-9000001.html) carries XSS
// payloads in its title, headings, paragraphs, list items and figure sentences: <script>, on* handlers,
// javascript: links, SVG/MathML mutation tricks, CSS url()/@import/expression, markdown links and images,
// a #:~:text= URL with quotes. They are written as TEXT (escaped) in the page, so the page itself never
// runs them; they would fire only if an extension context turned that text into HTML or followed a
// page-supplied URL. Each one has a signal: alert() (a dialog), console.log('XSS-FIRED'), or a request
// to http://evil.test/ (or, inside an extension page whose CSP blocks inline handlers, a request for a
// file the extension does not have, e.g. chrome-extension://ID/x from <img src=x>).
//
// The suite shows the page in every extension surface (popup summary/outline/figures, reader overlay,
// library with imported extracts), then proves: no dialog, no marker on any console (pages and service
// worker), no request to evil.test, the extension's pages and service worker request nothing but their
// own files, the payloads are visible verbatim as text, and no page-derived markup, handler or URL is in
// the rendered DOM. Last, a web page's own scripts cannot make the extension save, copy or export.
// Positive controls first show that each detector does see a payload that really fires.
// Screenshots: security-popup-*.png, security-reader.png, security-library.png.
// Run by e2e/run.mjs with env = { context, sw, extensionId, pages, check, outDir }.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assert } from './helpers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const EXT = path.resolve(here, '..', '.output', 'chrome-mv3');
const EVIL_HOST = 'evil.test';
const SIGNAL = /XSS-/; // every payload's console text and alert text carries it
const SERVED_HOSTS = new Set(['www.31doc.com', 'www.huiwenwang.cn', 'www.ruiwen.com']);
// What a served page may load: the pages themselves, the XSS page's own missing image (its live onerror
// handler), a favicon. A payload that became markup in the reader would load e.g. /x from the page's host.
const SERVED_PATHS = new Set(['/p-3061754.html', '/doc/12345678.html', '/post/2315.html', '/p-9000001.html', '/xss-own-missing.png', '/favicon.ico']);
const DB_NAME = 'jingdu-extracts'; // utils/extracts/migrations.ts
const DB_STORE = 'extracts';
const TAG = 'xss-e2e';

// Payloads as the page shows them (its text), each of which must reach the extension's views verbatim.
const P = {
  title: `<img src=x onerror=alert('XSS-TITLE')>社区治理工作总结"><svg onload=alert(1)>`,
  h1: `<img src=x onerror=console.log('XSS-FIRED')>强化党建引领`,
  h2: `<svg onload=alert('XSS-H2')>完善服务体系`,
  h4: `"><img src=http://evil.test/heading.png onerror=alert('XSS-ATTR')>加强队伍建设`,
  script: `<script>console.log('XSS-FIRED');alert('XSS-SCRIPT')</script>`,
  svgScript: `<svg onload=alert('XSS-SVG')></svg><svg><script>console.log('XSS-FIRED')</script></svg>`,
  mxss: `<math><mtext><table><mglyph><style><img src=x onerror=console.log('XSS-FIRED')></style></mglyph></table></mtext></math>`,
  css: `<style>@import url(http://evil.test/import.css);body{background:url(http://evil.test/style-bg.png)}</style>`,
  cssAttr: `<div style="background:url(http://evil.test/inline-bg.png);width:expression(alert('XSS-CSS'))">`,
  link: `<a href="javascript:alert('XSS-LINK')">查看调解案例</a>`,
  md: `详见[办事指南](javascript:alert('XSS-MD'))与![示意图](http://evil.test/md-image.png)，以及<http://evil.test/autolink>`,
  frames: `<iframe src="javascript:alert('XSS-IFRAME')"></iframe><object data="http://evil.test/object.swf"></object>`,
  url: `#:~:text=a"onmouseover="alert('XSS-URL')&b='><img src=x onerror=console.log('XSS-FIRED')>`,
  template: `{{constructor.constructor('alert(1)')()}}，\${alert('XSS-TEMPLATE')}`,
  li: `<svg/onload=alert('XSS-LI')>发放奖励资金15万元`,
  hash: `# <img src=x onerror=alert('XSS-MDHASH')>下一步`,
};
const PARAGRAPH_PAYLOADS = ['script', 'svgScript', 'mxss', 'css', 'cssAttr', 'link', 'md', 'frames', 'url', 'template'];

const short = (s, n = 90) => (s.length > n ? `${s.slice(0, n)}…` : s);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Every file of the built extension: an extension page may request these and nothing else. */
function extensionFiles() {
  const out = new Set();
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else out.add('/' + path.relative(EXT, p).split(path.sep).join('/'));
    }
  };
  walk(EXT);
  return out;
}

/**
 * Records, for the whole suite, every dialog, console line with an XSS signal, page error, download and
 * network request in the browser context, with where it came from. Pages registered as controls (the
 * detectors' self-test) are kept apart.
 */
function monitor(context, sw, origin) {
  const log = { dialogs: [], signals: [], errors: [], downloads: [], requests: [] };
  const controls = new Set();
  const kind = (p) => (controls.has(p) ? 'control' : p?.url().startsWith(origin) ? 'extension page' : 'web page');
  const watch = (p) => {
    p.on('dialog', (d) => {
      log.dialogs.push({ where: kind(p), url: p.url(), text: d.message(), t: Date.now() });
      d.dismiss().catch(() => {});
    });
    p.on('console', (m) => {
      if (SIGNAL.test(m.text())) log.signals.push({ where: kind(p), url: p.url(), text: m.text(), t: Date.now() });
    });
    p.on('pageerror', (e) => log.errors.push({ where: kind(p), url: p.url(), text: String(e?.message ?? e) }));
    p.on('download', (d) => log.downloads.push({ where: kind(p), url: p.url(), name: d.suggestedFilename(), t: Date.now() }));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  const watchWorker = (w) =>
    w.on('console', (m) => {
      if (SIGNAL.test(m.text())) log.signals.push({ where: 'service worker', url: w.url(), text: m.text(), t: Date.now() });
    });
  watchWorker(sw);
  context.on('serviceworker', watchWorker);
  context.on('request', (r) => {
    const entry = { url: r.url(), t: Date.now() };
    const worker = r.serviceWorker();
    if (worker) Object.assign(entry, { where: worker.url().startsWith(origin) ? 'service worker' : 'web worker', by: worker.url() });
    else {
      let frame = null;
      try {
        frame = r.frame();
      } catch {
        // A request with neither frame nor worker: the browser's own.
      }
      const p = frame?.page() ?? null;
      const frameUrl = frame?.url() ?? '';
      entry.where = p && controls.has(p) ? 'control' : frameUrl.startsWith(origin) || p?.url().startsWith(origin) ? 'extension page' : p ? 'web page' : 'browser';
      entry.by = p?.url() ?? frameUrl;
    }
    log.requests.push(entry);
  });
  return { log, control: (p) => controls.add(p) };
}

/**
 * The DOM of an extension view, checked for page-derived markup: no element that fetches, frames or
 * scripts (iframe, object, img, math, base, template…), no on* attribute, no URL attribute that is
 * javascript:, data: or points off the extension, no style with url()/@import/expression, no script
 * or foreignObject inside an SVG. Runs in the browser; `root` is a Document, element or ShadowRoot.
 */
function hygiene(root, origin) {
  const problems = [];
  const FORBIDDEN = new Set([
    'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'img', 'image', 'picture', 'video', 'audio',
    'source', 'track', 'portal', 'math', 'mglyph', 'mtext', 'maction', 'template', 'noscript', 'foreignobject',
    'animate', 'set', 'animatetransform', 'animatemotion', 'handler', 'listener', 'xmp', 'plaintext', 'marquee',
  ]);
  const URL_ATTRS = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'data', 'poster', 'background', 'xlink:href', 'ping', 'codebase', 'cite', 'longdesc', 'lowsrc', 'dynsrc', 'manifest']);
  const describe = (el) => `<${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('class') ? `.${el.getAttribute('class').split(/\s+/).join('.')}` : ''}>`;
  const badUrl = (value) => {
    const v = value.trim().replace(/[\u0000-\u0020]/g, '').toLowerCase();
    if (/^(javascript|vbscript|data|blob|file|filesystem):/.test(v)) return true;
    if (/^(https?:)?\/\//.test(v) && !/^https?:\/\/(www\.31doc\.com|www\.huiwenwang\.cn|www\.ruiwen\.com)(\/|$)/.test(v)) return true;
    if (v.includes('evil.test')) return true;
    return false;
  };
  const all = [...root.querySelectorAll('*')];
  for (const el of all) {
    const tag = el.localName.toLowerCase();
    if (FORBIDDEN.has(tag)) problems.push(`${describe(el)} element`);
    // The page's own <meta charset> and viewport are fine; a refresh or CSP from page text is not.
    if (tag === 'meta' && (el.hasAttribute('http-equiv') || el.closest('body') || el.getRootNode() instanceof ShadowRoot)) problems.push(`<meta ${el.getAttribute('http-equiv') ?? ''}>`);
    if (tag === 'script') {
      const src = el.getAttribute('src');
      if (!src || !new URL(src, document.baseURI).href.startsWith(origin)) problems.push(`<script> ${src ? `src=${src}` : `inline: ${el.textContent.slice(0, 60)}`}`);
    }
    if (tag === 'link' && !new URL(el.getAttribute('href') ?? '', document.baseURI).href.startsWith(origin)) problems.push(`<link href=${el.getAttribute('href')}>`);
    if (tag === 'style' && /@import|url\s*\(|expression\s*\(|evil\.test/i.test(el.textContent)) problems.push(`<style> with ${el.textContent.match(/@import|url\s*\(|expression\s*\(|evil\.test/i)[0]}`);
    if (tag === 'svg' && el.querySelector('script, foreignObject, a, image, use:not([href^="#"])')) problems.push(`${describe(el)} with active content`);
    for (const { name, value } of [...el.attributes]) {
      const n = name.toLowerCase();
      if (n.startsWith('on')) problems.push(`${describe(el)} ${n}=${JSON.stringify(value.slice(0, 60))}`);
      if (URL_ATTRS.has(n) && badUrl(value) && !(n === 'href' && tag === 'a' && /^https?:\/\/(www\.31doc\.com)\//.test(value))) problems.push(`${describe(el)} ${n}=${JSON.stringify(value.slice(0, 80))}`);
      if (n === 'style' && /url\s*\(|expression\s*\(|@import|evil\.test|javascript:/i.test(value)) problems.push(`${describe(el)} style=${JSON.stringify(value.slice(0, 80))}`);
    }
  }
  return { elements: all.length, problems };
}

const hygieneIn = async (handle, origin) => handle.evaluate(hygiene, origin);
/** `text` must be visible in the rendered text of `scope` exactly as written. */
const verbatim = (shown, text, where) => assert(shown.includes(text), `${where}: ${JSON.stringify(short(text, 60))} is not visible verbatim`);

async function openPopup(context, extensionId, tabId) {
  const popup = await context.newPage();
  await popup.addInitScript(() => Object.defineProperty(navigator, 'language', { get: () => 'zh-CN' }));
  await popup.setViewportSize({ width: 400, height: 640 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('[data-testid="ready"]', { timeout: 10_000 });
  return popup;
}

/** The number of saved extracts, read from the extension's IndexedDB (never created here). */
const libraryCount = (sw) =>
  sw.evaluate(
    async ([name, store]) => {
      const dbs = await indexedDB.databases();
      if (!dbs.some((d) => d.name === name)) return 0;
      return new Promise((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains(store)) return db.close(), resolve(0);
          const c = db.transaction(store).objectStore(store).count();
          c.onsuccess = () => (db.close(), resolve(c.result));
          c.onerror = () => (db.close(), reject(c.error));
        };
      });
    },
    [DB_NAME, DB_STORE],
  );

const getSettings = (sw) => sw.evaluate(() => chrome.storage.local.get('settings').then((s) => s.settings ?? null));
const putSettings = (sw, v) => sw.evaluate((v) => (v ? chrome.storage.local.set({ settings: v }) : chrome.storage.local.remove('settings')), v);

/** The clipboard, read and written from an extension page (a secure context). */
async function clipboard(context, origin, write) {
  const p = await context.newPage();
  try {
    await p.goto(`${origin}/options.html`);
    await p.bringToFront();
    if (write !== undefined) await p.evaluate((t) => navigator.clipboard.writeText(t), write);
    return await p.evaluate(() => navigator.clipboard.readText());
  } finally {
    await p.close();
  }
}

export default async function securityChecks(env) {
  const { context, sw, extensionId, pages, check, outDir } = env;
  const origin = `chrome-extension://${extensionId}`;
  const files = extensionFiles();
  const { log, control } = monitor(context, sw, origin);
  const url = `${pages.xss}?from=security-e2e`;
  const opened = [];
  const open = async () => {
    const p = await context.newPage();
    opened.push(p);
    return p;
  };
  let page;
  let tabId;
  let result;
  const tabStatus = () => sw.evaluate(([id]) => chrome.tabs.sendMessage(id, { type: 'jingdu:result' }), [tabId]);
  const toTab = (msg) => sw.evaluate(([id, m]) => chrome.tabs.sendMessage(id, m), [tabId, msg]);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  try {
    // ---------- the detectors see a payload that does fire ----------
    await check('security: controls: the detectors see a dialog, a console marker and evil.test requests', async () => {
      const since = Date.now();
      const web = await open();
      control(web);
      await web.goto('about:blank');
      await web.evaluate(() => {
        document.body.innerHTML =
          `<img src=x onerror="console.log('XSS-FIRED control')"><img src=x onerror="alert('XSS-control')"><img src="http://evil.test/control-web.png">`;
      });
      const ext = await open();
      control(ext);
      await ext.goto(`${origin}/options.html`);
      await ext.evaluate(() =>
        document.body.insertAdjacentHTML('beforeend', `<img src="http://evil.test/control-ext.png" onerror="console.log('XSS-FIRED control-ext')"><img src="control-missing.png">`),
      );
      await sw.evaluate(() => fetch('http://evil.test/control-sw').then(() => 'fetched', () => 'failed'));
      const seen = () => ({
        dialog: log.dialogs.some((d) => d.where === 'control' && d.t >= since),
        marker: log.signals.some((s) => s.where === 'control' && s.text.includes('control') && s.t >= since),
        web: log.requests.some((r) => r.url === 'http://evil.test/control-web.png' && r.where === 'control'),
        ext: log.requests.some((r) => r.url === 'http://evil.test/control-ext.png' && r.where === 'control'),
        missing: log.requests.some((r) => r.url === `${origin}/control-missing.png`),
        sw: log.requests.some((r) => r.url === 'http://evil.test/control-sw' && r.where === 'service worker'),
      });
      for (const t0 = Date.now(); Date.now() - t0 < 5_000 && Object.values(seen()).includes(false); ) await sleep(100);
      const s = seen();
      assert(!Object.values(s).includes(false), `a detector saw nothing: ${JSON.stringify(s)}`);
      // The DOM check, on markup that page text would become if a view rendered it as HTML.
      const caught = await web.evaluate(
        ([check, origin]) => {
          const box = document.createElement('div');
          box.innerHTML = `<a href="javascript:alert(1)">x</a><svg onload="void 0"></svg><p style="background:url(http://evil.test/x)">y</p><math><mtext></mtext></math>`;
          document.body.append(box);
          return new Function(`return (${check})`)()(box, origin).problems.length;
        },
        [hygiene.toString(), origin],
      );
      assert(caught >= 5, `the DOM check found ${caught} of 5+ problems in injected markup`);
      // MV3's extension-page CSP (script-src 'self') blocks inline handlers: defence in depth, not relied on.
      const extFired = log.signals.some((x) => x.text.includes('control-ext'));
      await web.close();
      await ext.close();
      return `dialog, console marker, evil.test from a web page, an extension page and the service worker, missing extension file, DOM check (${caught} problems in injected markup); inline handler in an extension page ${extFired ? 'RAN' : 'blocked by the MV3 CSP'}`;
    });

    // ---------- the hostile page is detected and cleaned; the engine keeps payloads as text ----------
    const ready = await check('security: the XSS page is detected and cleaned; the engine result holds the payloads as text', async () => {
      page = await open();
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await page.waitForSelector('html[data-jingdu="clean"]', { state: 'attached', timeout: 10_000 });
      tabId = await sw.evaluate((u) => chrome.tabs.query({ url: u }).then((t) => t[0]?.id), url);
      assert(Number.isInteger(tabId), `no tab for ${url}`);
      const status = await tabStatus();
      result = status.result;
      assert(status.detected && status.site === '31doc', `detected ${status.detected}, site ${status.site}`);
      assert(result.title.includes(P.title), `title ${JSON.stringify(result.title)}`);
      const headings = result.outline.map((e) => e.marker + e.text).join('\n');
      for (const k of ['h1', 'h2', 'h4']) assert(headings.includes(P[k]), `no outline entry with ${JSON.stringify(P[k])}: ${headings}`);
      for (const k of PARAGRAPH_PAYLOADS) assert(result.text.includes(P[k]), `result.text lacks ${k} ${JSON.stringify(short(P[k], 50))}`);
      const sentences = result.figures.map((f) => f.sentence).join('\n');
      assert(sentences.includes(P.li) && result.figures.some((f) => f.section?.includes(P.h4)), 'no figure whose sentence and section carry payloads');
      const own = await page.evaluate(() => window.__pageOwn ?? 0);
      return `${result.outline.length} headings, ${result.figures.length} figures, ${result.text.length} chars; the page's own live markup ran ${own}× in its world`;
    });
    if (!ready) return;

    // ---------- popup ----------
    let popup;
    const popupShot = (name) => popup.locator('main.popup').screenshot({ path: path.join(outDir, name) });
    const popupText = () => popup.locator('main.popup').innerText();
    const tab = async (id) => {
      await popup.click(`[data-testid="tab-${id}"]`);
      await popup.waitForSelector(`#panel-${id}`);
    };

    await check('security: popup summary shows the hostile title as text; no page markup in its DOM', async () => {
      popup = await openPopup(context, extensionId, tabId);
      opened.push(popup);
      const title = await popup.textContent('[data-testid="doc-title"]');
      assert(title === result.title, `title ${JSON.stringify(title)}`);
      verbatim(await popupText(), P.title, 'popup summary');
      const h = await hygieneIn(await popup.$('html'), origin);
      assert(!h.problems.length, h.problems.join('\n'));
      await popupShot('security-popup-summary.png');
      return `${h.elements} elements clean; security-popup-summary.png`;
    });

    await check('security: popup outline shows the payload headings verbatim; clicking one is harmless', async () => {
      await tab('outline');
      await popup.waitForSelector('[data-testid="outline-entry"]');
      const entries = await popup.$$eval('[data-testid="outline-entry"] .entry-text', (els) => els.map((e) => e.textContent));
      const expected = result.outline.map((e) => e.marker + e.text);
      assert(JSON.stringify(entries) === JSON.stringify(expected), `entries ${JSON.stringify(entries)}\nexpected ${JSON.stringify(expected)}`);
      const shown = await popup.locator('[data-testid="outline"]').innerText();
      for (const k of ['h1', 'h2', 'h4']) verbatim(shown, P[k], 'popup outline');
      const h = await hygieneIn(await popup.$('html'), origin);
      assert(!h.problems.length, h.problems.join('\n'));
      await popupShot('security-popup-outline.png');
      const i = result.outline.findIndex((e) => (e.marker + e.text).includes(P.h4) && !e.missing);
      if (i >= 0) await popup.locator('[data-testid="outline-entry"]').nth(i).click();
      return `${entries.length} entries; security-popup-outline.png`;
    });

    await check('security: popup figures show payload sentences and sections as text', async () => {
      await tab('figures');
      await popup.waitForSelector('[data-testid="figure"]');
      const n = await popup.locator('[data-testid="figure"]').count();
      assert(n === result.figures.length, `${n} figures shown, engine has ${result.figures.length}`);
      const shown = await popup.locator('#panel-figures').innerText();
      verbatim(shown, P.li, 'popup figures (sentence)');
      verbatim(shown, `§ ${result.figures.find((f) => f.section?.includes(P.h4)).section}`, 'popup figures (section)');
      const h = await hygieneIn(await popup.$('html'), origin);
      assert(!h.problems.length, h.problems.join('\n'));
      await popup.locator('[data-testid="figure"]', { hasText: 'XSS-LI' }).first().scrollIntoViewIfNeeded();
      await popupShot('security-popup-figures.png');
      return `${n} figures; security-popup-figures.png`;
    });

    await check('security: popup rich copy escapes every payload (only h1-h6/p/ul/li/br tags in the HTML)', async () => {
      await tab('summary');
      await popup.bringToFront();
      await popup.evaluate(() => navigator.clipboard.writeText(''));
      await popup.click('[data-testid="copy-rich"]');
      let item = null;
      for (const t0 = Date.now(); !item && Date.now() - t0 < 5_000; await sleep(50)) {
        item = await popup.evaluate(async () => {
          const [first] = await navigator.clipboard.read();
          if (!first?.types.includes('text/html')) return null;
          return { html: await (await first.getType('text/html')).text(), text: await (await first.getType('text/plain')).text() };
        });
      }
      assert(item, 'no rich item reached the clipboard');
      assert(item.text === result.text, 'text/plain differs from result.text');
      // documentHtml (utils/format.ts) starts the HTML with its own <meta charset="utf-8">.
      const tags = [...new Set(item.html.replace(/^<meta charset="utf-8">/i, '').match(/<[^>]*>/g) ?? [])];
      const foreign = tags.filter((t) => !/^<\/?(h[1-6]|p|ul|li|br)>$/.test(t));
      assert(!foreign.length, `markup other than the copy's own: ${foreign.slice(0, 8).join(' ')}`);
      // Chromium re-serialises what it reads back, so &#39; may come back as a plain quote: both are text.
      assert(/&lt;img src=x onerror=console\.log\((&#39;|')XSS-FIRED(&#39;|')\)&gt;强化党建引领/.test(item.html), 'the heading payload is not in the HTML as escaped text');
      // Markdown is the page's text verbatim: live markdown/HTML in it is reported (see the reply), not failed.
      await popup.evaluate(() => navigator.clipboard.writeText(''));
      await popup.click('[data-testid="copy-markdown"]');
      let md = '';
      for (const t0 = Date.now(); !md && Date.now() - t0 < 5_000; await sleep(50)) md = await popup.evaluate(() => navigator.clipboard.readText());
      assert(md === result.markdown, 'copied Markdown differs from result.markdown');
      const live = [
        /!\[[^\]]*\]\(\s*https?:/.test(md) && 'image ![](http…)',
        /\]\(\s*javascript:/i.test(md) && 'link ](javascript:…)',
        /<(img|svg|script|iframe|style|a)\b/i.test(md) && 'raw HTML tags',
      ].filter(Boolean);
      return `${item.html.length} chars of HTML, ${tags.length} distinct tags, all the copy's own; ` + (live.length ? `NOTE: copied Markdown keeps live ${live.join(', ')} from the page` : 'Markdown inert');
    });
    await popup.close().catch(() => {});

    // ---------- reader ----------
    const shadow = () => page.locator('jingdu-reader').evaluateHandle((host) => host.shadowRoot);
    await check('security: reader shows title, headings and paragraphs with payloads verbatim; no page markup in its shadow root', async () => {
      await page.bringToFront();
      const status = await toTab({ type: 'jingdu:reader', open: true });
      assert(status.readerOpen === true, `readerOpen ${status.readerOpen}`);
      await page.locator('jingdu-reader .jd-reader').waitFor({ state: 'visible', timeout: 5_000 });
      const h1 = (await page.locator('jingdu-reader h1').textContent()).trim();
      assert(h1 === result.title.trim(), `h1 ${JSON.stringify(h1)}`);
      const heads = (await page.locator('jingdu-reader article h2, jingdu-reader article h3').allTextContents()).join('\n');
      const side = (await page.locator('jingdu-reader .jd-outline-item').allTextContents()).join('\n');
      for (const k of ['h1', 'h2', 'h4']) {
        verbatim(heads, P[k], 'reader headings');
        verbatim(side, P[k], 'reader outline');
      }
      const body = await page.locator('jingdu-reader .jd-article').innerText();
      for (const k of [...PARAGRAPH_PAYLOADS, 'li', 'hash', 'title']) verbatim(body, P[k], `reader (${k})`);
      const h = await hygieneIn(await shadow(), origin);
      assert(!h.problems.length, h.problems.join('\n'));
      await sleep(500); // time for anything injected to load or fire before the screenshot and final checks
      await page.mouse.move(1000, 700);
      await page.screenshot({ path: path.join(outDir, 'security-reader.png') });
      return `${h.elements} elements in the shadow root, clean; security-reader.png`;
    });
    await check('security: reader scrolled to the payload list and heading, still inert', async () => {
      await page.locator('jingdu-reader .jd-outline-item').last().click();
      await sleep(800);
      await page.mouse.move(1000, 700);
      await page.screenshot({ path: path.join(outDir, 'security-reader-end.png') });
      const status = await toTab({ type: 'jingdu:reader', open: false });
      assert(status.readerOpen === false, 'the reader did not close');
      return 'security-reader-end.png';
    });

    // ---------- a web page cannot make the extension act ----------
    const sentinel = `JINGDU-SENTINEL-${Date.now()}`;
    await check('security: page scripts (runtime messages, postMessage, DOM events) cannot save, copy, export or switch the page', async () => {
      await clipboard(context, origin, sentinel);
      const before = await libraryCount(sw);
      const downloads = log.downloads.length;
      await page.bringToFront();
      const tried = await page.evaluate(async (id) => {
        const out = {};
        const save = { type: 'jingdu:save', kind: 'document', url: location.href, title: 'PAGE-FORGED', text: 'PAGE-FORGED' };
        const rt = window.chrome?.runtime;
        out.runtime = typeof rt?.sendMessage === 'function' ? 'chrome.runtime.sendMessage exists' : 'no chrome.runtime.sendMessage in the page';
        if (typeof rt?.sendMessage === 'function') {
          out.sendMessage = await Promise.race([
            new Promise((r) => {
              try {
                rt.sendMessage(id, save, (reply) => r({ reply, error: window.chrome.runtime.lastError?.message }));
              } catch (e) {
                r({ threw: String(e) });
              }
            }),
            new Promise((r) => setTimeout(() => r('no answer'), 1500)),
          ]);
        }
        if (typeof rt?.connect === 'function') {
          try {
            rt.connect(id).postMessage(save);
            out.connect = 'connected';
          } catch (e) {
            out.connect = String(e);
          }
        }
        const messages = [
          save,
          { type: 'jingdu:save', kind: 'selection', text: 'PAGE-FORGED' },
          { type: 'jingdu:copy', text: 'PAGE-FORGED' },
          { type: 'jingdu:export', format: 'json' },
          { type: 'jingdu:reader', open: true },
          { type: 'jingdu:show-original' },
          { source: 'jingdu', action: 'save' },
        ];
        for (const m of messages) {
          window.postMessage(m, '*');
          window.postMessage(JSON.stringify(m), '*');
        }
        for (const type of ['jingdu:save', 'jingdu:copy', 'jingdu:export', 'jingdu:reader']) {
          document.dispatchEvent(new CustomEvent(type, { detail: save, bubbles: true }));
          window.dispatchEvent(new CustomEvent(type, { detail: save }));
        }
        // The reader shortcut and copy keys, as untrusted events.
        for (const init of [{ key: 'R', code: 'KeyR', altKey: true, shiftKey: true }, { key: 's', code: 'KeyS', ctrlKey: true }, { key: 'c', code: 'KeyC', ctrlKey: true }]) {
          document.dispatchEvent(new KeyboardEvent('keydown', { ...init, bubbles: true }));
        }
        document.dispatchEvent(new Event('copy', { bubbles: true }));
        return out;
      }, extensionId);
      await sleep(1_500);
      const after = await libraryCount(sw);
      assert(after === before, `the library went from ${before} to ${after} extracts`);
      const status = await tabStatus();
      assert(status.state === 'clean' && status.readerOpen === false, `page state ${status.state}, reader open ${status.readerOpen}`);
      const clip = await clipboard(context, origin);
      assert(clip === sentinel, `the clipboard changed to ${JSON.stringify(short(clip, 60))}`);
      assert(log.downloads.length === downloads, `downloads: ${JSON.stringify(log.downloads.slice(downloads))}`);
      return `${before} extracts before and after, still clean, reader closed, clipboard untouched; ${tried.runtime}${tried.sendMessage ? `, sendMessage → ${JSON.stringify(tried.sendMessage)}` : ''}`;
    });

    await check('security: page scripts clicking inside the open reader cannot save, copy or export', async () => {
      const settings = await getSettings(sw);
      const before = await libraryCount(sw);
      const downloads = log.downloads.length;
      await toTab({ type: 'jingdu:reader', open: true });
      await page.locator('jingdu-reader .jd-reader').waitFor({ state: 'visible', timeout: 5_000 });
      await page.bringToFront();
      // A page script selects text in the reader (as a user would), lets the reader see the selection
      // change, then clicks every control but close, fires copy events and save/copy/export keys.
      const clicked = await page.evaluate(async () => {
        const root = document.querySelector('jingdu-reader')?.shadowRoot;
        if (!root) return { reachable: false, clicked: [] };
        const para = [...root.querySelectorAll('.jd-article p')].find((p) => p.textContent.includes('XSS-SCRIPT')) ?? root.querySelector('.jd-article p');
        const sel = getSelection();
        sel.removeAllRanges();
        if (para) {
          const range = document.createRange();
          range.selectNodeContents(para);
          sel.addRange(range);
        }
        await new Promise((r) => setTimeout(r, 300));
        const clicked = [];
        for (const el of root.querySelectorAll('button, [role="button"], a[href], input, select')) {
          if (el.matches('.jd-close')) continue;
          const name = (el.getAttribute('aria-label') || el.getAttribute('title') || el.textContent || el.localName).trim().slice(0, 20);
          clicked.push(el.disabled ? `${name} (disabled)` : name);
          el.click();
          el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        }
        (para ?? root).dispatchEvent(new Event('copy', { bubbles: true, composed: true }));
        for (const key of ['s', 'c', 'e']) root.querySelector('.jd-reader')?.dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey: true, bubbles: true, composed: true }));
        return { reachable: true, clicked, selected: sel.toString().length };
      });
      await sleep(1_500);
      const after = await libraryCount(sw);
      const clip = await clipboard(context, origin);
      const changed = JSON.stringify(await getSettings(sw)) !== JSON.stringify(settings);
      await putSettings(sw, settings);
      await toTab({ type: 'jingdu:reader', open: false });
      assert(
        after === before,
        `a page script saved ${after - before} extract(s) (library ${before} → ${after}): it selected ${clicked.selected} chars in the reader's open shadow root ` +
          `and clicked ${JSON.stringify(clicked.clicked)}. Privileged reader actions must ignore untrusted events (event.isTrusted).`,
      );
      assert(clip === sentinel, `the clipboard changed to ${JSON.stringify(short(clip, 60))}`);
      assert(log.downloads.length === downloads, `downloads: ${JSON.stringify(log.downloads.slice(downloads))}`);
      if (!clicked.reachable) return 'the reader shadow root is closed to the page';
      return `shadow root open to the page; selected ${clicked.selected} chars, clicked ${clicked.clicked.length} controls (${clicked.clicked.join(' | ')}): nothing saved, copied or downloaded` + (changed ? '; NOTE: the page changed the stored reader settings (restored)' : '');
    });

    // ---------- library ----------
    let library;
    const sourceUrl = `${pages.xss}?ref="><img src=x onerror=alert('XSS-URL-QUERY')>&q=${P.url}`;
    const paragraph = result.text.split('\n\n').find((p) => p.includes(P.script));
    const section = result.outline.find((e) => (e.marker + e.text).includes(P.h4));
    const heading = section.marker + section.text;
    const base = (i) => ({
      id: `xss-${i}`,
      url: sourceUrl,
      title: result.title,
      site: '31doc',
      savedAt: 1_741_600_000_000 + i * 60_000,
      updatedAt: 1_741_600_000_000 + i * 60_000,
      tags: [TAG, `<img src=x onerror=alert('XSS-TAG')>`],
      note: `<script>alert('XSS-NOTE')</script>[笔记](javascript:alert('XSS-NOTE-MD'))<img src=http://evil.test/note.png>`,
    });
    const hostile = {
      format: 'jingdu-extracts',
      version: 1,
      extracts: [
        { ...base(1), kind: 'selection', text: paragraph, section: result.outline[0].marker + result.outline[0].text },
        { ...base(2), kind: 'section', heading, text: `${heading}\n\n${result.text.split('\n\n').find((p) => p.includes('XSS-URL'))}`, markdown: `## ${heading}\n\n${P.md}` },
        { ...base(3), kind: 'figures', text: result.figures.map((f) => f.sentence).join('\n'), figures: result.figures },
        { ...base(4), kind: 'document', text: result.text, markdown: result.markdown, outline: result.outline, figures: result.figures },
      ],
    };
    const cards = () => library.locator('[data-testid=extract]');

    await check('security: library shows imported payload extracts as text; links stay http(s) to the source', async () => {
      const file = path.join(outDir, 'security-import.json');
      fs.writeFileSync(file, JSON.stringify(hostile));
      const before = await libraryCount(sw);
      library = await open();
      await library.setViewportSize({ width: 1100, height: 1000 });
      await library.goto(`${origin}/library.html`);
      await library.waitForSelector('[data-testid=extract], [data-testid=empty]');
      await library.setInputFiles('[data-testid=import-input]', file);
      for (const t0 = Date.now(); (await libraryCount(sw)) !== before + 4 && Date.now() - t0 < 15_000; ) await sleep(100);
      assert((await libraryCount(sw)) === before + 4, `library ${before} → ${await libraryCount(sw)}, expected +4`);
      await library.selectOption('[data-testid=tag-filter]', TAG, { timeout: 10_000 });
      await library.waitForFunction(() => document.querySelectorAll('[data-testid=extract]').length === 4, null, { timeout: 10_000 });
      // Long texts are clamped: open them, so that everything is rendered and visible.
      for (const more of await library.locator('[data-testid=extract] button.link').all()) await more.click();
      const shown = await library.locator('main').innerText();
      verbatim(shown, P.title, 'library group title');
      verbatim(shown, P.h4, 'library section heading');
      for (const k of ['script', 'svgScript', 'mxss', 'link', 'li']) verbatim(shown, P[k], `library (${k})`);
      verbatim(shown, `<img src=x onerror=alert('XSS-TAG')>`, 'library tag');
      verbatim(shown, base(0).note, 'library note');
      const h = await hygieneIn(await library.$('html'), origin);
      assert(!h.problems.length, h.problems.join('\n'));
      const hrefs = await library.$$eval('main a[href]', (as) => as.map((a) => a.href));
      const bad = hrefs.filter((u) => !u.startsWith('http://www.31doc.com/p-9000001.html'));
      assert(hrefs.length >= 3 && !bad.length, `links: ${JSON.stringify(bad.length ? bad : hrefs)}`);
      await library.screenshot({ path: path.join(outDir, 'security-library.png'), fullPage: true });
      return `4 extracts, ${hrefs.length} links all to the http source, ${h.elements} elements clean; security-library.png`;
    });

    await check('security: library "open source" with quotes in the URL and quote opens the http page, nothing else', async () => {
      const link = cards().filter({ hasText: P.script }).first().locator('[data-testid=open-source]');
      const href = await link.getAttribute('href');
      assert(href.includes('#:~:text='), `href ${href}`);
      const [source] = await Promise.all([context.waitForEvent('page', { timeout: 10_000 }), link.click()]);
      opened.push(source);
      await source.waitForLoadState('domcontentloaded');
      const u = new URL(source.url());
      assert(u.protocol === 'http:' && u.host === 'www.31doc.com' && u.pathname === '/p-9000001.html', source.url());
      await source.close();
      return short(decodeURIComponent(href.split('#:~:text=')[1]), 50);
    });

    await check('security: library import refuses javascript:, data: and vbscript: source addresses', async () => {
      const before = await libraryCount(sw);
      const results = [];
      for (const bad of [`javascript:alert('XSS-IMPORT-URL')`, `data:text/html,<script>alert('XSS-IMPORT-DATA')</script>`, `vbscript:msgbox("XSS")`, ` javascript:alert('XSS-IMPORT-SPACE')`]) {
        const file = path.join(outDir, 'security-import-bad.json');
        fs.writeFileSync(file, JSON.stringify({ ...hostile, extracts: [{ ...hostile.extracts[0], id: 'bad', url: bad, text: `bad ${bad}` }] }));
        await library.setInputFiles('[data-testid=import-input]', file);
        const notice = await library.waitForSelector('[data-testid=notice].error', { timeout: 5_000 });
        results.push(short((await notice.textContent()).trim(), 40));
        const dismiss = await library.$('[data-testid=notice] button');
        if (dismiss) await dismiss.click();
      }
      const after = await libraryCount(sw);
      assert(after === before, `library ${before} → ${after}`);
      return `4 files refused (“${results[0]}”)`;
    });

    await check('security: the imported XSS extracts are deleted again', async () => {
      for (let n = await cards().count(); n > 0; n--) {
        await cards().first().locator('[data-testid=delete]').click();
        await library.waitForFunction((n) => document.querySelectorAll('[data-testid=extract]').length === n - 1, n, { timeout: 5_000 });
      }
      return `${await libraryCount(sw)} extracts left`;
    });

    // ---------- everything seen during the suite ----------
    await sleep(500);
    const isControl = (r) => r.where === 'control' || /\/control-/.test(r.url);
    await check('security: no dialog and no XSS console marker in any page, the reader or the service worker', async () => {
      const dialogs = log.dialogs.filter((d) => d.where !== 'control');
      const signals = log.signals.filter((s) => s.where !== 'control');
      assert(!dialogs.length && !signals.length, JSON.stringify({ dialogs, signals }, null, 1));
      const errors = log.errors.filter((e) => e.where !== 'control');
      return `${log.dialogs.length - dialogs.length} control dialogs, ${log.signals.length - signals.length} control markers` + (errors.length ? `; page errors: ${JSON.stringify(errors.slice(0, 3))}` : '');
    });
    await check('security: no request to evil.test from any page, frame or worker', async () => {
      const evil = log.requests.filter((r) => !isControl(r) && (() => { try { return new URL(r.url).hostname.endsWith(EVIL_HOST); } catch { return r.url.includes(EVIL_HOST); } })());
      assert(!evil.length, evil.map((r) => `${r.where} ${r.by}: ${r.url}`).join('\n'));
      return `${log.requests.length} requests recorded`;
    });
    await check('security: no network: extension pages and the service worker request only their own files', async () => {
      const own = log.requests.filter((r) => !isControl(r) && (r.where === 'extension page' || r.where === 'service worker'));
      const bad = own.filter((r) => {
        if (r.url.startsWith('data:')) return false;
        if (r.url.startsWith(`blob:${origin}/`)) return false;
        if (!r.url.startsWith(`${origin}/`)) return true;
        return !files.has(new URL(r.url).pathname);
      });
      assert(!bad.length, bad.map((r) => `${r.where} ${r.by}: ${r.url}`).join('\n'));
      return `${own.length} requests, all to built files of ${origin}`;
    });
    await check('security: web pages (and the content script and reader in them) requested only what the pages serve', async () => {
      const web = log.requests.filter((r) => !isControl(r) && (r.where === 'web page' || r.where === 'browser'));
      const bad = web.filter((r) => {
        if (r.url.startsWith(`${origin}/`)) return !files.has(new URL(r.url).pathname); // navigations to extension pages
        if (/^(data|blob|about|chrome):/.test(r.url)) return false;
        try {
          const u = new URL(r.url);
          return !SERVED_HOSTS.has(u.hostname) || !SERVED_PATHS.has(u.pathname);
        } catch {
          return true;
        }
      });
      assert(!bad.length, bad.map((r) => `${r.where} ${r.by}: ${r.url}`).join('\n'));
      return `${web.length} requests: ${[...new Set(web.map((r) => r.url.split('?')[0]))].map((u) => short(u, 60)).join(' ')}`;
    });
  } finally {
    for (const p of opened) await p.close().catch(() => {});
  }
  return 'security checks done';
}
