import { describe, expect, it } from 'vitest';
import { byNewest, facets, groupByDocument, haystackOf, queryTerms, search } from './search';
import { generateLibrary } from './test-data';
import type { StoredExtract } from './types';

const one = (over: Partial<StoredExtract>): StoredExtract => {
  const e = {
    id: over.id ?? 'x',
    kind: 'selection',
    url: 'https://a.com/1',
    docKey: 'https://a.com/1',
    title: '乡村振兴工作总结',
    site: '31doc',
    savedAt: 1,
    updatedAt: 1,
    tags: [],
    note: '',
    text: '全年财政收入同比增长 12.5%。',
    section: '一、经济运行',
    ...over,
  } as StoredExtract;
  return { ...e, haystack: haystackOf(e) };
};

describe('search', () => {
  const lib = [
    one({ id: 'a', tags: ['数据'], note: '用于对比' }),
    one({ id: 'b', site: 'huiwen', text: 'ＧＤＰ增长 ６．２％', savedAt: 5, docKey: 'https://b.com', url: 'https://b.com' }),
    one({ id: 'c', text: '营商环境', title: 'Digital Economy Report', savedAt: 3 }),
  ];
  const ids = (q: Parameters<typeof search>[1]) => search(lib, q).map((e) => e.id);

  it('matches substrings of Chinese text without word breaks, across width, case and spaces', () => {
    expect(ids({ text: '收入同比' })).toEqual(['a']);
    expect(ids({ text: 'gdp增长6.2%' })).toEqual(['b']);
    expect(ids({ text: 'digital economy' })).toEqual(['c']);
    expect(ids({ text: '增长12.5' })).toEqual(['a']);
  });

  it('searches titles, tags, notes and sections; every word must match', () => {
    expect(ids({ text: '振兴' })).toEqual(['a', 'b']);
    expect(ids({ text: '对比' })).toEqual(['a']);
    expect(ids({ text: '经济运行 数据' })).toEqual(['a']);
    expect(ids({ text: '经济运行 不存在' })).toEqual([]);
  });

  it('never matches across two fields', () => {
    expect(ids({ text: '数据用于' })).toEqual([]);
    expect(queryTerms('a\u0001b  c')).toEqual(['ab', 'c']);
  });

  it('filters by site and tag', () => {
    expect(ids({ text: '', site: 'huiwen' })).toEqual(['b']);
    expect(ids({ text: '', tag: '数据' })).toEqual(['a']);
    expect(ids({ text: '增长', site: '31doc', tag: null })).toEqual(['a']);
  });

  it('groups by document, newest first', () => {
    const groups = groupByDocument(lib);
    expect(groups.map((g) => g.docKey)).toEqual(['https://b.com', 'https://a.com/1']);
    expect(groups[1]!.extracts.map((e) => e.id)).toEqual(['c', 'a']);
    expect(byNewest(lib).map((e) => e.id)).toEqual(['b', 'c', 'a']);
    expect(facets(lib)).toEqual({
      sites: [
        ['31doc', 2],
        ['huiwen', 1],
      ],
      tags: [['数据', 1]],
    });
  });

  it('searches 5,000 extracts fast', () => {
    const big = generateLibrary(5000);
    const chars = big.reduce((n, e) => n + e.haystack.length, 0);
    const queries = ['营商环境', '不存在的词语组合', '总结 数据', '1.2亿元', 'ai'];
    search(big, { text: '预热' });
    const times = queries.map((text) => {
      const start = performance.now();
      const hits = search(big, { text }).length;
      return { text, hits, ms: performance.now() - start };
    });
    console.log(
      `search over 5,000 extracts (${(chars / 1e6).toFixed(1)}M chars):`,
      times.map((t) => `${t.text} → ${t.hits} in ${t.ms.toFixed(1)} ms`).join('; '),
    );
    expect(times.find((t) => t.text === '不存在的词语组合')!.hits).toBe(0);
    expect(times.find((t) => t.text === '营商环境')!.hits).toBeGreaterThan(100);
    for (const t of times) expect(t.ms).toBeLessThan(50);
  });
});
