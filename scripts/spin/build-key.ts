/**
 * Turns the hand labels of seed 001 (fixtures/spin/seed-001.labels.txt: context with the spun word in
 * [brackets], original, confidence) into the answer key with offsets (fixtures/spin/seed-001.key.tsv).
 * Each context is looked up from where the previous one was found, so labels stay in reading order.
 * Run: npx tsx scripts/spin/build-key.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, seed } from '../../tests/pages';

const dir = join(repoRoot, 'fixtures/spin');
const text = seed('001');
const rows = ['offset\tspun\toriginal\tconfidence\tcontext'];
let from = 0;
for (const line of readFileSync(join(dir, 'seed-001.labels.txt'), 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [ctx, original, confidence] = line.split('\t');
  const m = /^(.*)\[(.+)\](.*)$/.exec(ctx!);
  if (!m || !original || !confidence) throw new Error(`bad label line: ${line}`);
  const plain = m[1]! + m[2]! + m[3]!;
  // Two labels may share a context: the next spun word only has to start after the previous one.
  const at = text.indexOf(plain, Math.max(0, from - m[1]!.length));
  if (at < 0) throw new Error(`context not found after ${from}: ${plain}`);
  const offset = at + m[1]!.length;
  rows.push([offset, m[2], original, confidence, plain].join('\t'));
  from = offset + 1;
}
writeFileSync(join(dir, 'seed-001.key.tsv'), rows.join('\n') + '\n');
console.log(`${rows.length - 1} spun spans labelled`);
