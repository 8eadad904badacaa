/**
 * Spins clean report texts the way a 伪原创 tool does, with the public dictionary's pairs (the
 * `original→spun` lines cited in fixtures/spin/spin-pairs.tsv), and keeps the truth of every swap.
 * Like the tools it matches leftmost-longest over the raw string (so it can cut across word boundaries)
 * and swaps a seeded share of the matches. Inputs: seeds 000 and 002 (not spun), pinyin removed.
 * Writes fixtures/spin/spun-<seed>.txt and spun-<seed>.truth.tsv (offset, spun, original).
 * Run: npx tsx scripts/spin/make-spun.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, seed } from '../../tests/pages';
import { stripPinyin } from '../../utils/engine/text/pinyin';
import { pinyinReadings } from '../../utils/engine/text/pinyin-dictionary';

const RATE = 0.85;
const dir = join(repoRoot, 'fixtures/spin');

/** mulberry32: a small seeded generator, so the spun files can be made again byte for byte. */
function random(seedValue: number): () => number {
  let a = seedValue;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** original → its spun forms, from the dictionary lines each row of the table cites. */
function dictionaryPairs(): Map<string, string[]> {
  const pairs = new Map<string, string[]>();
  const tsv = readFileSync(join(dir, 'spin-pairs.tsv'), 'utf8');
  for (const m of tsv.matchAll(/L\d+ ([^;\t\n→]+)→([^;\t\n]+)/g)) {
    const [original, spun] = [m[1]!.trim(), m[2]!.trim()];
    const list = pairs.get(original) ?? [];
    if (!list.includes(spun)) list.push(spun);
    pairs.set(original, list);
  }
  return pairs;
}

export function spin(text: string, pairs: Map<string, string[]>, next: () => number): { text: string; truth: string[] } {
  const longest = Math.max(...[...pairs.keys()].map((k) => k.length));
  let out = '';
  const truth: string[] = [];
  for (let i = 0; i < text.length;) {
    let hit = '';
    for (let n = Math.min(longest, text.length - i); n >= 2 && !hit; n--) if (pairs.has(text.slice(i, i + n))) hit = text.slice(i, i + n);
    if (hit && next() < RATE) {
      const forms = pairs.get(hit)!;
      const form = forms[Math.floor(next() * forms.length)]!;
      truth.push(`${out.length}\t${form}\t${hit}`);
      out += form;
      i += hit.length;
    } else {
      out += text[i]!;
      i++;
    }
  }
  return { text: out, truth };
}

const pairs = dictionaryPairs();
for (const [id, n] of [
  ['000', 1],
  ['002', 2],
] as const) {
  const clean = stripPinyin(seed(id), pinyinReadings).text;
  const { text, truth } = spin(clean, pairs, random(n));
  writeFileSync(join(dir, `spun-${id}.txt`), text);
  writeFileSync(join(dir, `spun-${id}.truth.tsv`), ['offset\tspun\toriginal', ...truth].join('\n') + '\n');
  console.log(`seed ${id}: ${truth.length} swaps in ${clean.length} characters`);
}
