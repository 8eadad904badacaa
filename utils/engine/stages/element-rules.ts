/**
 * Rules about an element's own tag, class and id, kept as data the way uBlock Origin keeps its generic
 * cosmetic filters: one walk of the page looks each element's tag, class names and id up once, where
 * a list of CSS selectors would be one query each (and, under linkedom, one selector compilation each).
 * Each field means what the CSS beside it means; the tests hold the matcher to that CSS.
 */
export interface ElementRule {
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

/** A list of at most 31 rules as lookups, each entry a bit mask of the rules that name it. */
export interface RuleIndex {
  tags: Map<string, number>;
  classes: Map<string, number>;
  ids: Map<string, number>;
  classParts: Array<[string, number]>;
  idParts: Array<[string, number]>;
  idStarts: Array<[string, number]>;
}

export function ruleIndex(rules: readonly ElementRule[]): RuleIndex {
  if (rules.length > 31) throw new Error('a rule index holds at most 31 rules');
  const index: RuleIndex = { tags: new Map(), classes: new Map(), ids: new Map(), classParts: [], idParts: [], idStarts: [] };
  rules.forEach((rule, i) => {
    const bit = 1 << i;
    for (const key of ['tags', 'classes', 'ids'] as const)
      for (const v of rule[key] ?? []) index[key].set(v, (index[key].get(v) ?? 0) | bit);
    for (const key of ['classParts', 'idParts', 'idStarts'] as const) for (const v of rule[key] ?? []) index[key].push([v, bit]);
  });
  return index;
}

const WHITESPACE = /[ \t\n\f\r]+/;

/** Whether `doc` is in quirks mode, where CSS class and id selectors ignore case. */
export const quirks = (doc: Document | null) => doc?.compatMode === 'BackCompat';

/**
 * The rules that match `el`, as a bit mask (bit i for rule i). With `fold` (a quirks-mode page) class
 * names and ids compare case-blind, as class and id selectors do there; the rules' names are lower case.
 */
export function matching(index: RuleIndex, el: Element, fold: boolean): number {
  let bits = index.tags.get(el.localName) ?? 0;
  // Most elements carry no attribute at all and can match only by their tag.
  if (!el.hasAttributes()) return bits;
  const cls = el.getAttribute('class');
  if (cls) {
    for (const [part, bit] of index.classParts) if (cls.includes(part)) bits |= bit;
    for (const name of cls.split(WHITESPACE)) bits |= index.classes.get(fold ? name.toLowerCase() : name) ?? 0;
  }
  const id = el.getAttribute('id');
  if (id) {
    for (const [part, bit] of index.idParts) if (id.includes(part)) bits |= bit;
    for (const [start, bit] of index.idStarts) if (id.startsWith(start)) bits |= bit;
    bits |= index.ids.get(fold ? id.toLowerCase() : id) ?? 0;
  }
  return bits;
}

/**
 * Calls `visit` with every element below `top` that some rule matches, in document order, as
 * `top.querySelectorAll` would return them; stops when `visit` returns true.
 */
export function eachMatch(top: Element | Document, index: RuleIndex, visit: (el: Element, bits: number) => boolean | void): void {
  const fold = quirks(top.nodeType === 9 ? (top as Document) : top.ownerDocument);
  const walk = (parent: Element): boolean => {
    for (let c = parent.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue;
      const el = c as Element;
      const bits = matching(index, el, fold);
      if (bits && visit(el, bits) === true) return true;
      // Like querySelectorAll, the walk does not enter a template's inert content.
      if (el.localName !== 'template' && walk(el)) return true;
    }
    return false;
  };
  if (top.nodeType !== 9) return void walk(top as Element);
  // From the document, its root element counts too (walked to directly: linkedom's doctype has no next sibling).
  const root = (top as Document).documentElement;
  if (!root) return;
  const bits = matching(index, root, fold);
  if (!(bits && visit(root, bits) === true)) walk(root);
}
