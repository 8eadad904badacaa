import { pinyinReadings } from './text/pinyin-dictionary';
import { givenParts } from '../page/part-source';
import { nodeParts } from './node-parts';
/**
 * Robustness properties of the engine over generated and mutated pages (issue "Speed and safety,
 * proven"). Every generated page is checked against all four promises at once, so a case costs one
 * parse:
 *   1. analyse never throws, with or without force; an unforced analysis of an unrecognised page
 *      plans nothing; analysing does not change the page; the result stays proportional to the page;
 *   2. cleaning twice equals cleaning once (the visible text does not change on a second pass);
 *   3. the plan removes no more than the engine reports in `removed` (see checkAccounting);
 *   4. undoing restores the page exactly, in linkedom and happy-dom, and through PageCleaner.
 * Engine bugs these found are pinned by the regression tests at the end. The properties still
 * recognise those bugs' signatures (counted in `drifts` and `knownBugs`, printed at the end): since
 * the fixes most counts are 0, and a rare second-pass drift (the root moving once noise is hidden,
 * a notice or title duplicate found only on the second pass) remains, reported, not hidden.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import * as A from '../../tests/arbitraries';
import { goldCases } from '../../tests/pages';
import { PageCleaner } from '../page/cleaner';
import { analyse, applyPlan, extract, type Analysis, type NoiseKind } from './index';
import { locate } from './stages/locate';
import { recognise } from './stages/recognise';
import { isBlockTag, segment } from './stages/segment';

// ---------------------------------------------------------------------------------------------
// What the properties observe

const HIDDEN_STYLE = /display\s*:\s*none/i;
const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * The text a reader can see after cleaning: every text node that is not inside an element whose
 * style attribute says display:none. That is exactly how cleaning hides things; markup the page
 * hid itself is hidden the same way before and after, so it cannot make the comparison differ.
 * Iterative, because the pages include 2,000-level trees.
 */
function visibleText(doc: Document): string {
  const out: string[] = [];
  const stack: Node[] = [doc.documentElement];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3) out.push((n as Text).data);
    else if (n.nodeType === 1 && !HIDDEN_STYLE.test((n as Element).getAttribute('style') ?? '')) {
      const kids = n.childNodes;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return out.join('');
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (let j = 0; i < short.length && j < long.length; j++) if (short[i] === long[j]) i++;
  return i === short.length;
}

function textWithEdits(el: Element, edits: Map<Text, string>): string {
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  let s = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) s += edits.get(n as Text) ?? (n as Text).data;
  return s;
}

