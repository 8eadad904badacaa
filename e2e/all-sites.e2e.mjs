// "Clean recognised pages on every site", in real Chromium. Run by e2e/run.mjs with its suite env.
//
// The browser's permission prompt cannot be answered from automation (permissions.request from a real
// click stays pending under headless Chromium). So the grant is made the way the browser itself keeps
// it: the suite closes the browser, adds the origins to the extension's granted and active permissions
// in the profile's Preferences, and starts it again. The background must then notice at start that the
// permission is granted and register the content script (the same reconcile that runs on onInstalled
// and permissions.onAdded), which is what the switch's "on" path ends in. Everything after the prompt is
// real: the registration, pages on a site without a host rule, the switches, permissions.remove, and a
// revocation from chrome://extensions (chrome.developerPrivate, which that page's site access controls use).

import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assert, until as poll } from './helpers.mjs';
import { norm, pinyinResidue } from './score-text.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const ORIGINS = ['http://*/*', 'https://*/*'];
const SCRIPT_ID = 'jingdu-all-sites';
const WAIT = 10_000;
/** How long an untouched page is watched for a change that should not come. */
const QUIET = 2_000;

const fixture = (dir) => ({
  html: fs.readFileSync(path.join(root, dir, 'page.html'), 'utf8'),
  gold: JSON.parse(fs.readFileSync(path.join(root, dir, 'gold.json'), 'utf8')),
});
// A reprint with inline pinyin on a host no rule names: recognised from its evidence (gold: detected).
const DOC = { url: 'http://news.shuangyong-sample.test/post/2315.html', ...fixture('fixtures/gold/pub-pinyin-blog') };
// An ordinary Chinese news page (中国青年网, one of the 130 ordinary pages, committed where corpus pages are not;
// its text has no pinyin candidate, so nothing at all is loaded into it): must stay exactly as it is.
const PLAIN = {
  url: 'http://news.youth.cn/jsxw/201607/t20160713_8275421.htm',
  html: zlib.gunzipSync(fs.readFileSync(path.join(root, 'fixtures/ordinary/youth.html.gz'))).toString('utf8'),
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const granted = (sw) => sw.evaluate((origins) => chrome.permissions.contains({ origins }), ORIGINS);
export const registered = (sw) => sw.evaluate((id) => chrome.scripting.getRegisteredContentScripts({ ids: [id] }), SCRIPT_ID);
/** Polls until fn() returns true (helpers.mjs's until, with this suite's wait). */
export const until = (fn, what, ms = WAIT) => poll(fn, Boolean, ms, what);

/** Which of our globals the page's isolated world holds (the content script's mark, the parts). */
const world = (sw, url) =>
  sw.evaluate(async (u) => {
    const [tab] = await chrome.tabs.query({ url: u });
    const [{ result }] = await chrome.scripting.executeScript({
      target: { tabId: tab.id },
      func: () => ({
        content: globalThis.__jingduContent === true,
        pinyin: typeof globalThis['__jingduPart:pinyin'] === 'function',
        readability: typeof globalThis['__jingduPart:readability'] === 'function',
        reader: typeof globalThis.__jingduReader === 'function',
      }),
    });
    return result;
  }, url);

/** Opens url with <body> as delivered kept at DOMContentLoaded (before any content script). */
async function open(context, url) {
  const page = await context.newPage();
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => void (window.__before = document.body.innerHTML), { once: true });
  });
  const res = await page.goto(url, { waitUntil: 'domcontentloaded' });
  assert(res?.status() === 200, `HTTP ${res?.status()} for ${url}`);
  return page;
}
const marker = (page) => page.evaluate(() => document.documentElement.getAttribute('data-jingdu'));

/** Opens url and watches it for a while: no content script may clean it. */
async function staysUncleaned(context, url) {
  const page = await open(context, url);
  try {
    await sleep(QUIET);
    assert((await marker(page)) === null, `data-jingdu is ${await marker(page)}`);
  } finally {
    await page.close();
  }
}

/** Closes the browser, grants the origins in the profile as a granted prompt leaves them, starts it again. */
export async function relaunchGranted(env) {
  await env.context.close();
  const file = path.join(env.userDataDir, 'Default', 'Preferences');
  const prefs = JSON.parse(fs.readFileSync(file, 'utf8'));
  const ext = prefs.extensions?.settings?.[env.extensionId];
  assert(ext?.granted_permissions && ext.active_permissions, `no permissions for ${env.extensionId} in ${file}`);
  for (const set of [ext.granted_permissions, ext.active_permissions]) {
    for (const key of ['explicit_host', 'scriptable_host']) set[key] = [...new Set([...(set[key] ?? []), ...ORIGINS])];
  }
  fs.writeFileSync(file, JSON.stringify(prefs));
  return env.relaunch();
}

