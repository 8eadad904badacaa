import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Lang } from '../i18n';
import { mapChunked } from './chunks';
import { documentMarkdown } from './markdown';
import { labels } from './messages';
import { groupByDocument } from './search';
import type { Extract, Progress } from './types';

/** A file name every OS accepts: no reserved characters, not too long, never empty. */
export function fileName(title: string, fallback: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[ .]+|[ .]+$/g, '')
    .slice(0, 80)
    .trim();
  return cleaned || fallback;
}

function uniqueNames(titles: readonly string[], fallback: string): string[] {
  const used = new Set<string>();
  return titles.map((title) => {
    const base = fileName(title, fallback);
    let name = `${base}.md`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} (${n}).md`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** All documents in one Markdown file, separated by rules. */
export async function exportMarkdown(records: readonly Extract[], lang?: Lang, onProgress?: Progress): Promise<string> {
  const docs = await mapChunked(groupByDocument(records), (g) => documentMarkdown(g, lang), onProgress);
  return docs.join('\n---\n\n');
}

/** A zip with one Markdown file per document, named after its title. */
export async function exportMarkdownZip(records: readonly Extract[], lang?: Lang, onProgress?: Progress): Promise<Uint8Array> {
  const groups = groupByDocument(records);
  const names = uniqueNames(
    groups.map((g) => g.title),
    labels(lang)('md.untitled'),
  );
  const files = await mapChunked(groups, (g) => strToU8(documentMarkdown(g, lang)), onProgress);
  const zippable: Zippable = {};
  files.forEach((data, i) => (zippable[names[i]!] = data));
  return zipSync(zippable, { level: 6 });
}
