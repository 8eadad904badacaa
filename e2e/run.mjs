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
import os from 'node:os';
import path from 'node:path';
import { CASES, CHROMIUM, EXT, OUT, WATCHDOG, here, launch, root, startServer, suiteEnv } from './harness.mjs';
import { checks } from './helpers.mjs';
import { runCase } from './page-case.mjs';

const { check, results } = checks();

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
      for (const c of CASES) await runCase(holder.browser.ctx, holder.browser.sw, c, check);
      const only = process.env.E2E_ONLY;
      const suites = fs
        .readdirSync(here)
        .filter((f) => f.endsWith('.e2e.mjs') && (!only || f.startsWith(only)))
        .sort();
      for (const file of suites) {
        console.log(`-- ${file}`);
        const { default: suite } = await import(path.join(here, file));
        await check(`${file} ran to the end`, () => suite(suiteEnv(holder.browser, userDataDir, rules, holder, check)));
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
    failed ? `e2e: FAILED: ${failed} of ${results.length} checks failed (${secs} s)` : `e2e: all ${results.length} checks ok (${secs} s)`,
  );
  process.exitCode = failed ? 1 : 0;
}

await main();
