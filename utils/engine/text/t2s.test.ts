import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusPages, parse, repoRoot, seed } from '../../../tests/pages';
import { isTraditional, traditionalShare } from './t2s';

const bodyText = (html: string) => parse(html).body?.textContent ?? '';

describe('traditionalShare', () => {
  it('is the share of traditional-only forms among the hanzi of the basic block', () => {
    expect(traditionalShare('們'.repeat(100) + '们'.repeat(300))).toBe(0.25);
    // Neither Latin, nor 〇 (U+3007), nor Extension A (U+3400), nor past the block (U+A000) counts as hanzi.
    expect(traditionalShare('們'.repeat(100) + '们'.repeat(300) + 'abc〇\u3400\ua000'.repeat(50))).toBe(0.25);
    // The block's first and last code units do.
    expect(traditionalShare('們'.repeat(100) + '\u4e00\u9fff'.repeat(150))).toBe(0.25);
  });

  it('is NaN below 200 hanzi, and reads no more than the first 20,000', () => {
    expect(traditionalShare('們'.repeat(199))).toBeNaN();
    expect(traditionalShare('們'.repeat(200))).toBe(1);
    expect(traditionalShare('们'.repeat(20_000) + '們'.repeat(5_000))).toBe(0);
  });

  it('measures the pages as before the shared character table (values at the switch)', () => {
    const mirror = bodyText(readFileSync(join(repoRoot, 'fixtures/spin/mirror-002.html'), 'utf8'));
    expect(traditionalShare(mirror)).toBe(0.2786836643937148);
    const pixnet = corpusPages().find((p) => p.name === 'pixnet.html')!;
    expect(traditionalShare(bodyText(pixnet.html))).toBe(0.12025171624713958);
    for (const id of ['000', '001', '002']) expect(traditionalShare(seed(id))).toBe(0);
    expect(isTraditional(mirror)).toBe(true);
    expect(isTraditional(seed('001'))).toBe(false);
  });
});
