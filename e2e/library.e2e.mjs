// The extracts library (entrypoints/library) in real Chromium: import creates extracts, they survive a
// browser restart, JSON export → delete all → import gives the same library, CSV opens in Excel (BOM,
// header), page-derived strings render as text, and "open source" lands on the quote via a text fragment.
//
// Until the popup's save buttons exist, extracts come in through the page's own import UI. Returns a
// one-line summary; run by e2e/run.mjs with env = { context, extensionId, pages, check, outDir, relaunch… }.
import fs from 'node:fs';
import path from 'node:path';
import { assert, canonical } from './helpers.mjs';

const FORMAT = 'jingdu-extracts';
const CSV_HEADERS = [
  'title,url,section,raw,value,value_to,unit,scale,bound,kind,masked,sentence,saved_at',
  '文档标题,网址,章节,原文,数值,数值上限,单位,量级,精度,类别,已打码,所在句子,保存时间',
];
const EVIL = '<img src=x onerror="window.__xss=1">';

/** A sentence from the lower half of a served page, as the reader would select it. */
async function quoteFrom(context, url) {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    return await page.evaluate(() => {
      // Whole sentences from inside leaf paragraphs: the first and last may carry page-chunk markers.
      const sentences = [...document.querySelectorAll('p, div')]
        .filter((el) => el.children.length === 0)
        .flatMap((el) => el.textContent.split('。').slice(1, -1))
        .map((s) => s.trim())
        .filter((s) => s.length >= 15 && s.length <= 60 && /[\u4e00-\u9fff]/.test(s));
      return sentences[Math.floor(sentences.length * 0.7)] ?? '';
    });
  } finally {
    await page.close();
  }
}

function fixture(pages, quote) {
  const figure = {
    raw: '1.2亿元',
    value: 120000000,
    unit: '元',
    bound: 'exact',
    masked: false,
    kind: 'money',
    sentence: '投入资金1.2亿元。',
    section: '一、概况',
    block: 3,
    offset: 4,
  };
  const base = (i, url, title, site) => ({
    id: `e2e-${i}`,
    url,
    title,
    site,
    savedAt: 1_741_500_000_000 + i * 60_000,
    updatedAt: 1_741_500_000_000 + i * 60_000,
    tags: [],
    note: '',
  });
  return {
    format: FORMAT,
    version: 1,
    extracts: [
      {
        ...base(1, pages.doc31, '荣获双拥模范城“十连冠”综述', '31doc'),
        kind: 'selection',
        text: quote,
        section: null,
        tags: ['双拥', '总结'],
        note: '年终总结用',
      },
      {
        ...base(2, pages.doc31, '荣获双拥模范城“十连冠”综述', '31doc'),
        kind: 'figures',
        text: `1.2亿元：${figure.sentence}`,
        figures: [figure],
      },
      {
        ...base(3, pages.huiwen, '双拥工作总结', 'huiwen'),
        kind: 'section',
        heading: '一、加强组织领导',
        text: '一、加强组织领导\n\n成立双拥工作领导小组。',
        markdown: '## 一、加强组织领导\n\n成立双拥工作领导小组。',
      },
      {
        ...base(4, pages.huiwen, '双拥工作总结', 'huiwen'),
        kind: 'document',
        text: '双拥工作总结\n\n全文。',
        markdown: '# 双拥工作总结\n\n全文。',
        outline: [],
        figures: [figure],
      },
      { ...base(5, `${pages.huiwen}?copy=2`, EVIL, 'huiwen'), kind: 'selection', text: EVIL, section: EVIL, tags: [EVIL], note: EVIL },
    ],
  };
}

/** A library of n extracts over n/5 documents, every 20th a whole report of ~9,000 characters. */
function bigLibrary(n) {
  const words = '推进 高质量 发展 乡村 振兴 双拥 工作 财政 收入 同比 增长 民生 保障 项目 建设 招商 引资 营商 环境 数字 经济'.split(' ');
  const sentence = (i, len) => Array.from({ length: len }, (_, k) => words[(i * 7 + k * 13) % words.length]).join('') + '。';
  const extracts = Array.from({ length: n }, (_, i) => {
    const doc = i % 20 === 0 ? i / 20 : i % (n / 5);
    const url = `https://www.example-wenku.com/p-${doc}.html`;
    const base = {
      id: `big-${i}`,
      url,
      title: `工作总结 第${doc}号`,
      site: 'generic',
      savedAt: 1_700_000_000_000 + i * 1000,
      updatedAt: 1_700_000_000_000 + i * 1000,
      tags: i % 3 ? [] : ['批量'],
      note: '',
    };
    if (i % 20 === 0) {
      const text = Array.from({ length: 200 }, (_, k) => sentence(i + k, 20)).join('\n\n');
      return { ...base, kind: 'document', text, markdown: text, outline: [], figures: [] };
    }
    return { ...base, kind: 'selection', text: `第${i}条：${sentence(i, 15)}${sentence(i + 1, 15)}`, section: null };
  });
  return { format: FORMAT, version: 1, extracts };
}

