import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as A from '../../../tests/arbitraries';
import { corpusPages, goldCases, parse } from '../../../tests/pages';
import { CHROME_RULES, chromeMatches, ruleKindOf, type ChromeRule } from './chrome-rules';

const q = (s: string) => JSON.stringify(s);

/** The CSS each rule stands for: the oracle the walk is held to. */
function cssOf(r: ChromeRule): string {
  return [
    ...(r.tags ?? []),
    ...(r.classes ?? []).map((c) => `[class~=${q(c)}]`),
    ...(r.classParts ?? []).map((c) => `[class*=${q(c)}]`),
    ...(r.ids ?? []).map((c) => `[id=${q(c)}]`),
    ...(r.idParts ?? []).map((c) => `[id*=${q(c)}]`),
    ...(r.idStarts ?? []).map((c) => `[id^=${q(c)}]`),
  ].join(', ');
}

function sameAsQueries(body: Element): void {
  const walked = chromeMatches(body);
  CHROME_RULES.forEach((r, i) => expect(walked[i], cssOf(r)).toEqual([...body.querySelectorAll(cssOf(r))]));
}

describe('chrome rules', () => {
  it('find what their CSS finds, on the gold pages and the 130 ordinary pages', () => {
    for (const { html } of [...goldCases(), ...corpusPages()]) sameAsQueries(parse(html).body);
  });

  it('find what their CSS finds on generated pages, in linkedom and happy-dom', () => {
    fc.assert(
      fc.property(A.page(), (p) => {
        sameAsQueries(A.builtDoc(p).body);
        sameAsQueries(A.builtDoc(p, A.happyDoc).body);
      }),
      { numRuns: 300, seed: 20261123 },
    );
  });

  it('read class names as words and attributes as text', () => {
    const body = parse('<html><body><div class="x ad\ty"></div><div class="adx"></div><i id="ad_9"></i><p class="share-box"></p></body></html>').body;
    const ad = chromeMatches(body)[CHROME_RULES.findIndex((r) => r.kind === 'ad')]!;
    expect(ad.map((e) => e.localName)).toEqual(['div', 'i']);
    expect(ruleKindOf(body.querySelector('p')!, (where) => where === 'anywhere')).toBe('related');
    expect(ruleKindOf(body.querySelector('.adx')!, () => true)).toBeNull();
  });

  it('compare class names and ids without case in a quirks-mode page, as browsers do', () => {
    const el = parse('<html><body><div class="Header"></div></body></html>').body.firstElementChild!;
    Object.defineProperty(el.ownerDocument, 'compatMode', { value: 'BackCompat', configurable: true });
    expect(ruleKindOf(el, () => true)).toBe('navigation');
    Object.defineProperty(el.ownerDocument, 'compatMode', { value: 'CSS1Compat', configurable: true });
    expect(ruleKindOf(el, () => true)).toBeNull();
  });
});
