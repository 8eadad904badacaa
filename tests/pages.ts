import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '..');
export const goldDir = join(repoRoot, 'fixtures/gold');
/** The team's shared research folder sits beside the repository (override with JINGDU_SHARED). */
export const sharedDir = process.env.JINGDU_SHARED ?? resolve(repoRoot, '../shared');

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

export function goldCases(): GoldCase[] {
  return readdirSync(goldDir).sort().map((name) => ({
    name,
    html: readFileSync(join(goldDir, name, 'page.html'), 'utf8'),
    gold: JSON.parse(readFileSync(join(goldDir, name, 'gold.json'), 'utf8')),
  }));
}

export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function seed(prefix: string): string {
  const dir = join(sharedDir, 'seeds');
  const file = readdirSync(dir).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`seed ${prefix} not found in ${dir}`);
  return readFileSync(join(dir, file), 'utf8');
}

export function corpusPages(): Array<{ name: string; html: string }> {
  const dir = join(sharedDir, 'corpora/readability-pages');
  if (!existsSync(dir)) throw new Error(`ordinary-page corpus missing: ${dir} (set JINGDU_SHARED)`);
  return readdirSync(dir).sort().map((name) => ({ name, html: readFileSync(join(dir, name), 'utf8') }));
}

/** The scorer's normalisation: NFKC, no whitespace, straight quotes. */
export const norm = (s: string) =>
  s.normalize('NFKC').replace(/[\s\u200b\u00a0\u3000]+/g, '').replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
