import type { Figure } from '../engine/types';
import type { Lang } from '../i18n';
import { formatDate, mapChunked } from './chunks';
import { labels } from './messages';
import { sourceLink } from './markdown';
import type { Extract, Progress } from './types';

export const FORMAT = 'jingdu-extracts';
export const FORMAT_VERSION = 1;

/** The record without what the store derives (the search haystack): what JSON carries. */
function portable(e: Extract): Extract {
  const { haystack: _, ...rest } = e as Extract & { haystack?: string };
  return rest as Extract;
}

/** Complete and re-importable: every field of every extract, under a format name and version. */
export async function exportJson(records: readonly Extract[], onProgress?: Progress, now = Date.now()): Promise<string> {
  const items = await mapChunked(records, (e) => JSON.stringify(portable(e)), onProgress);
  const head = JSON.stringify({ format: FORMAT, version: FORMAT_VERSION, exportedAt: new Date(now).toISOString(), count: records.length });
  return `${head.slice(0, -1)},"extracts":[\n${items.join(',\n')}\n]}\n`;
}

/** One extract as plain text with where it came from: what "copy" puts on the clipboard. */
export function plainText(e: Extract, lang?: Lang): string {
  const t = labels(lang);
  const meta = [`${t('md.source')}：${e.title || t('md.untitled')} ${sourceLink(e)}`];
  if (e.tags.length) meta.push(`${t('md.tags')}：${e.tags.join('、')}`);
  if (e.note) meta.push(`${t('md.note')}：${e.note}`);
  return `${e.text}\n\n${meta.join('\n')}`;
}

export async function exportText(records: readonly Extract[], lang?: Lang, onProgress?: Progress): Promise<string> {
  const t = labels(lang);
  const parts = await mapChunked(records, (e) => `【${t(`kind.${e.kind}`)}】${formatDate(e.savedAt)}\n${plainText(e, lang)}`, onProgress);
  return parts.join('\n\n————————\n\n') + '\n';
}

const BOM = '\uFEFF';

/**
 * A cell that starts like a formula (=, @, +cmd…) is run by Excel, and page text is untrusted: prefix a
 * quote. Plain signed numbers such as "-5%" are left as they are.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=@\t\r+-]/.test(s) && !/^[+-]?[\d.,]+%?$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function figureRow(e: Extract, f: Figure): string {
  const [lo, hi] = Array.isArray(f.value) ? f.value : [f.value, null];
  const cells = [e.title, e.url, f.section, f.raw, lo, hi, f.unit, f.scale, f.bound, f.kind, f.masked, f.sentence, formatDate(e.savedAt)];
  return cells.map(csvCell).join(',');
}

/** Figures of the chosen extracts (figure sets and whole documents), each figure once per document. */
export async function exportFiguresCsv(records: readonly Extract[], lang?: Lang, onProgress?: Progress): Promise<string> {
  const seen = new Set<string>();
  const rows = await mapChunked(
    records,
    (e) => {
      const figures = e.kind === 'figures' || e.kind === 'document' ? e.figures : [];
      return figures
        .filter((f) => {
          const key = `${e.docKey}\n${f.block}:${f.offset}:${f.raw}`;
          return !seen.has(key) && seen.add(key);
        })
        .map((f) => figureRow(e, f));
    },
    onProgress,
  );
  // CRLF is what RFC 4180 and Excel expect; the BOM makes Excel and WPS read UTF-8 Chinese correctly.
  return BOM + [labels(lang)('csv.header'), ...rows.flat()].join('\r\n') + '\r\n';
}
