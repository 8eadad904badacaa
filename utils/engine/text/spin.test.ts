import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTruth, score } from '../../../tests/spin-score';
import { repoRoot, seed } from '../../../tests/pages';
import { repairSpin, spinHits } from './spin';
import { nodeSpinWords } from './spin-dictionary-node';
import { hasSpinEvidence } from './spin-page';

const spun = (file: string) => readFileSync(join(repoRoot, 'fixtures/spin', file), 'utf8');

const spinWords = (() => {
  const words = nodeSpinWords();
  return () => words;
})();

describe('spin forms', () => {
  it('replaces mangled non-words, spun compounds and never-grammatical forms, longest first', () => {
    expect(repairSpin('我们可以或许经由过程根底设备建立处理征询题').text).toBe('我们能够通过基础设施建设处理问题');
    expect(repairSpin('以科学开展观为统领,慰征询驻军').text).toBe('以科学发展观为统领,慰问驻军');
  });

  it('leaves bare common words alone without word frequencies', () => {
    const text = '开展活动,取得进展,处理问题,平安建设,不断提高';
    expect(repairSpin(text).text).toBe(text);
  });

  it('decides a normal word in context: a broken compound is restored, a meant word stays', () => {
    const w = spinWords()!;
    expect(repairSpin('提供心理征询服务', w).text).toBe('提供心理咨询服务');
    expect(repairSpin('开展共建活动', w).text).toBe('开展共建活动');
    expect(repairSpin('采取措施处理消费投诉', w).text).toBe('采取措施处理消费投诉');
  });

  it('counts only unambiguous forms as evidence', () => {
    expect(spinHits('开展进展效劳情势')).toBe(0);
    expect(spinHits('可以或许可以或许征询题')).toBe(3);
    expect(hasSpinEvidence(['可以或许', '经由过程'])).toBe(false);
    expect(hasSpinEvidence(['可以或许', '经由过程', '典范城'])).toBe(true);
  });

  it('never throws on text that is all spin, empty, or mixed script', () => {
    const all = '可以或许经由过程设置装备摆设'.repeat(200);
    expect(repairSpin(all, spinWords()).text).toBe('能够通过配置'.repeat(200));
    expect(repairSpin('', spinWords()).text).toBe('');
    const mixed = '開展活動 and 开展 abc 征询';
    expect(repairSpin(mixed, spinWords()).text.length).toBeGreaterThan(0);
  });
});

describe('measured', () => {
  // Numbers this implementation reaches; a change that loses any of them fails here.
  it('seed 001 against the hand-made answer key: 109 of 143 restored, none wrong', () => {
    const text = seed('001');
    const s = score(text, readTruth('seed-001.key.tsv'), repairSpin(text, spinWords()).edits);
    expect(s.wrong).toEqual([]);
    expect(s.restored).toBeGreaterThanOrEqual(109);
  });

  it.each([
    ['000', 33],
    ['002', 35],
  ])('spun seed %s: precision 100 %%, at least %i swaps restored', (id, least) => {
    const text = spun(`spun-${id}.txt`);
    const s = score(text, readTruth(`spun-${id}.truth.tsv`), repairSpin(text, spinWords()).edits);
    expect(s.precision).toBe(1);
    expect(s.restored).toBeGreaterThanOrEqual(least);
  });

  it('seeds 000 and 002 (not spun) show no evidence', () => {
    for (const id of ['000', '002']) expect(spinHits(seed(id))).toBe(0);
  });
});
