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
// The subjects are modules in e2e/security/ (payloads, detectors, the extension's surfaces), run in this
// order on one session, so that the last checks (e2e/security/network.mjs) audit everything the others did.
// Screenshots: security-popup-*.png, security-reader.png, security-library.png.
// Run by e2e/run.mjs with env = { context, sw, extensionId, pages, check, outDir }.
import { assert } from './helpers.mjs';
import controlChecks from './security/controls.mjs';
import { extensionFiles, monitor } from './security/detectors.mjs';
import libraryChecks from './security/library.mjs';
import networkChecks from './security/network.mjs';
import pageScriptChecks from './security/page-scripts.mjs';
import { P, PARAGRAPH_PAYLOADS, short } from './security/payloads.mjs';
import popupChecks from './security/popup.mjs';
import readerChecks from './security/reader.mjs';

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
  /** What the subject modules share; page, tabId and result are set once the hostile page is clean. */
  const s = {
    context,
    sw,
    extensionId,
    pages,
    check,
    outDir,
    origin,
    files,
    log,
    control,
    open,
    opened,
    page: null,
    tabId: null,
    result: null,
  };
  s.tabStatus = () => sw.evaluate(([id]) => chrome.tabs.sendMessage(id, { type: 'jingdu:result' }), [s.tabId]);
  s.toTab = (msg) => sw.evaluate(([id, m]) => chrome.tabs.sendMessage(id, m), [s.tabId, msg]);
  const { tabStatus } = s;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  try {
    await controlChecks(s);

    const ready = await check('security: the XSS page is detected and cleaned; the engine result holds the payloads as text', async () => {
      s.page = await open();
      const { page } = s;
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await page.waitForSelector('html[data-jingdu="clean"]', { state: 'attached', timeout: 10_000 });
      s.tabId = await sw.evaluate((u) => chrome.tabs.query({ url: u }).then((t) => t[0]?.id), url);
      assert(Number.isInteger(s.tabId), `no tab for ${url}`);
      const status = await tabStatus();
      const result = (s.result = status.result);
      assert(status.detected && status.site === '31doc', `detected ${status.detected}, site ${status.site}`);
      assert(result.title.includes(P.title), `title ${JSON.stringify(result.title)}`);
      const headings = result.outline.map((e) => e.marker + e.text).join('\n');
      for (const k of ['h1', 'h2', 'h4']) assert(headings.includes(P[k]), `no outline entry with ${JSON.stringify(P[k])}: ${headings}`);
      for (const k of PARAGRAPH_PAYLOADS) assert(result.text.includes(P[k]), `result.text lacks ${k} ${JSON.stringify(short(P[k], 50))}`);
      const sentences = result.figures.map((f) => f.sentence).join('\n');
      assert(
        sentences.includes(P.li) && result.figures.some((f) => f.section?.includes(P.h4)),
        'no figure whose sentence and section carry payloads',
      );
      const own = await page.evaluate(() => window.__pageOwn ?? 0);
      return `${result.outline.length} headings, ${result.figures.length} figures, ${result.text.length} chars; the page's own live markup ran ${own}× in its world`;
    });
    if (!ready) return;

    await popupChecks(s);
    await readerChecks(s);
    await pageScriptChecks(s);
    await libraryChecks(s);
    await networkChecks(s);
  } finally {
    for (const p of opened) await p.close().catch(() => {});
  }
  return 'security checks done';
}
