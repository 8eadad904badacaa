// Benchmark pages for OCR: seed text (fixtures/seeds) laid out as a document page in Chromium in several
// fonts and sizes, with a table and a numbered list, shot as JPEG at 800 or 1240 px wide (A4 proportions).
// The ground truth is the text of what fits on the page, read back from the laid-out page itself.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';

export interface PageSpec {
  name: string;
  width: 800 | 1240;
  font: string;
  size: number;
  quality: number;
  /** Which seed file, and where in it the page starts (in lines). */
  seed: string;
  from: number;
  /** A table or numbered list at the top of the page. */
  extra?: 'table' | 'list';
}

export interface RenderedPage {
  spec: PageSpec;
  jpeg: Buffer;
  truth: string;
}

const SEEDS = path.resolve(import.meta.dirname, '../../fixtures/seeds');

/** The seed's lines that read as body text: the site's chrome around them is not what a page image shows. */
function seedLines(seed: string): string[] {
  return fs
    .readFileSync(path.join(SEEDS, seed), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length >= 4 && !/^https?:/.test(l));
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const TABLE = `<table><tr><th>项目</th><th>2022年</th><th>2023年</th><th>增长</th></tr>
<tr><td>走访慰问部队</td><td>36次</td><td>42次</td><td>16.7%</td></tr>
<tr><td>解决随军家属就业</td><td>118人</td><td>135人</td><td>14.4%</td></tr>
<tr><td>拥军资金投入</td><td>1.2亿元</td><td>1.5亿元</td><td>25.0%</td></tr></table>`;

// Numbered as a page image shows it: the numbers are part of the text (an <ol>'s markers are not in innerText).
const LIST = `<div class="list"><p>1. 加强组织领导，健全工作机制。</p><p>2. 落实优抚政策，解决实际困难。</p>
<p>3. 开展宣传教育，营造浓厚氛围。</p><p>4. 推进军民融合，服务部队建设。</p></div>`;

export function pageHtml(spec: PageSpec): string {
  const all = seedLines(spec.seed);
  const lines = [...all.slice(spec.from), ...all.slice(0, spec.from)];
  const body = lines.map((l) => `<p>${escape(l)}</p>`).join('\n');
  const extra = spec.extra === 'table' ? TABLE : spec.extra === 'list' ? LIST : '';
  const pad = Math.round(spec.width * 0.08);
  return `<!doctype html><meta charset="utf-8"><style>
html,body{margin:0;background:#fff;color:#111}
body{width:${spec.width - 2 * pad}px;padding:${pad}px;font:${spec.size}px/1.7 "${spec.font}";overflow:hidden}
p{margin:0 0 .4em;text-indent:2em;text-align:justify}
table{border-collapse:collapse;margin:0 auto .8em}td,th{border:1px solid #333;padding:.2em .8em}
.list p{text-indent:0;margin-left:2em}
</style><body>${extra}${body}</body>`;
}

/** Lays the page out, drops the blocks that do not fit whole on it, shoots it and reads its text. */
export async function renderPage(browser: Browser, spec: PageSpec): Promise<RenderedPage> {
  const height = Math.round(spec.width * 1.4143);
  const page = await browser.newPage({ viewport: { width: spec.width, height } });
  try {
    await page.setContent(pageHtml(spec));
    await page.evaluate(() => document.fonts.ready);
    const truth = await page.evaluate((h) => {
      const pad = parseFloat(getComputedStyle(document.body).paddingTop);
      for (const el of [...document.body.children]) if (el.getBoundingClientRect().bottom > h - pad) el.remove();
      return document.body.innerText;
    }, height);
    const jpeg = await page.screenshot({ type: 'jpeg', quality: spec.quality });
    return { spec, jpeg, truth };
  } finally {
    await page.close();
  }
}

/** The set `npm run bench:ocr` reads: two widths, four faces, sizes a scanned A4 page has at that width. */
export const BENCH_PAGES: PageSpec[] = [
  {
    name: 'zenhei-22-q60',
    width: 1240,
    font: 'WenQuanYi Zen Hei',
    size: 22,
    quality: 60,
    seed: '001_54bf0b5737e40dc2.txt',
    from: 8,
    extra: 'table',
  },
  { name: 'uming-20-q50', width: 1240, font: 'AR PL UMing CN', size: 20, quality: 50, seed: '000_cc9ca5156291f28b.txt', from: 3 },
  {
    name: 'ukai-24-q70',
    width: 1240,
    font: 'AR PL UKai CN',
    size: 24,
    quality: 70,
    seed: '001_54bf0b5737e40dc2.txt',
    from: 16,
    extra: 'list',
  },
  { name: 'microhei-18-q60', width: 1240, font: 'WenQuanYi Micro Hei', size: 18, quality: 60, seed: '000_cc9ca5156291f28b.txt', from: 12 },
  {
    name: 'zenhei-15-q70',
    width: 800,
    font: 'WenQuanYi Zen Hei',
    size: 15,
    quality: 70,
    seed: '001_54bf0b5737e40dc2.txt',
    from: 8,
    extra: 'list',
  },
  {
    name: 'uming-14-q60',
    width: 800,
    font: 'AR PL UMing CN',
    size: 14,
    quality: 60,
    seed: '000_cc9ca5156291f28b.txt',
    from: 20,
    extra: 'table',
  },
  { name: 'microhei-14-q50', width: 800, font: 'WenQuanYi Micro Hei', size: 14, quality: 50, seed: '001_54bf0b5737e40dc2.txt', from: 20 },
];
