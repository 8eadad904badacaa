// What the user sees is the product: every gold and corpus page is opened under its real host name, and
// the visible text of the page (document.body.innerText, after the content script cleaned it) is scored
// exactly as ../shared/eval/score.mjs scores the extract command's `text`, and the outline and figures the
// page's content script answers the popup with as the scorer scores the command's. A measure that differs by
// more than one point between the two fails; so does a page that should be left alone and was touched.
// Pages on hosts the content script does not match are reported and left to the all-sites suite.
// Run by e2e/run.mjs with env = { context, check, serve }.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { relaunchGranted, registered, until } from './all-sites.e2e.mjs';
import { assert, send } from './helpers.mjs';
import { MEASURES, norm, scoreFigures, scoreOutline, scoreText } from './score-text.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const FOLDERS = ['fixtures/gold', 'fixtures/corpus'];
const SETTLE = 12_000; // the content script waits for the page to settle, then cleans in steps
const LEFT_ALONE = 3_500; // how long an untouched page is watched for a change

export function cases() {
  return FOLDERS.flatMap((folder) => {
    const dir = path.join(root, folder);
    if (!fs.existsSync(dir)) return [];
    return (
      fs
        .readdirSync(dir)
        // Corpus pages are on the machine only where they were fetched (fixtures/corpus/README.md).
        .filter((n) => fs.existsSync(path.join(dir, n, 'gold.json')) && fs.existsSync(path.join(dir, n, 'page.html')))
        .sort()
        .map((name) => {
          const gold = JSON.parse(fs.readFileSync(path.join(dir, name, 'gold.json'), 'utf8'));
          // Served over plain HTTP by the local server, on the page's own host and path.
          const url = new URL(gold.url);
          url.protocol = 'http:';
          return { name: `${path.basename(folder)}/${name}`, file: path.join(dir, name, 'page.html'), gold, url: url.href };
        })
    );
  });
}

/**
 * The extract command's result for a page, as the scorer runs it, with the text repairs the extension
 * makes by default (spin repair, mirrors to simplified): the command leaves them off unless asked.
 */
function extract(c) {
  return new Promise((resolve, reject) => {
    const args = ['--import', 'tsx', 'scripts/extract.ts', c.file, '--url', c.gold.url, '--repair-spin', '--simplify'];
    const child = spawn(process.execPath, args, { cwd: root });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`extract exited ${code}: ${err.slice(-300)}`))));
  });
}

/** Whether the built content script's own matches (`*://*.host/*`) take in this host. */
function knownHost(hostname, hosts) {
  return hosts.some((h) => hostname === h || hostname.endsWith(`.${h}`));
}

/**
 * Chromium 156 sends HSTS-preloaded hosts (socket.dev, zh.wikipedia.org, www.toutiao.com) to https, which the
 * loopback server does not speak. Such a page, none of them on a host JingDu has a rule for, is served under
 * its host name with `.test` added: all-sites detection reads the page's text, not its name.
 */
async function open(page, serve, c) {
  serve(c.url, fs.readFileSync(c.file));
  try {
    await page.goto(c.url, { waitUntil: 'domcontentloaded', timeout: 15_000 });
    return { page, c };
  } catch (e) {
    if (!/ERR_SSL_PROTOCOL_ERROR/.test(String(e))) throw e;
    const url = new URL(c.url);
    url.hostname += '.test';
    const moved = { ...c, url: url.href };
    serve(moved.url, fs.readFileSync(c.file));
    // The failed navigation goes on to Chromium's error page: a new tab leaves it behind.
    const context = page.context();
    await page.close().catch(() => {});
    const fresh = await context.newPage();
    await fresh.goto(moved.url, { waitUntil: 'domcontentloaded', timeout: 15_000 });
    return { page: fresh, c: moved };
  }
}

function builtHosts() {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, '.output/chrome-mv3/manifest.json'), 'utf8'));
  return manifest.content_scripts.flatMap((s) => s.matches).map((m) => m.replace(/^\*:\/\/\*\./, '').replace(/\/\*$/, ''));
}

