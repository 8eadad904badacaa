/** The robustness properties (document-check.ts) on the gold pages, mutated: noise blocks inserted, text split and retyped. */
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { happyDoc, linkedomDoc } from '../../../tests/arbitraries/documents';
import { mutate, mutation } from '../../../tests/arbitraries/mutations';
import { keep } from '../../../tests/arbitraries/pages';
import { goldCases } from '../../../tests/pages';
import { checkCleaner, checkDocument } from './document-check';
import { runs, summary, tally } from './runs';

afterAll(() => console.log(summary()));

const gold = goldCases();

describe('the engine on mutated gold pages', () => {
  // Names, not pages, so a counterexample prints short.
  const byName = new Map(gold.map((g) => [g.name, g]));
  const arb = fc.record({ name: fc.constantFrom(...byName.keys()), muts: fc.array(mutation, { maxLength: 6 }), keep: keep });

  it('mutated gold pages (linkedom)', () => {
    runs('mutated gold pages, linkedom', arb, 700, ({ name, muts, keep }) => {
      const page = byName.get(name)!;
      const doc = linkedomDoc(page.html);
      for (const m of muts) mutate(doc, m);
      tally(checkDocument(doc, page.gold.url, keep));
    });
  });

  it('mutated gold pages through happy-dom and PageCleaner', () => {
    runs('mutated gold pages, happy-dom + PageCleaner', arb, 150, ({ name, muts, keep }) => {
      const page = byName.get(name)!;
      const doc = happyDoc(page.html);
      for (const m of muts) mutate(doc, m);
      tally(checkDocument(doc, page.gold.url, keep));
      checkCleaner(doc, page.gold.url, keep);
    });
  });
});
