import type { NoiseKind } from '../types';

/**
 * Site furniture every site names alike, as uBlock Origin's generic cosmetic filters are kept: data about
 * an element's tag, class and id, read once per element in one walk of the page, where a list of CSS
 * selectors would be one query each. Each field means what the CSS beside it means.
 */
export interface ChromeRule {
  kind: NoiseKind;
  /**
   * Where a match counts, given the content: `outside` it (site chrome, where a miss costs nothing),
   * `anywhere` but around it (furniture named so plainly that it sits inside articles too), or `inside`.
   */
  where: 'outside' | 'anywhere' | 'inside';
  /** `nav`: the element's tag. */
  tags?: readonly string[];
  /** `.nav`: one of its class names. */
  classes?: readonly string[];
  /** `[class*="comment"]`: part of its class attribute. */
  classParts?: readonly string[];
  /** `#nav`. */
  ids?: readonly string[];
  /** `[id*="comment"]`. */
  idParts?: readonly string[];
  /** `[id^="ad_"]`. */
  idStarts?: readonly string[];
}

/** In the order findNoise applies them: an element two rules match is hidden as the first one's kind. */
export const CHROME_RULES: readonly ChromeRule[] = [
  { kind: 'comments', where: 'outside', idParts: ['comment'], classParts: ['comment'] },
  { kind: 'related', where: 'outside', classParts: ['related', 'recommend', 'youlike'] },
  { kind: 'ad', where: 'outside', classes: ['ad', 'ads', 'adsbygoogle'], idStarts: ['ad_'], classParts: ['advert'] },
  { kind: 'navigation', where: 'outside', tags: ['nav', 'header', 'form'], ids: ['header', 'nav'], classes: ['header', 'nav', 'breadcrumb', 'place'], classParts: ['crumb'] },
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

/**
 * The rules of CHROME_RULES as lookups, each entry a bit mask of the rules that name it: an element's
 * tag, class names and id are looked up once instead of being compared with every rule in turn.
 */
interface Index {
  tags: Map<string, number>;
  classes: Map<string, number>;
  ids: Map<string, number>;
  classParts: Array<[string, number]>;
  idParts: Array<[string, number]>;
  idStarts: Array<[string, number]>;
}

function buildIndex(rules: readonly ChromeRule[]): Index {
  const index: Index = { tags: new Map(), classes: new Map(), ids: new Map(), classParts: [], idParts: [], idStarts: [] };
  rules.forEach((rule, i) => {
    const bit = 1 << i;
    for (const key of ['tags', 'classes', 'ids'] as const) for (const v of rule[key] ?? []) index[key].set(v, (index[key].get(v) ?? 0) | bit);
    for (const key of ['classParts', 'idParts', 'idStarts'] as const) for (const v of rule[key] ?? []) index[key].push([v, bit]);
  });
  return index;
}

const INDEX = buildIndex(CHROME_RULES);
const WHITESPACE = /[ \t\n\f\r]+/;

/**
 * The rules of CHROME_RULES that match `el`, as a bit mask. Class names and ids compare case-blind in
 * a quirks-mode page, as CSS class and id selectors do there (the rules' names are lower case).
 */
function matching(el: Element, fold: boolean): number {
  let bits = INDEX.tags.get(el.localName) ?? 0;
  if (!el.hasAttributes()) return bits;
  const cls = el.getAttribute('class');
  if (cls) {
    for (const [part, bit] of INDEX.classParts) if (cls.includes(part)) bits |= bit;
    for (const name of cls.split(WHITESPACE)) bits |= INDEX.classes.get(fold ? name.toLowerCase() : name) ?? 0;
  }
  const id = el.getAttribute('id');
  if (id) {
    for (const [part, bit] of INDEX.idParts) if (id.includes(part)) bits |= bit;
    for (const [start, bit] of INDEX.idStarts) if (id.startsWith(start)) bits |= bit;
    bits |= INDEX.ids.get(fold ? id.toLowerCase() : id) ?? 0;
  }
  return bits;
}

/** Whether `doc` is in quirks mode, where class and id selectors ignore case. */
const quirks = (doc: Document | null) => doc?.compatMode === 'BackCompat';

/**
 * The elements below `top` each rule of CHROME_RULES matches, in document order: what
 * `top.querySelectorAll` of each rule's CSS would return, from one walk.
 */
export function chromeMatches(top: Element): Element[][] {
  const found = CHROME_RULES.map((): Element[] => []);
  const fold = quirks(top.ownerDocument);
  const visit = (parent: Element) => {
    for (let c = parent.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue;
      const el = c as Element;
      for (let bits = matching(el, fold), i = 0; bits; bits >>>= 1, i++) if (bits & 1) found[i]!.push(el);
      // Like querySelectorAll, the walk does not enter a template's inert content.
      if (el.localName !== 'template') visit(el);
    }
  };
  visit(top);
  return found;
}

/** The kind of the first rule placed as `accept` allows that matches `el` itself. */
export function ruleKindOf(el: Element, accept: (where: ChromeRule['where']) => boolean): NoiseKind | null {
  const bits = matching(el, quirks(el.ownerDocument));
  return CHROME_RULES.find((r, i) => bits & (1 << i) && accept(r.where))?.kind ?? null;
}