export async function visiblePage(context, sw, serve, c, expected) {
  let page = await context.newPage();
  try {
    ({ page, c } = await open(page, serve, c));
    const cleans = expected.detected && !expected.held;
    if (cleans) await page.waitForSelector('html[data-jingdu="clean"]', { state: 'attached', timeout: SETTLE });
    else await page.waitForTimeout(LEFT_ALONE);
    const state = await page.evaluate(() => document.documentElement.getAttribute('data-jingdu'));
    const text = await page.evaluate(() => document.body.innerText);
    // What the popup shows: the result the page's content script answers with.
    const result = cleans ? (await send(sw, c.url, { type: 'jingdu:result' }))?.result : null;
    return { state, text, result };
  } finally {
    await page.close().catch(() => {});
  }
}

/** Outline F1 and levels, figures F1 (0–100) of a result, as the scorer counts them. */
function structure(gold, r) {
  const out = {};
  if (gold.outline)
    Object.assign(out, (({ f1, levels }) => ({ outline: f1, levels }))(scoreOutline(gold.outline, r?.outline ?? [], r?.title ?? '')));
  if (gold.figures) out.figures = scoreFigures(gold.figures, r?.figures ?? []);
  return out;
}

export function compare(c, expected, shown) {
  const want = { ...scoreText(c.gold, expected.text), ...structure(c.gold, expected) };
  const got = { ...scoreText(c.gold, shown.text), ...structure(c.gold, shown.result) };
  const measures = [...MEASURES, ...Object.keys(structure(c.gold, expected))];
  const fmt = (s) => measures.map((m) => `${m} ${m === 'pinyin' ? s[m] : s[m].toFixed(0)}`).join(' ');
  const off = measures.filter((m) => Math.abs(want[m] - got[m]) > 1);
  // The title is shown once: no more often on screen than the text (title line included) holds it.
  const key = norm(expected.title);
  const times = (t) => (key.length >= 6 ? norm(t).split(key).length - 1 : 0);
  if (times(shown.text) > times(expected.text)) off.push(`title shown ${times(shown.text)}×`);
  const why = off.length
    ? `; differs on ${off.join(', ')}: visible noise left ${JSON.stringify(got.left.slice(0, 5))}, visible content missing ${JSON.stringify(got.missing.slice(0, 5))}`
    : '';
  return { off, detail: `text: ${fmt(want)} | visible: ${fmt(got)}${why}` };
}

async function scorePages(env, all, results, label, reach) {
  const { context, sw, check, serve } = env;
  let skipped = 0;
  for (const [i, c] of all.entries()) {
    const expected = results[i];
    if (expected instanceof Error) {
      await check(`${label} ${c.name}: the extract command reads it`, () => {
        throw expected;
      });
      continue;
    }
    if (!reach(c, expected)) {
      skipped++;
      continue;
    }
    await check(`${label} ${c.name}: the page shows what the text holds`, async () => {
      const shown = await visiblePage(context, sw, serve, c, expected);
      if (!expected.detected || expected.held) {
        assert(shown.state !== 'clean', `a page the engine leaves alone was cleaned (data-jingdu ${shown.state})`);
        return `left alone${expected.held ? ` (${expected.held})` : ''}`;
      }
      const { off, detail } = compare(c, expected, shown);
      assert(off.length === 0, detail);
      return detail;
    });
  }
  return all.length - skipped;
}

export default async function visible(first) {
  const all = cases();
  const results = await Promise.all(all.map((c) => extract(c).catch((e) => e)));
  // The content script runs on its own only on the known hosts.
  const hosts = builtHosts();
  const known = await scorePages(first, all, results, 'visible', (c) => knownHost(new URL(c.url).hostname, hosts));
  // With all-sites detection on, it runs everywhere: every page, recognised by evidence or left alone.
  const env = await relaunchGranted(first);
  await until(async () => (await registered(env.sw)).length === 1, 'the all-sites registration');
  const everywhere = await scorePages(env, all, results, 'visible, all sites', () => true);
  return `${known} pages on the known hosts, ${everywhere} with all-sites detection on`;
}
