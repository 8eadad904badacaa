// The page checks of e2e/run.mjs: each served 文库 page (harness.mjs, CASES) is cleaned by the content script,
// its gold noise goes while its gold content stays, no pinyin annotation is left, "show original" restores
// <body> exactly as at DOMContentLoaded, and "clean" cleans again.
import path from 'node:path';
import { assert, firstDifference, recordBodyAtLoad } from './helpers.mjs';
import { MARKER_TIMEOUT, MESSAGE_TIMEOUT, OUT, requests, root, withTimeout } from './harness.mjs';
import { norm, pinyinResidue } from './score-text.mjs';

/** One page, in a new tab of ctx; `check` records each step. */
export async function runCase(ctx, sw, c, check) {
  const label = (s) => `${c.name}: ${s}`;
  const page = await ctx.newPage();
  await page.addInitScript(recordBodyAtLoad);

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
    page.waitForSelector(`html[data-jingdu="${state}"]`, { state: 'attached', timeout: MARKER_TIMEOUT }).catch(async () => {
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
