/**
 * npm run bench: times JingDu's stages against @mozilla/readability on the same pages, in one
 * process and on the same DOM (linkedom). Prints a table and, with --json, the raw numbers.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import Defuddle from 'defuddle';
import { parseHTML } from 'linkedom';
import { analyse } from '../utils/engine/index';
import { nodeParts } from '../utils/engine/node-parts';
import { corpusPages } from '../tests/pages';
import { findFigures } from '../utils/engine/stages/figures';
import { findOutline } from '../utils/engine/stages/outline';
import type { Block } from '../utils/engine/types';
import { compilationPage } from './bench-pages';
import { repairSpinIn } from '../utils/engine/text/spin-page';
import { simplifyIn } from '../utils/engine/text/t2s-page';
const root = resolve(import.meta.dirname, '..');
const shared = process.env.JINGDU_SHARED ?? resolve(root, '../shared');
const json = process.argv.includes('--json');
const RUNS = 15;
/** Runs that only warm up: the JIT is still compiling the engine's functions during the first few. */
const WARM_UP = 2;

const parse = (html: string) => parseHTML(html).document as unknown as Document;

/** Runs per measurement: fewer for the 130 ordinary pages, whose parses dominate the bench's own time. */
let runs = RUNS;

function median(run: () => void, n = runs): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

function textWalk(doc: Document): number {
  let n = 0;
  const w = doc.createTreeWalker(doc.body, 4);
  for (let t = w.nextNode(); t; t = w.nextNode()) n += (t as Text).data.length;
  return n;
}

/**
 * The walk that also reads every character once, as any engine that looks at the text must: printed
 * beside the bare walk to show what the 5× budget leaves for the stages.
 */
function characterWalk(doc: Document): number {
  let n = 0;
  const w = doc.createTreeWalker(doc.body, 4);
  for (let t = w.nextNode(); t; t = w.nextNode()) {
    const data = (t as Text).data;
    for (let i = 0; i < data.length; i++) n += data.charCodeAt(i) > 32 ? 1 : 0;
  }
  return n;
}

interface Row {
  page: string;
  kb: number;
  readability: number;
  defuddle: number;
  walk: number;
  stages: Record<string, number>;
  total: number;
}

const gc = (globalThis as { gc?: (options: { type: 'minor' }) => void }).gc;
/**
 * Freshly parsed documents are the harness's load on the garbage collector, not a contender's: at 400
 * pages, scavenging them inside the first contender's run cost it up to half its time. With
 * --expose-gc (npm run bench), two minor collections move them out of the young generation first.
 */
function settle(): void {
  gc?.({ type: 'minor' });
  gc?.({ type: 'minor' });
}

