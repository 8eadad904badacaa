import type { NoiseKind } from '../types';
import { eachMatch, matching, quirks, ruleIndex, type ElementRule } from './element-rules';

/** Site furniture every site names alike, as element rules. */
export interface ChromeRule extends ElementRule {
  kind: NoiseKind;
  /**
   * Where a match counts, given the content: `outside` it (site chrome, where a miss costs nothing),
   * `anywhere` but around it (furniture named so plainly that it sits inside articles too), or `inside`.
   */
  where: 'outside' | 'anywhere' | 'inside';
}

/** In the order findNoise applies them: an element two rules match is hidden as the first one's kind. */
export const CHROME_RULES: readonly ChromeRule[] = [
  { kind: 'comments', where: 'outside', idParts: ['comment'], classParts: ['comment'] },
  { kind: 'related', where: 'outside', classParts: ['related', 'recommend', 'youlike'] },
  { kind: 'ad', where: 'outside', classes: ['ad', 'ads', 'adsbygoogle'], idStarts: ['ad_'], classParts: ['advert'] },
  {
    kind: 'navigation',
    where: 'outside',
    tags: ['nav', 'header', 'form'],
    ids: ['header', 'nav'],
    classes: ['header', 'nav', 'breadcrumb', 'place'],
    classParts: ['crumb'],
  },
  { kind: 'navigation', where: 'outside', tags: ['footer'], ids: ['footer'], classes: ['footer', 'foot'] },
  { kind: 'related', where: 'anywhere', classParts: ['backlink', 'newsletter', 'subscribe', 'share-', '-share'], idParts: ['newsletter'] },
  // Ruby annotations: pinyin printed over hanzi.
  { kind: 'pinyin', where: 'inside', tags: ['rt', 'rp'] },
];

/** Whether a match of a rule placed `where` counts, given the content's root. */
export function placed(where: ChromeRule['where'], el: Element, root: Element): boolean {
  if (where === 'inside') return el !== root && root.contains(el);
  return !el.contains(root) && (where === 'anywhere' || !root.contains(el));
}

const INDEX = ruleIndex(CHROME_RULES);

/** The elements below `top` each rule of CHROME_RULES matches, in document order. */
export function chromeMatches(top: Element): Element[][] {
  const found = CHROME_RULES.map((): Element[] => []);
  eachMatch(top, INDEX, (el, bits) => {
    for (let i = 0; bits; bits >>>= 1, i++) if (bits & 1) found[i]!.push(el);
  });
  return found;
}

/** The kind of the first rule placed as `accept` allows that matches `el` itself. */
export function ruleKindOf(el: Element, accept: (where: ChromeRule['where']) => boolean): NoiseKind | null {
  const bits = matching(INDEX, el, quirks(el.ownerDocument));
  return CHROME_RULES.find((r, i) => bits & (1 << i) && accept(r.where))?.kind ?? null;
}