const short = (s: string, n = 120) => JSON.stringify(s.length > n ? `${s.slice(0, n)}…(${s.length})` : s);

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: ${short(a.slice(Math.max(0, i - 30), i + 60))} vs ${short(b.slice(Math.max(0, i - 30), i + 60))}`;
}

const PREVIEW_LABEL = /^(?:文档简介|文本预览|资源描述|内容提示|文档介绍)\s*[:：]$/;
/** Cases excused by a known, reported engine bug (see the regression tests at the end). */
const knownBugs = { 'kept-meta-label': 0, 'figure-sentences': 0, 'quadratic-span': 0 };
/** The opening of the 就爱阅读 span rule; without its closing part the rule backtracks to the end of the text. */
const UNFINISHED_DAODU = /导读[:：]?就爱阅读网友为您分享/;
/**
 * Known bug: the 各类专业好文档 span rule retries `[-—]{5,}` at every position of a dash run, so a
 * giant text that is one long run of dashes takes quadratic time (200,000 "—": about a minute). Such
 * units are skipped by the giant-text properties, which could not finish otherwise, and counted.
 */
const longDashRun = (unit: string[]) => /[-—]{40,}/.test(A.repeatTo(unit, 400));

class PropertyError extends Error {}
const fail = (property: string, detail: string): never => {
  throw new PropertyError(`[${property}] ${detail}`);
};

/**
 * Property 3, as far as the engine promises it. The engine reports each removal as a kind and a
 * text, where texts of whole elements and dropped duplicates are snippets: whitespace collapsed and
 * cut at 300 characters. So:
 *   - every hidden element has its own `removed` entry of the same kind whose text (ignoring
 *     whitespace) is a prefix of the element's text (as found, or after the plan's text edits,
 *     since duplicates are compared after pinyin is cut) and at least min(length, 100) long;
 *   - text edits only delete characters (the new text is a subsequence of the old);
 *   - the non-space characters the edits delete are at most the non-space length of the entries not
 *     used by hidden elements; an entry cut at 300 characters bounds nothing, so it counts as unbounded;
 *   - no kind the user keeps is hidden, cut or reported, and nothing is both hidden and made inline
 *     (applyPlan would show it again: inline styles are applied after hiding).
 */
function checkAccounting(a: Analysis, keep: ReadonlySet<string>): void {
  const { plan, result } = a;
  const pool = result.removed.map((r) => ({ kind: r.kind, text: squash(r.text), cut: r.text.length >= 300, used: false }));
  for (const r of result.removed) {
    if (!keep.has(r.kind)) continue;
    // Known bug: repair cuts the preview label ("文档简介：") as meta even when the user keeps meta.
    if (r.kind === 'meta' && PREVIEW_LABEL.test(r.text)) {
      knownBugs['kept-meta-label']++;
      continue;
    }
    fail('keep', `reports a removal of kept kind ${r.kind}: ${short(r.text)}`);
  }
  for (const { el, kind } of plan.hide) {
    if (keep.has(kind)) fail('keep', `hides <${el.localName}> as kept kind ${kind}`);
    const texts = [squash(el.textContent ?? ''), squash(textWithEdits(el, plan.edits))];
    const fits = (r: (typeof pool)[number]) =>
      !r.used && r.kind === kind && texts.some((t) => t.startsWith(r.text) && r.text.length >= Math.min(t.length, 100));
    const entry = pool.find((r) => fits(r) && texts.includes(r.text)) ?? pool.find(fits);
    if (!entry) fail('accounting', `hides <${el.localName} class=${short(el.getAttribute('class') ?? '')}> as ${kind} without a matching removal: ${short(texts[0]!)}`);
    entry!.used = true;
  }
  const inline = new Set(plan.inline);
  for (const { el } of plan.hide) if (inline.has(el)) fail('accounting', `<${el.localName}> is both hidden and made inline: ${short(el.textContent ?? '')}`);
  let cut = 0;
  for (const [node, text] of plan.edits) {
    if (!isSubsequence(text, node.data)) fail('accounting', `an edit adds characters: ${short(node.data)} -> ${short(text)}`);
    cut += squash(node.data).length - squash(text).length;
  }
  const budget = pool.filter((r) => !r.used).reduce((s, r) => s + (r.cut ? Infinity : r.text.length), 0);
  if (cut > budget) fail('accounting', `edits cut ${cut} characters but the unused removals account for ${budget}`);
}

/**
 * The result is plain data that the extension sends between contexts and stores, so its serialised
 * size must stay proportional to the page. Measured by adding up its strings (JSON.stringify of a
 * runaway result throws "Invalid string length" only after gigabytes). Figure sentences get a looser
 * factor: every figure quotes its context, and a statistics table can hold a figure every few characters.
 */
function checkResultSize(a: Analysis, doc: Document): void {
  const r = a.result;
  const page = (doc.body?.textContent ?? '').length + r.title.length;
  const sum = (xs: string[]) => xs.reduce((n, x) => n + x.length, 0);
  const rest =
    r.text.length + r.markdown.length + sum(r.outline.map((o) => o.text)) + sum(r.removed.map((x) => x.text)) +
    sum(r.figures.map((f) => f.raw + (f.section ?? '')));
  if (rest > 20 * page + 10_000) fail('size', `the result holds ${rest} characters for a page of ${page}`);
  if (sum(r.figures.map((f) => f.sentence)) > 100 * page + 10_000) {
    // Known bug: every figure carries its whole sentence, and a long block without 。 is one sentence.
    knownBugs['figure-sentences']++;
    return;
  }
  JSON.stringify(r);
}

const planSize = (a: Analysis) => a.plan.hide.length + a.plan.edits.size + a.plan.inline.length;

/**
 * Known ways a second cleaning still differs from the first (each is reported as an engine bug and
 * pinned by a regression test below). A drift is only excused when it is explained by one of them;
 * anything else fails. Remove an entry once its bug is fixed.
 *  - root-moves: the content root is chosen by raw text weight, noise included, so on the cleaned
 *    page another element wins and a different part of the page gets repaired or treated as chrome;
 *  - title-changes: the title is taken from raw text (pinyin and spam spans included), so after the
 *    first cleaning a different title makes different blocks duplicates of it;
 *  - uncut-blocks: block rules see a block's text before span rules cut it, so a notice that a spam
 *    span hid from them is found on the second pass, inside a block the first pass already edited;
 *  - merged-segments: once a block element is hidden, the text on either side of it becomes one
 *    repair segment, and a segment holding any noise text node is dropped whole, so its content is
 *    neither repaired nor extracted (the second pass, with the noise node emptied, repairs it).
 */
const drifts = { 'root-moves': 0, 'title-changes': 0, 'uncut-blocks': 0, 'merged-segments': 0 };
type Drift = keyof typeof drifts;

function blockOf(n: Node): Element | null {
  let el = n.nodeType === 1 ? (n as Element) : n.parentElement;
  while (el && !isBlockTag(el.localName)) el = el.parentElement;
  return el;
}

function shown(n: Node): boolean {
  for (let el = n.nodeType === 1 ? (n as Element) : n.parentElement; el; el = el.parentElement) {
    if (HIDDEN_STYLE.test(el.getAttribute('style') ?? '')) return false;
  }
  return true;
}

/** Called with the page as found; leaves it that way. */
function explainDrift(doc: Document, url: string, first: Analysis, second: Analysis): Drift | null {
  const rule = recognise(doc, url, pinyinReadings).rule;
  const found = locate(doc, rule);
  const undo = applyPlan(first.plan);
  const cleaned = locate(doc, rule);
  // What the second pass changed that a reader could see (hiding the hidden again changes nothing).
  const hides = second.plan.hide.map((h) => h.el).filter(shown);
  const edits = [...second.plan.edits].filter(([n, t]) => t !== n.data && shown(n)).map(([n]) => n);
  undo();
  if (found.root !== cleaned.root) return 'root-moves';
  if (found.title !== cleaned.title) return 'title-changes';

  const hidden = new Set(first.plan.hide.map((h) => h.el));
  const merged = segment(found.root, (el) => hidden.has(el)).filter(
    (seg) => seg.nodes.some((n) => first.plan.edits.get(n) === '') && seg.nodes.some((n) => !first.plan.edits.has(n) && /\S/.test(n.data)),
  );
  const mergedNodes = [...new Set<Node>(merged.flatMap((seg) => seg.nodes))];
  const inMerged = hides.every((el) => mergedNodes.some((n) => el.contains(n))) && edits.every((n) => mergedNodes.includes(n));
  if (merged.length && inMerged) return 'merged-segments';

  const cutNodes = [...first.plan.edits].filter(([n, t]) => t !== '' && t !== n.data).map(([n]) => n);
  const cutBlocks = new Set(cutNodes.map(blockOf));
  const touchesCut = (el: Element) => cutNodes.some((n) => el.contains(n)) || cutBlocks.has(blockOf(el));
  const onlyCut = hides.every(touchesCut) && edits.every((n) => cutBlocks.has(blockOf(n)));
  return cutNodes.length && onlyCut ? 'uncut-blocks' : null;
}

/** The four properties on one document. Returns what happened, for the coverage summary. */
function checkDocument(doc: Document, url: string, keepList: readonly NoiseKind[]): { detected: boolean; touched: boolean } {
  const keep = new Set<string>(keepList);
  const before = doc.documentElement.outerHTML;

  // 1. Never throws; reading is not rewriting.
  const plain = analyse(doc, url, nodeParts, { keep: keepList });
  checkResultSize(plain, doc);
  if (!plain.result.detected && planSize(plain) > 0) fail('untouched', 'an unrecognised page got a plan without force');
  if (doc.documentElement.outerHTML !== before) fail('pure', 'analyse changed the document');
  const first = analyse(doc, url, nodeParts, { keep: keepList, force: true });
  for (let b = 0; b < 3; b++) first.elementAt(b, 5);

  // 3. Accounting, on the document as found.
  checkAccounting(first, keep);

  // 2. Idempotence.
  const undoFirst = applyPlan(first.plan);
  const once = visibleText(doc);
  const second = analyse(doc, url, nodeParts, { keep: keepList, force: true });
  const undoSecond = applyPlan(second.plan);
  const twice = visibleText(doc);
  undoSecond();
  undoFirst();

  // 4. Exact restore, of both layers in reverse order.
  const after = doc.documentElement.outerHTML;
  if (after !== before) fail('restore', `undo left the page different ${firstDifference(before, after)}`);

  if (twice !== once) {
    const known = explainDrift(doc, url, first, second);
    if (!known) {
      const removed = second.result.removed.map((r) => `${r.kind}:${short(r.text, 60)}`).join(', ');
      fail('idempotent', `a second cleaning changed the visible text ${firstDifference(once, twice)}; second pass removed ${removed}`);
    }
    drifts[known!]++;
  }
  return { detected: plain.result.detected, touched: planSize(first) > 0 };
}

/** PageCleaner's state marker is the one intended trace of cleaning; everything else must return. */
function outerWithoutMarker(doc: Document): string {
  const html = doc.documentElement;
  const marker = html.getAttribute('data-jingdu');
  html.removeAttribute('data-jingdu');
  const out = html.outerHTML;
  if (marker !== null) html.setAttribute('data-jingdu', marker);
  return out;
}

function checkCleaner(doc: Document, url: string, keep: readonly NoiseKind[]): void {
  const before = outerWithoutMarker(doc);
  const cleaner = new PageCleaner(doc, () => url, () => ({ keep }), givenParts(nodeParts));
  const cleaned = cleaner.clean();
  if (!cleaned && outerWithoutMarker(doc) !== before) fail('cleaner', 'an unrecognised page was changed without force');
  cleaner.restore();
  if (outerWithoutMarker(doc) !== before) fail('cleaner', `restore after clean() left a difference ${firstDifference(before, outerWithoutMarker(doc))}`);
  cleaner.clean(true);
  const once = visibleText(doc);
  cleaner.clean(true); // already clean: must be a no-op
  if (visibleText(doc) !== once) fail('cleaner', 'a second clean() changed the page');
  cleaner.restore();
  cleaner.restore(); // restoring twice must not undo anything twice
  const after = outerWithoutMarker(doc);
  if (after !== before) fail('cleaner', `restore after clean(true) left a difference ${firstDifference(before, after)}`);
}

// ---------------------------------------------------------------------------------------------
// Bookkeeping: how many cases ran, and how many of them the engine recognised and changed.

const stats = { cases: 0, detected: 0, touched: 0, parserRejected: 0 };
const perBlock: string[] = [];
function tally(r: { detected: boolean; touched: boolean }) {
  stats.cases++;
  if (r.detected) stats.detected++;
  if (r.touched) stats.touched++;
}
/**
 * The same cases on every run by default, so that CI is red for a change and not for a case it happened
 * to draw. FC_SEED=random explores new cases; FC_SEED=<n> with FC_PATH replays a counterexample.
 */
const SEED = 20261123;
function seeding(): { seed?: number; path?: string } {
  const { FC_SEED: seed, FC_PATH: path } = process.env;
  if (seed === 'random') return {};
  return { seed: seed ? Number(seed) : SEED, path };
}

function runs<T>(name: string, arb: fc.Arbitrary<T>, numRuns: number, check: (v: T) => void): void {
  const start = performance.now();
  const before = stats.cases;
  fc.assert(
    fc.property(arb, (v) => {
      check(v);
    }),
    { numRuns, ...seeding() },
  );
  perBlock.push(`${name}: ${stats.cases - before} cases in ${Math.round(performance.now() - start)} ms`);
}
const started = performance.now();
afterAll(() => {
  console.log(
    [
      `robustness: ${stats.cases} generated pages, ${stats.detected} recognised, ${stats.touched} changed by cleaning, ${Math.round((performance.now() - started) / 1000)} s`,
      `  second cleaning drifted by known bugs: ${JSON.stringify(drifts)}`,
      `  other known-bug hits: ${JSON.stringify(knownBugs)}`,
      `  pages happy-dom's parser rejected: ${stats.parserRejected}`,
      ...perBlock.map((l) => `  ${l}`),
    ].join('\n'),
  );
});