const mid = (xs: number[]) => (xs.some(Number.isNaN) ? NaN : [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!);

/** Defuddle logs (and sometimes throws) on schema.org data it cannot parse under linkedom; its logs would bury the table. */
function quietly(run: () => void): void {
  const saved = { error: console.error, warn: console.warn, log: console.log };
  console.error = console.warn = console.log = () => {};
  try {
    run();
  } finally {
    Object.assign(console, saved);
  }
}

/**
 * Medians of the four contenders, each run on its own freshly parsed document (parsing not timed). The
 * contenders take turns within every run, so a slow spell of a shared machine falls on all of them
 * alike and the ratios hold even when the milliseconds wander; who goes first rotates from run to run.
 * Each starts with an empty young generation: a collection during its run is one its own garbage
 * caused, not the one before it (Defuddle leaves megabytes).
 */
function contest(html: string, url: string): Record<'readability' | 'defuddle' | 'walk' | 'total', number> {
  const contenders = {
    readability: (doc: Document) => void new Readability(doc).parse(),
    defuddle: (doc: Document) => quietly(() => void new Defuddle(doc, { url }).parse()),
    walk: (doc: Document) => void textWalk(doc),
    total: (doc: Document) => void analyse(doc, url, nodeParts),
  };
  const times = { readability: [] as number[], defuddle: [] as number[], walk: [] as number[], total: [] as number[] };
  const entries = Object.entries(contenders);
  for (let i = 0; i < WARM_UP + runs; i++) {
    const docs = entries.map(() => parse(html));
    entries
      .map((_, k) => entries[(k + i) % entries.length]!)
      .forEach(([name, run], k) => {
        settle();
        const t = performance.now();
        try {
          run(docs[k]!);
        } catch {
          // Defuddle throws on some pages under linkedom; its column shows "NaN" there.
          times[name as keyof typeof times].push(NaN);
          return;
        }
        if (i >= WARM_UP) times[name as keyof typeof times].push(performance.now() - t);
      });
  }
  return { readability: mid(times.readability), defuddle: mid(times.defuddle), walk: mid(times.walk), total: mid(times.total) };
}

function measure(page: string, html: string, url: string): Row {
  const { readability, defuddle, walk, total } = contest(html, url);
  // Each stage's median over the runs: a collection pause landing in one stage would skew a mean.
  const doc = parse(html);
  analyse(doc, url, nodeParts); // warm-up
  const runsOf: Array<Record<string, number>> = [];
  for (let i = 0; i < runs; i++) analyse(doc, url, nodeParts, { timings: (runsOf[i] = {}) });
  const stages = Object.fromEntries(Object.keys(runsOf[0]!).map((k) => [k, mid(runsOf.map((r) => r[k]!))]));
  return { page, kb: Math.round(html.length / 1024), readability, defuddle, walk, stages, total };
}

const rows: Row[] = [];
const gold = join(root, 'fixtures/gold');
for (const name of readdirSync(gold).sort()) {
  const g = JSON.parse(readFileSync(join(gold, name, 'gold.json'), 'utf8'));
  rows.push(measure(name, readFileSync(join(gold, name, 'page.html'), 'utf8'), g.url));
}
const seedDir = join(shared, 'seeds');
const seeds = existsSync(seedDir)
  ? readdirSync(seedDir)
      .sort()
      .map((f) => readFileSync(join(seedDir, f), 'utf8'))
  : [];
const compilations = new Map(seeds.length ? [25, 100, 400].map((n) => [n, compilationPage(seeds, n)] as const) : []);
for (const [n, html] of compilations) rows.push(measure(`compilation-${n}p`, html, 'https://www.31doc.com/p-1.html'));

const f = (ms: number) => ms.toFixed(2).padStart(8);
const r = (x: number) => `${x.toFixed(2)}×`.padStart(7);
console.log(
  'page'.padEnd(36),
  'KB'.padStart(5),
  'readab.'.padStart(8),
  'defudd.'.padStart(8),
  'walk'.padStart(8),
  'jingdu'.padStart(8),
  '÷read'.padStart(7),
  '÷walk'.padStart(7),
  ' stages (ms)',
);
for (const row of rows) {
  const st = Object.entries(row.stages)
    .map(([k, v]) => `${k} ${v.toFixed(2)}`)
    .join(' · ');
  console.log(
    row.page.padEnd(36),
    String(row.kb).padStart(5),
    f(row.readability),
    f(row.defuddle),
    f(row.walk),
    f(row.total),
    r(row.total / row.readability),
    r(row.total / row.walk),
    ' ' + st,
  );
}

// Outline + figures alone over a ~100,000-character report built from the seeds, before the 130 pages fill the heap.
const report = seeds
  .join('\n')
  .repeat(Math.ceil(100_000 / Math.max(1, seeds.join('\n').length)))
  .slice(0, 100_000);
const blocks: Block[] = report
  .split('\n')
  .filter(Boolean)
  .map((text) => ({ text, tag: 'p', bold: false }));
const structure = median(() => findFigures(blocks, findOutline(blocks, ''), ''), 15);

// Ordinary pages: JingDu must not slow them down; recognition alone is what the content script would pay.
const corpus = corpusPages();
const ratios: number[] = [];
const recognise: number[] = [];
runs = 5;
for (const { name, html } of corpus) {
  const row = measure(name, html, `https://example.com/${name}`);
  ratios.push(row.total / row.readability);
  recognise.push(row.stages.recognise ?? 0);
}
if (corpus.length)
  console.log(
    `\n${corpus.length} ordinary pages: median JingDu ÷ Readability ${mid(ratios).toFixed(2)}×, median recognise ${mid(recognise).toFixed(3)} ms`,
  );

// The text repairs' gates on pages without spin or traditional script (the 130 ordinary pages): what
// a cleaned page pays for spin repair and t2s being on, the words and OpenCC never loaded there. Beside
// it, the whole spin repair of the spun 汇文网 page (seed 001, 90 unambiguous hits).
/** The body's text nodes outside scripts and styles: about what the reading segments hold. */
const textNodes = (doc: Document) => {
  const out: Text[] = [];
  const walk = doc.createTreeWalker(doc.body, 4);
  for (let n = walk.nextNode(); n; n = walk.nextNode())
    if (!/^(SCRIPT|STYLE|NOSCRIPT)$/.test(n.parentElement?.tagName ?? '')) out.push(n as Text);
  return out;
};
const gates = corpus.map(({ html }) => {
  const nodes = textNodes(parse(html));
  return median(() => {
    repairSpinIn(nodes, new Map(), nodeParts.spin);
    simplifyIn(nodes, new Map(), 0, { mode: 'mirrors', host: false, lang: '', toSimplified: nodeParts.t2s });
  }, 5);
});
const spunNodes = textNodes(parse(readFileSync(join(root, 'fixtures/gold/pub-huiwen-summary/page.html'), 'utf8')));
const spinWhole = median(() => repairSpinIn(spunNodes, new Map(), nodeParts.spin), 15);
console.log(
  `text repairs: gates (spin evidence, script), median over ${gates.length} ordinary pages ${mid(gates).toFixed(3)} ms, slowest ${Math.max(...gates).toFixed(3)} ms; whole spin repair of the 汇文网 page ${spinWhole.toFixed(2)} ms`,
);

interface Budget {
  name: string;
  value: number;
  limit: number;
  unit: string;
}
const budgets: Budget[] = [];
const byName = (n: string) => rows.find((x) => x.page === n);
const [p25, p100, p400] = ['compilation-25p', 'compilation-100p', 'compilation-400p'].map(byName);
if (p25 && p100 && p400) {
  const growth = (a: Row, b: Row) => b.total / a.total / (b.kb / a.kb);
  budgets.push(
    { name: 'total ÷ Readability, 25-page compilation', value: p25.total / p25.readability, limit: 0.5, unit: '×' },
    { name: 'total ÷ bare text walk, 25-page compilation', value: p25.total / p25.walk, limit: 5, unit: '×' },
    { name: 'growth 25→100 pages (time ratio ÷ size ratio)', value: growth(p25, p100), limit: 1.25, unit: '' },
    { name: 'growth 100→400 pages (time ratio ÷ size ratio)', value: growth(p100, p400), limit: 1.25, unit: '' },
  );
}
if (corpus.length)
  budgets.push({ name: `recognise, median over ${corpus.length} ordinary pages`, value: mid(recognise), limit: 0.2, unit: ' ms' });
budgets.push({ name: `outline + figures over ${report.length.toLocaleString('en')} chars`, value: structure, limit: 10, unit: ' ms' });
if (corpus.length)
  budgets.push({ name: `spin + script gates, median over ${corpus.length} ordinary pages`, value: mid(gates), limit: 0.5, unit: ' ms' });

console.log('\nbudget'.padEnd(52), 'measured'.padStart(10), 'limit'.padStart(8));
for (const b of budgets) {
  const shown = (x: number) => (x.toFixed(x < 10 ? 2 : 1) + b.unit).padStart(b.unit === ' ms' ? 10 : 9);
  console.log(b.name.padEnd(51), shown(b.value), shown(b.limit).padStart(8), b.value <= b.limit ? ' met' : ' NOT MET');
}
console.log(`${budgets.filter((b) => b.value <= b.limit).length} of ${budgets.length} budgets met`);
if (p25) {
  // What a tab pays as the page opens: the content script leaves outline, figures and text until the
  // popup, the reader or a save reads them. Told apart for the reader of the table; not a budget.
  const atLoad = ['recognise', 'locate', 'clean', 'repair', 'isolate'].reduce((sum, k) => sum + (p25.stages[k] ?? 0), 0);
  console.log(
    `(at page load, recognise → isolate, 25-page compilation: ${atLoad.toFixed(2)} ms, ${(atLoad / p25.readability).toFixed(2)}× Readability; stage medians, not a budget)`,
  );
  const html = compilations.get(25)!;
  const times: number[] = [];
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    const doc = parse(html);
    settle();
    const t = performance.now();
    characterWalk(doc);
    if (i >= WARM_UP) times.push(performance.now() - t);
  }
  const reading = mid(times);
  console.log(
    `(reading each character of the 25-page compilation once: ${reading.toFixed(3)} ms, ${(reading / p25.walk).toFixed(1)}× the bare walk, which reads none; not a budget)`,
  );
}

if (json)
  console.log(
    JSON.stringify({ rows, outlineFigures100k: structure, textRepairGates: gates, spinRepairHuiwen: spinWhole, budgets }, null, 1),
  );
