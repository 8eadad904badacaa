import { goldCases, norm, parse } from '../../../../tests/pages';
import type { Block, OutlineEntry } from '../../types';
import { findOutline } from './index';

// Shared by the outline tests: blocks as the cleaner hands them over, and the gold cases scored as
// the eval scorer scores them.

export const p = (text: string, bold = false): Block => ({ text, tag: 'p', bold });
export const h = (n: number, text: string): Block => ({ text, tag: `h${n}`, bold: false });
export const heads = (blocks: Block[], title = '') => findOutline(blocks, title).map((e) => [e.level, e.text]);
export const texts = (blocks: Block[], title = '') => findOutline(blocks, title).map((e) => e.text);
/** A paragraph of body text opened by `s`: what follows a heading line. */
export const body = (s: string) => p(`${s}坚持把双拥工作作为重大政治任务和“一把手”工程抓牢抓实,帮助解决实际问题。`);
/** Another paragraph of body text, for a second kind of section. */
export const body2 = (s: string) => p(`${s}市委、市政府高度重视双拥工作,把双拥工作纳入经济社会发展总体规划,定期召开会议研究部署。`);

const ENUM =
  /^(第[一二三四五六七八九十百零〇\d]+[章节部分篇条]|[一二三四五六七八九十]+[、.]|[(][一二三四五六七八九十\d]+[)]|\d+(?:\.\d+)*[、.]?)/;
const headingKey = (s: string) =>
  norm(s)
    .replace(ENUM, '')
    .replace(/[。:;,!?.]+$/, '');
const sameHeading = (a: string, b: string) =>
  a === b || ((a.includes(b) || b.includes(a)) && Math.min(a.length, b.length) / Math.max(a.length, b.length) >= 0.6);

export function score(gold: Array<{ level: number; text: string | string[] }>, all: OutlineEntry[], title: string) {
  const tk = headingKey(title);
  const got = all.filter((o) => !(tk && headingKey(o.text) === tk));
  const used = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const g of gold) {
    const keys = (Array.isArray(g.text) ? g.text : [g.text]).map(headingKey);
    const j = got.findIndex((o, i) => !used.has(i) && keys.some((k) => sameHeading(headingKey(o.text), k)));
    if (j < 0) continue;
    used.add(j);
    pairs.push([g.level, got[j]!.level]);
  }
  const gMin = Math.min(...gold.map((g) => g.level));
  const oMin = Math.min(...pairs.map(([, o]) => o));
  const precision = got.length ? pairs.length / got.length : 0;
  const recall = pairs.length / gold.length;
  return {
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    levels: pairs.length ? pairs.filter(([g, o]) => g - gMin === o - oMin).length / pairs.length : 0,
  };
}

export const goldCase = (name: string) => goldCases().find((c) => c.name === name)!;
const PINYIN = /[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/g;

/** The blocks each case reaches this stage with: what the cleaner leaves of its content element. */
export const caseBlocks: Record<string, () => { blocks: Block[]; title: string }> = {
  // A preview of page chunks "N、…" cut mid-word: markers dropped and chunks joined into one block.
  'pub-31doc-compilation': () => {
    const doc = parse(goldCase('pub-31doc-compilation').html);
    const text = [...doc.querySelectorAll('.article-content p')].map((e) => e.textContent!.replace(/^\d{1,3}、/, '')).join('');
    return { blocks: [p(text)], title: doc.querySelector('h1')!.textContent!.replace(/\.docx$/, '') };
  },
  'pub-huiwen-summary': () => {
    const doc = parse(goldCase('pub-huiwen-summary').html);
    return { blocks: [...doc.querySelectorAll('.doc-body p')].map((e) => p(e.textContent!)), title: doc.querySelector('h1')!.textContent! };
  },
  // The article is on the page twice; the cleaner keeps the first copy and strips the pinyin.
  'pub-pinyin-blog': () => {
    const doc = parse(goldCase('pub-pinyin-blog').html);
    const blocks: Block[] = [];
    for (const e of doc.querySelectorAll('.post-body p')) {
      const text = e.textContent!.replace(PINYIN, '');
      if (blocks.some((b) => b.text === text)) break;
      const strong = e.querySelector('strong');
      blocks.push(p(text, strong !== null && strong.textContent!.trim() === e.textContent!.trim()));
    }
    return { blocks, title: doc.querySelector('h2')!.textContent! };
  },
};
