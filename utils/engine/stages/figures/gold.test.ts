import { describe, expect, it } from 'vitest';
import { goldCases, norm, seed } from '../../../../tests/pages';
import type { Block, Figure } from '../../types';
import { findFigures } from './index';

const block = (text: string): Block => ({ text, tag: 'p', bold: false });

// ---------- gold: seed-derived blocks scored with the rule of ../shared/eval/score.mjs ----------

/** 三一文库 compilation: chunk markers "N、" open each line; the chunks join without a separator. */
function blocks000(): Block[] {
  const chunks = seed('000')
    .split('\n')
    .filter((l) => /^\d+、/.test(l));
  return [block(chunks.map((l) => l.replace(/^\d+、/, '')).join(''))];
}

/** 汇文网 summary: one block per line after the download notice. */
function blocks001(): Block[] {
  const lines = seed('001').split('\n');
  const from = lines.findIndex((l) => l.startsWith('网站客服'));
  return lines
    .slice(from + 1)
    .map((l) => l.trim())
    .filter(Boolean)
    .map(block);
}

/** Pinyin blog: annotations stripped, the title and the repeated article body dropped, as the cleaner does. */
function blocks002(): Block[] {
  const lines = seed('002')
    .replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü' ]+\)/g, '')
    .split('\n')
    .map((l) => l.trim());
  const title = lines[0]!;
  const seen = new Set<string>();
  const out: Block[] = [];
  for (const line of lines) {
    if (line.startsWith('相关推荐')) break;
    const text = line.startsWith(title) ? line.slice(title.length) : line;
    if (!text || seen.has(text)) continue;
    seen.add(text);
    out.push(block(text));
  }
  return out;
}

const leadNumber = (s: string) => (norm(s).match(/[\dXx*]+(?:\.[\dXx*]+)?/) ?? [''])[0];

function score(gold: Array<{ raw: string; value: number | null; masked: boolean }>, got: Figure[]) {
  const used = new Set<number>();
  let matched = 0,
    valueOk = 0,
    valueChecked = 0,
    maskedOk = 0,
    maskedChecked = 0;
  const missed: string[] = [];
  for (const g of gold) {
    const gr = norm(g.raw);
    const hit = got.findIndex((o, j) => {
      const or = norm(o.raw);
      return !used.has(j) && (or === gr || ((or.includes(gr) || gr.includes(or)) && leadNumber(or) === leadNumber(gr)));
    });
    if (hit < 0) {
      missed.push(g.raw);
      continue;
    }
    used.add(hit);
    matched++;
    if (typeof g.value === 'number') {
      valueChecked++;
      if (Math.abs(Number(got[hit]!.value) - g.value) <= Math.abs(g.value) * 1e-6) valueOk++;
    }
    if (g.masked) {
      maskedChecked++;
      if (got[hit]!.masked) maskedOk++;
    }
  }
  const p = got.length ? matched / got.length : 0;
  const r = matched / gold.length;
  const extra = got.filter((_, j) => !used.has(j)).map((f) => f.raw);
  return {
    f1: p + r ? (2 * p * r) / (p + r) : 0,
    values: valueChecked ? valueOk / valueChecked : 1,
    maskedOk,
    maskedChecked,
    missed,
    extra,
  };
}

describe('findFigures: gold figures of the seed pages', () => {
  const fixtures: Array<[string, () => Block[]]> = [
    ['pub-31doc-compilation', blocks000],
    ['pub-huiwen-summary', blocks001],
    ['pub-pinyin-blog', blocks002],
  ];
  it.each(fixtures)('%s: F1 ≥ 0.9, values ≥ 98%%, every masked flag', (name, build) => {
    const gold = goldCases().find((c) => c.name === name)!.gold.figures!;
    const blocks = build();
    const got = findFigures(blocks, [], '');
    const s = score(gold, got);
    expect({ missed: s.missed, extra: s.extra }).toEqual({ missed: [], extra: [] });
    expect(s.f1).toBeGreaterThanOrEqual(0.9);
    expect(s.values).toBeGreaterThanOrEqual(0.98);
    expect(s.maskedOk).toBe(s.maskedChecked);
    for (const f of got) {
      expect(blocks[f.block]!.text.startsWith(f.raw, f.offset)).toBe(true);
      expect(f.sentence).toContain(f.raw);
    }
  });

  it('finds the XXX.X万元 that a chunk break cut in two once the chunks are joined', () => {
    expect(findFigures(blocks000(), [], '').map((f) => f.raw)).toContain('XXX.X万元');
  });
});
