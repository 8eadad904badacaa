import { normalise } from './identity';
import type { Extract, StoredExtract } from './types';

// Fields are joined by a character no query can contain, so a match never spans two fields.
const SEP = '\u0001';

/** The normalised text searched for an extract: title, site, tags, note, its content and section. */
export function haystackOf(e: Extract): string {
  const parts = [e.title, e.site ?? '', e.tags.join(SEP), e.note, e.text];
  if (e.kind === 'section') parts.push(e.heading);
  if (e.kind === 'selection' && e.section) parts.push(e.section);
  return parts.map(normalise).join(SEP);
}

export function withHaystack<T extends Extract>(e: T): T & { haystack: string } {
  return { ...e, haystack: haystackOf(e) };
}

export interface Query {
  text: string;
  site?: string | null;
  tag?: string | null;
}

/** Space-separated words must all occur (substring match: Chinese has no word breaks to index on). */
export function queryTerms(text: string): string[] {
  return text
    .split(/\s+/)
    .map(normalise)
    .map((t) => t.replaceAll(SEP, ''))
    .filter(Boolean);
}

export function search(records: readonly StoredExtract[], query: Query): StoredExtract[] {
  const terms = queryTerms(query.text);
  const tag = query.tag ? normalise(query.tag) : null;
  return records.filter(
    (r) =>
      (!query.site || r.site === query.site) &&
      (!tag || r.tags.some((t) => normalise(t) === tag)) &&
      terms.every((t) => r.haystack.includes(t)),
  );
}

export function byNewest<T extends Extract>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? -1 : 1));
}

export interface DocumentGroup<T extends Extract = StoredExtract> {
  docKey: string;
  title: string;
  url: string;
  site: string | null;
  /** Newest first. */
  extracts: T[];
}

/** Groups by document, keeping newest-first order: a group sits where its newest extract would. */
export function groupByDocument<T extends Extract>(records: readonly T[]): DocumentGroup<T>[] {
  const groups = new Map<string, DocumentGroup<T>>();
  for (const r of byNewest(records)) {
    let g = groups.get(r.docKey);
    if (!g) groups.set(r.docKey, (g = { docKey: r.docKey, title: r.title, url: r.url, site: r.site, extracts: [] }));
    g.extracts.push(r);
  }
  return [...groups.values()];
}

/** Sites and tags present, most used first, for the filter menus. */
export function facets(records: readonly Extract[]): { sites: [string, number][]; tags: [string, number][] } {
  const sites = new Map<string, number>();
  const tags = new Map<string, number>();
  for (const r of records) {
    if (r.site) sites.set(r.site, (sites.get(r.site) ?? 0) + 1);
    for (const t of r.tags) tags.set(t, (tags.get(t) ?? 0) + 1);
  }
  const order = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { sites: order(sites), tags: order(tags) };
}