const gold = goldCases();

/**
 * happy-dom itself throws on some broken markup: its parser on "<table><html>" (insertBefore of a
 * parent into its child), its serializer on "<svg><p><template>" (a template without content). No
 * browser does, so such a page is not a case for the engine; it is counted.
 */
function parsedByHappyDom(html: string): Document | null {
  try {
    const doc = A.happyDoc(html);
    void doc.documentElement.outerHTML;
    return doc;
  } catch {
    stats.parserRejected++;
    return null;
  }
}
const wrap = (title: string, body: string) => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;

// ---------------------------------------------------------------------------------------------

describe('the engine on generated pages', () => {
  it('sees pinyin readings, so the pinyin paths are exercised', () => {
    const doc = A.linkedomDoc(wrap('t', '<p>全国(quánguó)人民团结一致。</p>'));
    expect(analyse(doc, 'https://www.31doc.com/p-1.html', nodeParts).result.removed.map((r) => r.kind)).toContain('pinyin');
  });

  it('the accounting check rejects what it should (it is not vacuous)', () => {
    const page = () => A.linkedomDoc(wrap('t', '<div class="x"><p>温馨提示:</p><p>全国(quánguó)人民团结一致。</p><p>其他正文内容在这里。</p></div>'));
    const rejects = (tamper: (a: Analysis, doc: Document) => void) => {
      const doc = page();
      const a = analyse(doc, 'https://www.31doc.com/p-1.html', nodeParts, { force: true });
      checkAccounting(a, new Set());
      tamper(a, doc);
      try {
        checkAccounting(a, new Set());
        return false;
      } catch (e) {
        return e instanceof PropertyError;
      }
    };
    const lastP = (doc: Document) => [...doc.querySelectorAll('p')].at(-1)!;
    expect(rejects((a, doc) => a.plan.hide.push({ el: lastP(doc), kind: 'ad' }))).toBe(true);
    expect(rejects((a, doc) => a.plan.edits.set(lastP(doc).firstChild as Text, '其他'))).toBe(true);
    expect(rejects((a, doc) => a.plan.edits.set(lastP(doc).firstChild as Text, '其他正文内容在这里。!'))).toBe(true);
    expect(rejects((a) => a.plan.inline.push(a.plan.hide[0]!.el))).toBe(true);
    expect(rejects(() => {})).toBe(false);
  });

  it('random trees built with DOM calls (linkedom)', () => {
    runs('DOM-built trees, linkedom', A.page(), 3800, (p) => tally(checkDocument(A.builtDoc(p), p.url, p.keep)));
  });

  it('random trees through the linkedom parser', () => {
    runs('parsed trees, linkedom', A.page({ maxDepth: 6 }), 2000, (p) => tally(checkDocument(A.linkedomDoc(A.pageHtml(p)), p.url, p.keep)));
  });

  it("random trees through happy-dom's parser", () => {
    runs('parsed trees, happy-dom', A.page(), 700, (p) => {
      const doc = parsedByHappyDom(A.pageHtml(p));
      if (doc) tally(checkDocument(doc, p.url, p.keep));
    });
  });

  it('pages without any text', () => {
    const bare = A.page({ blank: true });
    runs('textless pages', bare, 300, (p) => tally(checkDocument(A.builtDoc(p), p.url, p.keep)));
  });

  it('broken markup through linkedom', () => {
    const arb = fc.record({ html: A.brokenMarkup, title: A.title, url: A.url, keep: A.keep });
    runs('broken markup, linkedom', arb, 2000, (p) => tally(checkDocument(A.linkedomDoc(wrap(p.title, p.html)), p.url, p.keep)));
  });

  it('broken markup through happy-dom', () => {
    const arb = fc.record({ html: A.brokenMarkup, url: A.url, keep: A.keep });
    runs('broken markup, happy-dom', arb, 700, (p) => {
      const doc = parsedByHappyDom(p.html);
      if (doc) tally(checkDocument(doc, p.url, p.keep));
    });
  });

  it('PageCleaner cleans and restores random pages exactly (happy-dom)', () => {
    runs('PageCleaner, happy-dom', A.page(), 700, (p) => {
      checkCleaner(A.builtDoc(p, A.happyDoc), p.url, p.keep);
      stats.cases++;
    });
  });
});