async function openLibrary(env) {
  const page = await env.context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(`chrome-extension://${env.extensionId}/library.html`);
  await page.waitForSelector('[data-testid=extract], [data-testid=empty]');
  return page;
}

/** What the page lists, in order: enough to tell two libraries apart. */
const listing = (page) => page.$$eval('[data-testid=extract]', (cards) => cards.map((c) => `${c.dataset.id} ${c.textContent.length}`));

async function exportAs(page, format, file) {
  await page.selectOption('[data-testid=export-format]', format);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export]')]);
  await download.saveAs(file);
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(file) };
}

async function waitForCards(page, n) {
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=extract]').length === n, n, { timeout: 10_000 });
}

export default async function libraryChecks(env) {
  const { check, outDir } = env;
  const importFile = path.join(outDir, 'library-import.json');
  const exported = path.join(outDir, 'library-export.json');
  let page;
  let before = [];

  await check('library: import a JSON file through the page creates the extracts', async () => {
    const quote = await quoteFrom(env.context, env.pages.doc31);
    assert(quote.length > 10, `no quotable sentence on ${env.pages.doc31}`);
    fs.writeFileSync(importFile, JSON.stringify(fixture(env.pages, quote)));
    page = await openLibrary(env);
    if (await page.$('[data-testid=delete-all]:not([disabled])')) {
      await page.click('[data-testid=delete-all]');
      await page.click('[data-testid=confirm-delete-all]');
      await page.waitForSelector('[data-testid=empty]');
    }
    await page.setInputFiles('[data-testid=import-input]', importFile);
    await waitForCards(page, 5);
    const groups = await page.$$eval('[data-testid=group] h2', (hs) => hs.map((h) => h.textContent));
    assert(groups.length === 3, `groups ${JSON.stringify(groups)}`);
    before = await listing(page);
    return `5 extracts in ${groups.length} documents; quote "${quote.slice(0, 16)}…"`;
  });

  await check('library: page-derived strings are rendered as text, never as HTML', async () => {
    const state = await page.evaluate(() => ({ imgs: document.querySelectorAll('main img').length, xss: window.__xss ?? null }));
    assert(state.imgs === 0 && state.xss === null, JSON.stringify(state));
    const text = await page.textContent('main');
    assert(text.includes('<img src=x onerror="window.__xss=1">'), 'the malicious string is not shown verbatim');
  });

  await check('library: search and filters narrow the list', async () => {
    await page.fill('[data-testid=search]', '年终 总结');
    await waitForCards(page, 1);
    await page.fill('[data-testid=search]', '');
    await page.selectOption('[data-testid=site-filter]', 'huiwen');
    await waitForCards(page, 3);
    await page.selectOption('[data-testid=site-filter]', '');
    await waitForCards(page, 5);
    await page.screenshot({ path: path.join(outDir, 'library.png'), fullPage: true });
  });

  await check('library: Chinese interface for a Chinese browser', async () => {
    const zh = await env.context.newPage();
    await zh.addInitScript(() => Object.defineProperty(navigator, 'language', { get: () => 'zh-CN' }));
    await zh.setViewportSize({ width: 1100, height: 900 });
    await zh.goto(`chrome-extension://${env.extensionId}/library.html`);
    await waitForCards(zh, 5);
    const title = await zh.textContent('h1');
    await zh.screenshot({ path: path.join(outDir, 'library-zh.png'), fullPage: true });
    await zh.close();
    assert(title === '净读 · 摘录库', `h1 ${title}`);
  });

  await check('library: extracts survive a browser restart (same profile)', async () => {
    env = await env.relaunch();
    page = await openLibrary(env);
    await waitForCards(page, 5);
    const after = await listing(page);
    assert(JSON.stringify(after) === JSON.stringify(before), `before ${before}\nafter  ${after}`);
  });

  await check('library: JSON export → delete all → import gives the same library', async () => {
    const { name, bytes } = await exportAs(page, 'json', exported);
    const json = JSON.parse(bytes.toString('utf8'));
    assert(
      name.endsWith('.json') && json.format === FORMAT && json.extracts.length === 5,
      `${name}: ${json.format} ${json.extracts?.length}`,
    );
    await page.click('[data-testid=delete-all]');
    await page.click('[data-testid=confirm-delete-all]');
    await page.waitForSelector('[data-testid=empty]');
    await page.setInputFiles('[data-testid=import-input]', exported);
    await waitForCards(page, 5);
    const after = await listing(page);
    assert(JSON.stringify(after) === JSON.stringify(before), `before ${before}\nafter  ${after}`);
    const again = JSON.parse((await exportAs(page, 'json', path.join(outDir, 'library-export-2.json'))).bytes.toString('utf8'));
    assert(canonical(again.extracts) === canonical(json.extracts), 'the re-exported extracts differ');
    return `${bytes.length} bytes, identical after the round trip`;
  });

  await check('library: CSV of figures starts with the UTF-8 BOM and has the header', async () => {
    const { name, bytes } = await exportAs(page, 'csv', path.join(outDir, 'library-figures.csv'));
    assert(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf, `first bytes ${[...bytes.subarray(0, 3)]}`);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    assert(CSV_HEADERS.includes(lines[0]), `header ${lines[0]}`);
    assert(lines.filter((l) => l.includes('1.2亿元')).length === 2, `rows:\n${lines.join('\n')}`);
    return name;
  });

  await check('library: Markdown export is a zip with one file per document', async () => {
    const { name, bytes } = await exportAs(page, 'md-zip', path.join(outDir, 'library-markdown.zip'));
    assert(name.endsWith('.zip') && bytes.subarray(0, 2).toString() === 'PK', name);
    const entries = (bytes.toString('latin1').match(/PK\x01\x02/g) ?? []).length;
    assert(entries === 3, `${entries} files in the zip`);
    return `${name}, ${entries} files`;
  });

  await check('library: "open source" opens the page at the quote (text fragment)', async () => {
    const card = page.locator('[data-testid=extract]', { hasText: '年终总结用' });
    const [source] = await Promise.all([env.context.waitForEvent('page'), card.locator('[data-testid=open-source]').click()]);
    await source.waitForLoadState('domcontentloaded');
    const url = source.url();
    assert(url.startsWith(env.pages.doc31) && url.includes('#:~:text='), url);
    await source.waitForTimeout(800);
    const scrolled = await source.evaluate(() => Math.round(window.scrollY));
    await source.close();
    return `${decodeURIComponent(url.split('#:~:text=')[1]).slice(0, 20)}…, scrolled to y=${scrolled}`;
  });

  await check('library: 5,000 extracts import, search and export in reasonable time', async () => {
    const file = path.join(outDir, 'library-5000.json');
    fs.writeFileSync(file, JSON.stringify(bigLibrary(5000)));
    let start = Date.now();
    await page.setInputFiles('[data-testid=import-input]', file);
    await page
      .waitForFunction(() => /5,?005|5005/.test(document.querySelector('[data-testid=count]').textContent), null, { timeout: 60_000 })
      .catch(async (e) => {
        throw new Error(`${e.message}: ${await page.textContent('body')}`.slice(0, 600));
      });
    const importMs = Date.now() - start;
    const count = () => page.textContent('[data-testid=count]');
    const search = async (q) => {
      const before = await count();
      const t0 = Date.now();
      await page.fill('[data-testid=search]', q);
      await page.waitForFunction((b) => document.querySelector('[data-testid=count]').textContent !== b, before);
      return { ms: Date.now() - t0, count: await count() };
    };
    const one = await search('第4321条');
    assert(/\b1\b/.test(one.count) && !/\d{2}/.test(one.count), one.count);
    const many = await search('营商环境 批量');
    const searchMs = [one.ms, many.ms];
    await page.fill('[data-testid=search]', '');
    start = Date.now();
    await exportAs(page, 'json', path.join(outDir, 'library-5000-export.json'));
    const jsonMs = Date.now() - start;
    start = Date.now();
    await exportAs(page, 'md-zip', path.join(outDir, 'library-5000.zip'));
    const zipMs = Date.now() - start;
    const mb = (fs.statSync(file).size / 1e6).toFixed(1);
    assert(importMs < 30_000 && Math.max(...searchMs) < 2_000 && jsonMs < 15_000 && zipMs < 15_000, 'too slow');
    return `${mb} MB file: import ${importMs} ms, search→list ${searchMs.join('/')} ms, JSON export ${jsonMs} ms, Markdown zip ${zipMs} ms`;
  });

  await page.close();
  return 'library suite finished';
}
