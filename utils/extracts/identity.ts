import type { Draft } from './types';

/** Folds full-width forms, case and all whitespace, so 「ＡＢＣ 城市」 and "abc城市" compare equal. */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

const TRACKING = /^(utm_\w+|spm|from|fbclid|gclid)$/i;

/** The document a URL shows: no fragment, no tracking parameters, lower-case host. */
export function docKeyOf(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const key of [...u.searchParams.keys()]) if (TRACKING.test(key)) u.searchParams.delete(key);
    return u.href;
  } catch {
    return url.split('#')[0]!;
  }
}

export function withoutFragment(url: string): string {
  const at = url.indexOf('#');
  return at < 0 ? url : url.slice(0, at);
}

/** Only pages may become links: an imported `javascript:` or `data:` address must never be clickable. */
export function isPageUrl(url: string): boolean {
  try {
    return /^(https?|file):$/.test(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** What makes two saves "the same": a document is saved once per page, the others by their content. */
function identityText(draft: Draft): string {
  switch (draft.kind) {
    case 'document':
      return '';
    case 'section':
      return draft.heading;
    case 'figures':
      return draft.figures.map((f) => `${f.raw}@${f.block}:${f.offset}`).join('|');
    case 'selection':
      return draft.text;
  }
}

export async function extractId(draft: Draft): Promise<string> {
  const key = [draft.kind, docKeyOf(draft.url), normalise(identityText(draft))].join('\n');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key));
  return [...new Uint8Array(digest).slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export const MAX_TAGS = 30;
export const MAX_TAG_LENGTH = 40;

/** Trims, collapses inner spaces and drops empty and repeated tags (compared normalised), keeping order. */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/^#+/, '').replace(/\s+/g, ' ').trim().slice(0, MAX_TAG_LENGTH);
    const key = normalise(tag);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out.slice(0, MAX_TAGS);
}

/** Tags typed in one box: separated by commas (either width), 、 or spaces. */
export function parseTags(input: string): string[] {
  return cleanTags(input.split(/[,，、;；\s]+/));
}
