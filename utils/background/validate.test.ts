import { describe, expect, it } from 'vitest';
import { sampleResult } from '../extracts/test-data';
import { isEngineResult, isPageSelection, isSaveMessage } from './validate';

const save = (over: Record<string, unknown> = {}) => ({
  type: 'jingdu:save',
  what: 'selection',
  text: '每季度召开一次',
  result: sampleResult(),
  ...over,
});

describe('save message validation', () => {
  it('accepts a selection with the engine result', () => {
    expect(isSaveMessage(save())).toBe(true);
    expect(isSaveMessage(save({ result: { ...sampleResult(), site: null } }))).toBe(true);
    expect(isPageSelection({ text: '', result: sampleResult() })).toBe(true);
  });

  it('rejects other shapes', () => {
    const bad: unknown[] = [
      null,
      'jingdu:save',
      save({ type: 'jingdu:result' }),
      save({ what: 'document' }),
      save({ text: 42 }),
      save({ text: undefined }),
      save({ result: undefined }),
      save({ result: { ...sampleResult(), outline: 'x' } }),
      save({ result: { ...sampleResult(), outline: [{ level: 1, text: 'a', block: -1, offset: 0, marker: '' }] } }),
      save({ result: { ...sampleResult(), outline: [{ level: 1, text: 'a', block: 0, offset: 0, marker: '', missing: 'no' }] } }),
      save({ result: { ...sampleResult(), title: undefined } }),
      save({ result: { ...sampleResult(), textLayer: 'some' } }),
      save({ result: { ...sampleResult(), figures: {} } }),
    ];
    for (const m of bad) expect(isSaveMessage(m), JSON.stringify(m)?.slice(0, 120)).toBe(false);
  });

  it('rejects absurd sizes before anything is stored', () => {
    const huge = 'x'.repeat(5_000_001);
    expect(isSaveMessage(save({ text: huge }))).toBe(false);
    expect(isEngineResult({ ...sampleResult(), text: huge })).toBe(false);
    expect(isEngineResult({ ...sampleResult(), title: 'x'.repeat(2_001) })).toBe(false);
    const outline = Array.from({ length: 20_001 }, () => sampleResult().outline[0]);
    expect(isEngineResult({ ...sampleResult(), outline })).toBe(false);
  });
});