describe('the engine on mutated gold pages', () => {
  // Names, not pages, so a counterexample prints short.
  const byName = new Map(gold.map((g) => [g.name, g]));
  const arb = fc.record({ name: fc.constantFrom(...byName.keys()), muts: fc.array(A.mutation, { maxLength: 6 }), keep: A.keep });

  it('mutated gold pages (linkedom)', () => {
    runs('mutated gold pages, linkedom', arb, 700, ({ name, muts, keep }) => {
      const page = byName.get(name)!;
      const doc = A.linkedomDoc(page.html);
      for (const m of muts) A.mutate(doc, m);
      tally(checkDocument(doc, page.gold.url, keep));
    });
  });

  it('mutated gold pages through happy-dom and PageCleaner', () => {
    runs('mutated gold pages, happy-dom + PageCleaner', arb, 150, ({ name, muts, keep }) => {
      const page = byName.get(name)!;
      const doc = A.happyDoc(page.html);
      for (const m of muts) A.mutate(doc, m);
      tally(checkDocument(doc, page.gold.url, keep));
      checkCleaner(doc, page.gold.url, keep);
    });
  });
});

describe('the engine on extreme shapes', () => {
  const giantPage = (unit: string[], size: number, around: A.GenNode[]) =>
    A.builtDoc({ title: '工作总结', body: [...around, { t: 'el', tag: 'p', attrs: [], children: [{ t: 'text', text: A.repeatTo(unit, size) }] }] });

  it('giant text nodes (100,000 characters)', () => {
    const arb = fc.record({ unit: A.giantUnit, around: A.forest({ maxDepth: 2, maxChildren: 3 }), url: A.url, keep: A.keep });
    runs('giant text nodes', arb, 12, ({ unit, around, url, keep }) => {
      if (longDashRun(unit)) return void knownBugs['quadratic-span']++;
      tally(checkDocument(giantPage(unit, 100_000, around), url, keep));
    });
  });

  // A pattern that backtracks over the rest of the text when its closing part never comes makes the
  // time grow with the square of the text: four times the text, sixteen times the time.
  it('analysis time grows linearly with the length of a text node', () => {
    runs('linear time, 50k vs 200k characters', fc.record({ unit: A.giantUnit, url: A.url }), 8, ({ unit, url }) => {
      if (longDashRun(unit)) return void knownBugs['quadratic-span']++;
      const time = (size: number) => {
        const doc = giantPage(unit, size, []);
        const t = performance.now();
        analyse(doc, url, nodeParts, { force: true });
        return performance.now() - t;
      };
      time(50_000); // warm-up: the first run pays for compiling the regexes' fast paths
      const small = time(50_000);
      const large = time(200_000);
      stats.cases++;
      const text = unit.join('');
      if (large > 8 * small + 150 && UNFINISHED_DAODU.test(text) && !/感谢您对[^。]*?的支持[!！]/.test(text)) {
        knownBugs['quadratic-span']++;
        return;
      }
      if (large > 8 * small + 150) fail('linear', `${Math.round(small)} ms at 50k characters but ${Math.round(large)} ms at 200k (unit ${short(unit.join(''))})`);
    });
  });

  const depthOf = (doc: Document) => {
    let n = 0;
    for (let el = doc.querySelector('body p:last-child'); el; el = el.parentElement) n++;
    return n;
  };

  it('2,000 levels of nesting do not overflow the stack (linkedom)', () => {
    expect(depthOf(A.deepDoc({ depth: 2000, tags: ['div'], leaf: [], url: '' }))).toBeGreaterThan(2000);
    runs('2,000-level trees, linkedom', A.deepPage(2000), 5, (p) => tally(checkDocument(A.deepDoc(p), p.url, [])));
  });

  it('2,000 levels of nesting do not overflow the stack (happy-dom)', () => {
    runs('2,000-level trees, happy-dom', A.deepPage(2000), 2, (p) => tally(checkDocument(A.deepDoc(p, A.happyDoc), p.url, [])));
  });

  // Deep trees whose text is spread over the levels send locate() to Readability, which is
  // quadratic in depth on linkedom (about 5 s at 1,000 levels, 100 s at 2,000), so fewer levels here.
  it('deep trees through the Readability fallback (250 levels, linkedom)', () => {
    runs('250-level trees via Readability, linkedom', A.deepPage(250, true), 4, (p) => tally(checkDocument(A.deepDoc(p), p.url, [])));
  });
});

