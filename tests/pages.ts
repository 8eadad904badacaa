import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '..');
export const goldDir = join(repoRoot, 'fixtures/gold');
/** The seed texts of the research notes, copied verbatim (fixtures/seeds/README.md). */
export const seedsDir = join(repoRoot, 'fixtures/seeds');

export interface GoldCase {
  name: string;
  html: string;
  gold: {
    url: string;
    detected: boolean;
    content?: Array<string | string[]>;
    noise?: string[];
    keep?: string[];
    once?: string[];
    outline?: Array<{ level: number; text: string | string[] }>;
    figures?: Array<{ raw: string; value: number | null; masked: boolean }>;
  };
}

function casesIn(dir: string): GoldCase[] {
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'gold.json')) && existsSync(join(dir, name, 'page.html')))
    .sort()
    .map((name) => ({
      name,
      html: readFileSync(join(dir, name, 'page.html'), 'utf8'),
      gold: JSON.parse(readFileSync(join(dir, name, 'gold.json'), 'utf8')),
    }));
}

export const goldCases = (): GoldCase[] => casesIn(goldDir);

/**
 * The real-page corpus (fixtures/corpus), labelled before JingDu ran on it: the cases whose page is on
 * this machine (pages come from fetched snapshots and are not committed; fixtures/corpus/README.md).
 */
export const corpusCases = (): GoldCase[] =>
  existsSync(join(repoRoot, 'fixtures/corpus')) ? casesIn(join(repoRoot, 'fixtures/corpus')) : [];

export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function seed(prefix: string): string {
  const dir = seedsDir;
  const file = readdirSync(dir).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`seed ${prefix} not found in ${dir}`);
  return readFileSync(join(dir, file), 'utf8');
}

/**
 * The 130 ordinary pages (Mozilla Readability's test pages, fixtures/ordinary/README.md), gzipped: the
 * engine must leave every one of them alone.
 */
export function corpusPages(): Array<{ name: string; html: string }> {
  const dir = join(repoRoot, 'fixtures/ordinary');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => ({ name: f.replace(/\.gz$/, ''), html: gunzipSync(readFileSync(join(dir, f))).toString('utf8') }));
}

/** The scorer's normalisation: NFKC, no whitespace, straight quotes. */
export const norm = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\s\u200b\u00a0\u3000]+/g, '')
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'");
