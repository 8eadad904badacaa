import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SpinEdit } from '../utils/engine/text/spin-gate';
import { repoRoot } from './pages';

export interface Truth {
  at: number;
  spun: string;
  original: string;
}

/** An answer key of fixtures/spin: offset, spun, original (further columns ignored). */
export function readTruth(file: string): Truth[] {
  return readFileSync(join(repoRoot, 'fixtures/spin', file), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((l) => {
      const [at, spun, original] = l.split('\t');
      return { at: Number(at), spun: spun!, original: original! };
    });
}

/**
 * Scores repairs against the truth. A repair is right when the truth spans it covers, applied to what it
 * replaced, give exactly what it wrote (慰征询 → 慰问 covers the one swap 征询 → 问); any other repair is
 * wrong. Recall counts the truth spans inside right repairs; precision weighs them against wrong repairs.
 */
export function score(text: string, truth: Truth[], edits: SpinEdit[]) {
  let restored = 0;
  const wrong: SpinEdit[] = [];
  for (const e of edits) {
    const end = e.at + e.spun.length;
    const inside = truth.filter((t) => t.at >= e.at && t.at + t.spun.length <= end);
    let expected = text.slice(e.at, end);
    for (const t of [...inside].reverse())
      expected = expected.slice(0, t.at - e.at) + t.original + expected.slice(t.at - e.at + t.spun.length);
    if (inside.length && expected === e.restored) restored += inside.length;
    else wrong.push(e);
  }
  const missed = truth.filter(
    (t) => !edits.some((e) => t.at >= e.at && t.at + t.spun.length <= e.at + e.spun.length && !wrong.includes(e)),
  );
  return {
    recall: restored / truth.length,
    precision: restored / (restored + wrong.length || 1),
    restored,
    total: truth.length,
    wrong,
    missed,
  };
}
