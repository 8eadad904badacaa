import type { Figure, OutlineEntry } from '../engine/types';
import { pause } from './chunks';
import { write, type ExtractsDb } from './db';
import { mergeExtracts } from './merge';
import { FORMAT, FORMAT_VERSION } from './export-data';
import { cleanTags, docKeyOf, extractId, isPageUrl, MAX_TAG_LENGTH, MAX_TAGS } from './identity';
import type { ImportError } from './messages';
import { withHaystack } from './search';
import type { Extract, Progress, Result, StoredExtract } from './types';
import * as v from './validate';

/** 64 MB holds ~10,000 whole reports; a bigger file is not an export of ours and would stall the page. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;
/** About a thousand pages of Chinese text: longer than any real report, far below a 20 MB attack string. */
export const MAX_FIELD = 2_000_000;
const MAX_EXTRACTS = 100_000;
const MAX_ITEMS = 20_000;

const str = v.text(MAX_FIELD);
const short = v.text(2_000);
const page: v.Parser<string> = (value, path) => {
  const url = v.text(8_000)(value, path);
  if (!isPageUrl(url)) throw new v.Invalid({ code: 'invalid', path, expected: 'web-address' });
  return url;
};
const pair = (value: unknown, path: string) => v.list(v.number, 2)(value, path) as [number, number];

const figure: v.Parser<Figure> = v.object({
  raw: short,
  value: v.nullable(v.either(pair, Array.isArray, v.number)),
  unit: v.nullable(short),
  scale: v.optional(short),
  bound: v.oneOf(['exact', 'lower', 'upper', 'approx', 'range'] as const),
  qualifier: v.optional(short),
  masked: v.boolean,
  mask: v.optional(short),
  kind: v.oneOf(['money', 'count', 'percent', 'area', 'length', 'weight', 'other'] as const),
  sentence: str,
  section: v.nullable(str),
  block: v.count,
  offset: v.count,
});

const outlineEntry: v.Parser<OutlineEntry> = v.object({
  level: v.count,
  text: str,
  block: v.count,
  offset: v.count,
  marker: short,
  missing: v.optional(v.boolean),
});

const common = {
  id: short,
  url: page,
  title: str,
  site: v.nullable(short),
  savedAt: v.number,
  updatedAt: v.number,
  tags: v.list(v.text(MAX_TAG_LENGTH * 4), MAX_TAGS * 4),
  note: str,
  text: str,
};

const byKind = {
  document: v.object({
    ...common,
    kind: v.oneOf(['document'] as const),
    markdown: str,
    outline: v.list(outlineEntry, MAX_ITEMS),
    figures: v.list(figure, MAX_ITEMS),
  }),
  section: v.object({ ...common, kind: v.oneOf(['section'] as const), heading: str, markdown: str }),
  figures: v.object({ ...common, kind: v.oneOf(['figures'] as const), figures: v.list(figure, MAX_ITEMS) }),
  selection: v.object({ ...common, kind: v.oneOf(['selection'] as const), section: v.nullable(str) }),
};

const extract: v.Parser<Omit<Extract, 'docKey'>> = (value, path) => {
  const { kind } = v.object({ kind: v.oneOf(Object.keys(byKind) as (keyof typeof byKind)[]) })(value, path);
  const parse = byKind[kind];
  return parse(value, path) as Omit<Extract, 'docKey'>;
};

/** Checks a whole file before anything is written: one bad field rejects the file, with where and why. */
export function parseExport(json: string): Result<Omit<Extract, 'docKey'>[], ImportError> {
  if (!json.trim()) return { ok: false, error: { code: 'empty' } };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  if (!v.isObject(data) || data.format !== FORMAT) return { ok: false, error: { code: 'foreign' } };
  if (!Number.isInteger(data.version) || (data.version as number) < 1 || (data.version as number) > FORMAT_VERSION) {
    return { ok: false, error: { code: 'version', vars: { version: String(data.version), supported: FORMAT_VERSION } } };
  }
  try {
    return { ok: true, value: v.list(extract, MAX_EXTRACTS)(data.extracts, 'extracts') };
  } catch (e) {
    if (e instanceof v.Invalid) return { ok: false, error: e.error };
    throw e;
  }
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function readImportFile(file: Blob): Promise<Result<Omit<Extract, 'docKey'>[], ImportError>> {
  if (file.size === 0) return { ok: false, error: { code: 'empty' } };
  if (file.size > MAX_IMPORT_BYTES) {
    return { ok: false, error: { code: 'too-large', vars: { size: megabytes(file.size), max: megabytes(MAX_IMPORT_BYTES) } } };
  }
  return parseExport(await file.text());
}

export interface ImportSummary {
  added: number;
  merged: number;
  unchanged: number;
}

/**
 * Merges checked extracts into the library in one transaction: all or nothing. Identity and search fields
 * are recomputed here rather than trusted from the file.
 */
export async function importExtracts(db: ExtractsDb, parsed: readonly Omit<Extract, 'docKey'>[], onProgress?: Progress) {
  const total = parsed.length * 2;
  const incoming = new Map<string, StoredExtract>();
  for (const [i, item] of parsed.entries()) {
    const clean = { ...item, tags: cleanTags(item.tags), docKey: docKeyOf(item.url) } as Extract;
    const record = withHaystack({ ...clean, id: await extractId(clean) });
    const twin = incoming.get(record.id);
    incoming.set(record.id, twin ? withHaystack(mergeExtracts(twin, record)) : record);
    if (i % 250 === 249) {
      onProgress?.(i + 1, total);
      await pause();
    }
  }
  return write(db, async (tx) => {
    const records = [...incoming.values()];
    const existing = await Promise.all(records.map((r) => tx.store.get(r.id)));
    // Copies of one extract inside the file count as merged too, so the numbers add up to the file's.
    const summary: ImportSummary = { added: 0, merged: parsed.length - records.length, unchanged: 0 };
    let done = parsed.length;
    const writes = records.map((record, i) => {
      const old = existing[i];
      const next = old ? withHaystack(mergeExtracts(old, record)) : record;
      if (old && JSON.stringify(old) === JSON.stringify(next)) {
        summary.unchanged++;
        return undefined;
      }
      summary[old ? 'merged' : 'added']++;
      return tx.store.put(next).then(() => onProgress?.(++done, total));
    });
    await Promise.all(writes);
    onProgress?.(total, total);
    return summary;
  });
}