/**
 * Engine bugs the properties found, shrunk to minimal pages. These fail until the engine is fixed;
 * then the matching excuse in `drifts` / `knownBugs` above should go too.
 */
describe('known engine bugs (minimal reproductions)', () => {
  const doc = (body: string, title = '') => A.linkedomDoc(wrap(title, body));
  const DOC31 = 'https://www.31doc.com/p-1.html';
  const TONED = /[(（][a-zü'’ ]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

  it('regression root-moves: a notice box heavier than the document text becomes the content root, and the text is lost', () => {
    const page = doc(
      '<div class="tips"><p>温馨提示:</p><p>1. 下载前请仔细阅读文档内容,确认文档内容符合您的需求后进行下载。</p>' +
        '<p>2. 本文档由用户上传,版权归属用户,三一文库负责整理代发布。</p></div><p>市双拥工作总结:拥军优属、拥政爱民。</p>',
    );
    expect(extract(page, DOC31, nodeParts).text).toContain('拥军优属、拥政爱民');
  });

  it('regression title-changes: the title keeps pinyin annotations and spam spans', () => {
    const pinyin = extract(doc('<h1>全国(quánguó)工作总结</h1><p>人民群众的工作总结。</p>', '全国(quánguó)工作总结'), DOC31, nodeParts);
    expect(pinyin.title).not.toMatch(TONED);
    const spam = extract(doc('<div><h2 class="title">(未完,全文共1200字,当前显示500字)2023年工作总结</h2><p>人民群众的工作总结，全国人民团结一致。</p></div>'), DOC31, nodeParts);
    expect(spam.title).not.toContain('未完');
  });

  it('regression uncut-blocks: a notice behind a spam span survives the first cleaning', () => {
    const r = extract(doc('<div><p>下载后可任意编辑温馨提示：</p><p>人民群众的工作总结，全国人民团结一致。</p></div>'), DOC31, nodeParts);
    expect(r.text).not.toContain('温馨提示');
  });

  it('regression uncut-blocks: a notice behind a preview label, and a page marker that only its pinyin made too long, go on the first cleaning', () => {
    const label = extract(doc('<div><p>文档简介：温馨提示:</p><p>人民群众的工作总结，全国人民团结一致。</p></div>'), DOC31, nodeParts);
    expect(label.text).not.toContain('温馨提示');
    const line = `${'双拥工作总结'.repeat(12)}全国(quánguó)工作(gōngzuò)总结(zǒngjié)汇编(huìbiān)_第2页`;
    const marker = extract(doc(`<div><p>${line}</p><p>人民群众的工作总结，全国人民团结一致。</p></div>`), DOC31, nodeParts);
    expect(marker.text).not.toContain('_第2页');
  });

  it('regression title-changes: a preview label (or a run of them) is cut from the title as from the text', () => {
    const r = extract(doc('<h1>文本预览:文档简介：全国双拥工作总结</h1><p>人民群众的工作总结，全国人民团结一致。</p>'), DOC31, nodeParts);
    expect(r.title).toBe('全国双拥工作总结');
  });

  it('regression kept-meta-label: the preview label is cut as meta although the user keeps meta', () => {
    const r = extract(doc('<div><p>文档简介：市双拥工作总结,拥军优属、拥政爱民。</p><p>人民群众的工作总结。</p></div>'), DOC31, nodeParts, { keep: ['meta'] });
    expect(r.removed.filter((x) => x.kind === 'meta')).toEqual([]);
  });

  it('regression merged-segments: text beside a hidden notice block is dropped from the extract', () => {
    const r = extract(doc('<div class="content">温馨提示：<p>1. 下载前请仔细阅读文档内容。</p>2023年工作总结正文内容在这里。<br>全市双拥工作迈上新台阶。</div>'), DOC31, nodeParts);
    expect(r.text).toContain('2023年工作总结正文内容在这里');
  });

  it('regression quadratic-span: a long text of unfinished 导读 spans takes quadratic time in repair', () => {
    const page = doc(`<p>${A.repeatTo(['导读:就爱阅读网友为您分享'], 250_000)}</p>`);
    const timings: Record<string, number> = {};
    analyse(page, DOC31, nodeParts, { force: true, timings });
    // About 1.6 s today; a linear scan takes a few ms.
    expect(timings.repair).toBeLessThan(400);
  });

  it('regression quadratic-span: a long run of dashes takes quadratic time in repair', () => {
    const page = doc(`<p>${A.repeatTo(['——'], 30_000)}</p>`);
    const timings: Record<string, number> = {};
    analyse(page, DOC31, nodeParts, { force: true, timings });
    // About 1.3 s today (a minute at 200,000 dashes); a linear scan takes a few ms.
    expect(timings.repair).toBeLessThan(300);
  });

  it('regression figure-sentences: each figure carries its whole sentence, so the result grows with figures × block length', () => {
    const sentences = (size: number) =>
      extract(doc(`<p>${A.repeatTo(['1100余万元全国'], size)}</p>`), DOC31, nodeParts).figures.reduce((n, f) => n + f.sentence.length, 0);
    // Twice the block, twice the figures: linear output doubles, today's output quadruples
    // (44 million characters for a 20,000-character block).
    expect(sentences(20_000) / sentences(10_000)).toBeLessThan(3);
  });
});

describe('known engine bugs found by the big pages', () => {
  it('regression notice-swallows-list: a numbered document right after a notice box is taken for notice items', () => {
    const page = A.linkedomDoc(
      wrap(
        '',
        '<div class="tips"><p>温馨提示:</p><p>1. 下载前请仔细阅读文档内容。</p><p>网站客服:3074922707</p></div>' +
          '<div class="content"><p>1.选择题：下列说法正确的是。</p><p>2.填空题：我国的首都是北京。</p></div>',
      ),
    );
    expect(extract(page, 'https://www.31doc.com/p-1.html', nodeParts).text).toContain('我国的首都是北京');
  });
});
