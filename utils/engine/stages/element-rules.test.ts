import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtDoc, happyDoc } from '../../../tests/arbitraries/documents';
import { page } from '../../../tests/arbitraries/pages';
import { corpusPages, goldCases, parse } from '../../../tests/pages';
import { CHROME_RULES, chromeMatches, ruleKindOf } from './chrome-rules';
import { eachMatch, ruleIndex, type ElementRule } from './element-rules';
import { TITLE_RULES } from './locate';

const q = (s: string) => JSON.stringify(s);

/** The CSS each rule stands for: the oracle the walk is held to. */
function cssOf(r: ElementRule): string {
  return [
    ...(r.tags ?? []),
    ...(r.classes ?? []).map((c) => `[class~=${q(c)}]`),
    ...(r.classParts ?? []).map((c) => `[class*=${q(c)}]`),
    ...(r.ids ?? []).map((c) => `[id=${q(c)}]`),
    ...(r.idParts ?? []).map((c) => `[id*=${q(c)}]`),
    ...(r.idStarts ?? []).map((c) => `[id^=${q(c)}]`),
  ].join(', ');
}

function matchesOf(top: Element | Document, rules: readonly ElementRule[]): Element[][] {
  const found = rules.map((): Element[] => []);
  eachMatch(top, ruleIndex(rules), (el, bits) => {
    rules.forEach((_, i) => bits & (1 << i) && found[i]!.push(el));
  });
  return found;
}

/** Chrome rules walk the body, title rules the whole document: each as querySelectorAll of its CSS. */
function sameAsQueries(doc: Document): void {
  const chrome = chromeMatches(doc.body);
  CHROME_RULES.forEach((r, i) => expect(chrome[i], cssOf(r)).toEqual([...doc.body.querySelectorAll(cssOf(r))]));
  const titles = matchesOf(doc, TITLE_RULES);
  TITLE_RULES.forEach((r, i) => expect(titles[i], cssOf(r)).toEqual([...doc.querySelectorAll(cssOf(r))]));
}

describe('element rules', () => {
  it('find what their CSS finds, on the gold pages and the 130 ordinary pages', () => {
    for (const { html } of [...goldCases(), ...corpusPages()]) sameAsQueries(parse(html));
  });

  it('find what their CSS finds on generated pages, in linkedom and happy-dom', () => {
    fc.assert(
      fc.property(page(), (p) => {
        sameAsQueries(builtDoc(p));
        sameAsQueries(builtDoc(p, happyDoc));
      }),
      { numRuns: 300, seed: 20261123 },
    );
  });

  it('read class names as words and attributes as text', () => {
    const body = parse(
      '<html><body><div class="x ad\ty"></div><div class="adx"></div><i id="ad_9"></i><p class="share-box"></p></body></html>',
    ).body;
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

  it('stop walking when asked, and not enter a template', () => {
    const doc = parse('<html><body><h1>a</h1><template><h1>t</h1></template><h1>b</h1></body></html>');
    const seen: string[] = [];
    eachMatch(doc, ruleIndex([{ tags: ['h1'] }]), (el) => {
      seen.push(el.textContent ?? '');
      return seen.length === 2;
    });
    expect(seen).toEqual(['a', 'b']);
    const classed: string[] = [];
    eachMatch(
      parse('<html class="x"><body><p class="x"></p></body></html>'),
      ruleIndex([{ classes: ['x'] }]),
      (el) => void classed.push(el.localName),
    );
    expect(classed).toEqual(['html', 'p']);
    expect(() => ruleIndex(Array.from({ length: 32 }, () => ({ tags: ['p'] })))).toThrow(/31/);
  });
});
