/**
 * Bookkeeping for the robustness properties: how many cases ran, and how many of them the engine
 * recognised and changed; the seeded fast-check runner; page helpers shared by the test files.
 */
import fc from 'fast-check';
import { happyDoc } from '../../../tests/arbitraries/documents';
import { knownBugs } from './checks';
import { drifts } from './document-check';

// ---------------------------------------------------------------------------------------------
// Bookkeeping: how many cases ran, and how many of them the engine recognised and changed.

export const stats = { cases: 0, detected: 0, touched: 0, parserRejected: 0 };
const perBlock: string[] = [];
export function tally(r: { detected: boolean; touched: boolean }) {
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

export function runs<T>(name: string, arb: fc.Arbitrary<T>, numRuns: number, check: (v: T) => void): void {
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
/** The coverage summary of this file's runs (print it in afterAll). */
export function summary(): string {
  return [
    `robustness: ${stats.cases} generated pages, ${stats.detected} recognised, ${stats.touched} changed by cleaning, ${Math.round((performance.now() - started) / 1000)} s`,
    `  second cleaning drifted by known bugs: ${JSON.stringify(drifts)}`,
    `  other known-bug hits: ${JSON.stringify(knownBugs)}`,
    `  pages happy-dom's parser rejected: ${stats.parserRejected}`,
    ...perBlock.map((l) => `  ${l}`),
  ].join('\n');
}

/**
 * happy-dom itself throws on some broken markup: its parser on "<table><html>" (insertBefore of a
 * parent into its child), its serializer on "<svg><p><template>" (a template without content). No
 * browser does, so such a page is not a case for the engine; it is counted.
 */
export function parsedByHappyDom(html: string): Document | null {
  try {
    const doc = happyDoc(html);
    void doc.documentElement.outerHTML;
    return doc;
  } catch {
    stats.parserRejected++;
    return null;
  }
}
export const wrap = (title: string, body: string) => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;