const SWITCH = /在所有网站清理识别出的文档页|Clean recognised pages on every site/;

export default async function allSitesChecks(first) {
  let env = first;
  const { check, serve } = env;
  serve(DOC.url, DOC.html);
  serve(PLAIN.url, PLAIN.html);

  await check('all-sites: the default install has no access to all sites and registers nothing', async () => {
    const m = await env.sw.evaluate(() => chrome.runtime.getManifest());
    assert(
      JSON.stringify(m.permissions) ===
        JSON.stringify(['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus', 'offscreen']),
      `permissions ${JSON.stringify(m.permissions)}`,
    );
    assert(
      JSON.stringify(m.optional_host_permissions) === JSON.stringify(ORIGINS),
      `optional_host_permissions ${JSON.stringify(m.optional_host_permissions)}`,
    );
    const known = new Set(m.content_scripts.find((c) => c.js.includes('content-scripts/content.js')).matches);
    assert(
      m.host_permissions.length === known.size && m.host_permissions.every((h) => known.has(h)),
      'host_permissions are not exactly the known hosts',
    );
    assert(!(await granted(env.sw)), 'http(s)://*/* is granted');
    const scripts = await registered(env.sw);
    assert(scripts.length === 0, `registered: ${JSON.stringify(scripts)}`);
    return `${m.host_permissions.length} known hosts, optional ${ORIGINS.join(' ')}`;
  });

  await check(
    'all-sites: without the permission, asking the background registers nothing and a 文库 page elsewhere is not touched',
    async () => {
      const options = await env.context.newPage();
      try {
        await options.goto(`chrome-extension://${env.extensionId}/options.html`);
        const reply = await options.evaluate(() => chrome.runtime.sendMessage({ type: 'jingdu:all-sites', on: true }));
        assert(reply?.on === false, `reply ${JSON.stringify(reply)}`);
      } finally {
        await options.close();
      }
      assert((await registered(env.sw)).length === 0, 'registered without the permission');
      await staysUncleaned(env.context, DOC.url);
    },
  );

  await check('all-sites: the options switch is off, and turning it on asks the browser (a real prompt, left unanswered)', async () => {
    const options = await env.context.newPage();
    try {
      await options.goto(`chrome-extension://${env.extensionId}/options.html`);
      const sw = options.getByRole('switch', { name: SWITCH });
      await until(async () => !(await sw.isDisabled()), 'the switch to be ready');
      assert(!(await sw.isChecked()), 'the switch is on');
      await sw.click();
      // The request was made from the click (no "user gesture" error): the browser's prompt is up.
      const note = await options.getByTestId('all-sites-note').textContent({ timeout: WAIT });
      assert(/请在浏览器的提示中选择是否允许|Answer the browser’s prompt/.test(note), `note: ${note}`);
      assert(!(await granted(env.sw)), 'granted without an answer');
      return note;
    } finally {
      // Closing the page dismisses the prompt.
      await options.close();
    }
  });

  env = await relaunchGranted(env);

  await check('all-sites: a granted permission is found at start and the content script registered for every site', async () => {
    assert(await granted(env.sw), 'not granted after the relaunch');
    await until(async () => (await registered(env.sw)).length === 1, 'the registration');
    const [s] = await registered(env.sw);
    const m = await env.sw.evaluate(() => chrome.runtime.getManifest());
    const content = m.content_scripts.find((c) => c.js.includes('content-scripts/content.js'));
    const want = {
      id: SCRIPT_ID,
      js: content.js,
      matches: ORIGINS,
      excludeMatches: content.matches,
      runAt: content.run_at,
      persistAcrossSessions: true,
      allFrames: false,
    };
    for (const [k, v] of Object.entries(want))
      assert(JSON.stringify(s[k]) === JSON.stringify(v), `${k}: ${JSON.stringify(s[k])}, want ${JSON.stringify(v)}`);
    // The canvas recorder goes with it (registered right after it), in the page's world, before the page's scripts.
    const canvasScripts = () =>
      env.sw.evaluate(
        (id) => chrome.scripting.getRegisteredContentScripts({ ids: [`${id}-canvas-capture`, `${id}-canvas-listen`] }),
        SCRIPT_ID,
      );
    await until(async () => (await canvasScripts()).length === 2, 'the canvas recorder registration');
    const canvas = await canvasScripts();
    const capture = canvas.find((c) => c.id.endsWith('capture'));
    assert(
      canvas.length === 2 && capture?.world === 'MAIN' && canvas.every((c) => c.runAt === 'document_start'),
      `canvas scripts: ${JSON.stringify(canvas)}`,
    );
    return `${s.js.join()} at ${s.runAt}, ${s.excludeMatches.length} known hosts excluded; canvas recorder registered`;
  });

  await check('all-sites: a 文库 page on a site without a host rule is recognised and cleaned', async () => {
    const page = await open(env.context, DOC.url);
    try {
      await page.waitForSelector('html[data-jingdu="clean"]', { state: 'attached', timeout: WAIT });
      const text = norm(await page.evaluate(() => document.body.innerText));
      const missing = DOC.gold.content.filter((s) => !text.includes(norm(s)));
      assert(missing.length === 0, `content missing: ${JSON.stringify(missing)}`);
      const noise = DOC.gold.noise.filter((s) => text.includes(norm(s)));
      assert(noise.length === 0, `noise left: ${JSON.stringify(noise)}`);
      const residue = pinyinResidue(text);
      assert(residue.length === 0, `pinyin left: ${JSON.stringify(residue.slice(0, 5))}`);
      return `${DOC.gold.content.length} content, ${DOC.gold.noise.length} noise strings`;
    } finally {
      await page.close();
    }
  });

  await check('all-sites: an ordinary page runs the script and is left exactly as it was, with nothing loaded into it', async () => {
    const page = await open(env.context, PLAIN.url);
    try {
      await until(async () => (await world(env.sw, PLAIN.url)).content, 'the content script in the page');
      await sleep(QUIET);
      const { before, now, attr } = await page.evaluate(() => ({
        before: window.__before,
        now: document.body.innerHTML,
        attr: document.documentElement.getAttribute('data-jingdu'),
      }));
      assert(attr === null, `data-jingdu is ${attr}`);
      assert(typeof before === 'string' && before.length > 1000, 'no snapshot at DOMContentLoaded');
      assert(now === before, 'body.innerHTML changed');
      const parts = await world(env.sw, PLAIN.url);
      assert(!parts.pinyin && !parts.readability && !parts.reader, `parts loaded: ${JSON.stringify(parts)}`);
      return `${now.length} chars identical`;
    } finally {
      await page.close();
    }
  });

  await check('all-sites: the options page and the popup show the switch on', async () => {
    for (const file of ['options.html', 'popup.html']) {
      const ui = await env.context.newPage();
      try {
        await ui.goto(`chrome-extension://${env.extensionId}/${file}`);
        const sw = ui.getByRole('switch', { name: SWITCH });
        await until(async () => (await sw.count()) === 1 && (await sw.isChecked()), `${file}: the switch on`);
      } finally {
        await ui.close();
      }
    }
  });

  await check('all-sites: switching off in the options page unregisters and gives the permission back', async () => {
    const options = await env.context.newPage();
    try {
      await options.goto(`chrome-extension://${env.extensionId}/options.html`);
      const sw = options.getByRole('switch', { name: SWITCH });
      await until(async () => (await sw.isChecked()) && !(await sw.isDisabled()), 'the switch on');
      await sw.click();
      const note = await options.getByTestId('all-sites-note').textContent({ timeout: WAIT });
      assert(/已关闭|Off:/.test(note), `note: ${note}`);
      assert(!(await sw.isChecked()), 'still on');
    } finally {
      await options.close();
    }
    assert(!(await granted(env.sw)), 'still granted');
    assert((await registered(env.sw)).length === 0, 'still registered');
    await staysUncleaned(env.context, DOC.url);
  });

  env = await relaunchGranted(env);

  await check('all-sites: revoked in chrome://extensions, the script goes and the switch turns off', async () => {
    await until(async () => (await registered(env.sw)).length === 1, 'the registration after the second grant');
    const options = await env.context.newPage();
    const extensions = await env.context.newPage();
    try {
      await options.goto(`chrome-extension://${env.extensionId}/options.html`);
      const sw = options.getByRole('switch', { name: SWITCH });
      await until(async () => sw.isChecked(), 'the switch on');
      await extensions.goto('chrome://extensions');
      await extensions.evaluate(
        async ([id, origins]) => {
          for (const o of origins) await chrome.developerPrivate.removeHostPermission(id, o);
        },
        [env.extensionId, ORIGINS],
      );
      await until(async () => !(await granted(env.sw)), 'the permission gone');
      await until(async () => (await registered(env.sw)).length === 0, 'the registration gone');
      await until(async () => !(await sw.isChecked()), 'the options switch off');
    } finally {
      await extensions.close();
      await options.close();
    }
  });
}
