/** The robustness properties (document-check.ts) on extreme shapes: giant text nodes, linear time, 2,000-level trees. */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { builtDoc, happyDoc } from '../../../tests/arbitraries/documents';
import { keep, url } from '../../../tests/arbitraries/pages';
import { deepDoc, deepPage, giantUnit, repeatTo } from '../../../tests/arbitraries/shapes';
import { forest, type GenNode } from '../../../tests/arbitraries/trees';
import { analyse } from '../index';
import { nodeParts } from '../node-parts';
import { fail, knownBugs, longDashRun, short, UNFINISHED_DAODU } from './checks';
import { checkDocument } from './document-check';
import { runs, stats, summary, tally } from './runs';

afterAll(() => console.log(summary()));

describe('the engine on extreme shapes', () => {
  const giantPage = (unit: string[], size: number, around: GenNode[]) =>
    builtDoc({
      title: '工作总结',
      body: [...around, { t: 'el', tag: 'p', attrs: [], children: [{ t: 'text', text: repeatTo(unit, size) }] }],
    });

  it('giant text nodes (100,000 characters)', () => {
    const arb = fc.record({ unit: giantUnit, around: forest({ maxDepth: 2, maxChildren: 3 }), url: url, keep: keep });
    runs('giant text nodes', arb, 12, ({ unit, around, url, keep }) => {
      if (longDashRun(unit)) return void knownBugs['quadratic-span']++;
      tally(checkDocument(giantPage(unit, 100_000, around), url, keep));
    });
  });

  // A pattern that backtracks over the rest of the text when its closing part never comes makes the
  // time grow with the square of the text: four times the text, sixteen times the time.
  it('analysis time grows linearly with the length of a text node', () => {
    runs('linear time, 50k vs 200k characters', fc.record({ unit: giantUnit, url: url }), 8, ({ unit, url }) => {
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
      if (large > 8 * small + 150)
        fail('linear', `${Math.round(small)} ms at 50k characters but ${Math.round(large)} ms at 200k (unit ${short(unit.join(''))})`);
    });
  });

  const depthOf = (doc: Document) => {
    let n = 0;
    for (let el = doc.querySelector('body p:last-child'); el; el = el.parentElement) n++;
    return n;
  };

  it('2,000 levels of nesting do not overflow the stack (linkedom)', () => {
    expect(depthOf(deepDoc({ depth: 2000, tags: ['div'], leaf: [], url: '' }))).toBeGreaterThan(2000);
    runs('2,000-level trees, linkedom', deepPage(2000), 5, (p) => tally(checkDocument(deepDoc(p), p.url, [])));
  });

  it('2,000 levels of nesting do not overflow the stack (happy-dom)', () => {
    runs('2,000-level trees, happy-dom', deepPage(2000), 2, (p) => tally(checkDocument(deepDoc(p, happyDoc), p.url, [])));
  });

  // Deep trees whose text is spread over the levels send locate() to Readability, which is
  // quadratic in depth on linkedom (about 5 s at 1,000 levels, 100 s at 2,000), so fewer levels here.
  it('deep trees through the Readability fallback (250 levels, linkedom)', () => {
    runs('250-level trees via Readability, linkedom', deepPage(250, true), 4, (p) => tally(checkDocument(deepDoc(p), p.url, [])));
  });
});
