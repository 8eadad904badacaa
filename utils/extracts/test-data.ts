// Data for the tests of this folder: a cleaned report shaped as the engine serialises it, and a
// generator of realistic libraries. Not imported by the extension.
import type { ExtractResult, Figure } from '../engine/types';
import { docKeyOf } from './identity';
import { withHaystack } from './search';
import type { Extract, StoredExtract } from './types';

export const REPORT_URL = 'https://www.31doc.com/p-3061754.html';

function figure(raw: string, value: number | null, sentence: string, section: string, block: number): Figure {
  return { raw, value, unit: '元', bound: 'exact', masked: value === null, kind: 'money', sentence, section, block, offset: 3 };
}

const paragraphs = [
  ['一、大事大抓纵横联动', '## 一、大事大抓纵横联动'],
  ['市县两级均成立领导小组，投入资金1.2亿元。', '市县两级均成立领导小组，投入资金1.2亿元。'],
  ['（一）完善机制', '### （一）完善机制'],
  ['建立军地联席会议制度，每季度召开一次。', '建立军地联席会议制度，每季度召开一次。'],
  ['二、多维发力优化服务', '## 二、多维发力优化服务'],
  ['发放生活补助金XXX.X万元，惠及家属。', '发放生活补助金XXX.X万元，惠及家属。'],
];

export function sampleResult(): ExtractResult {
  const title = '荣获双拥模范城“十连冠”综述';
  const outline = [
    { level: 1, text: '大事大抓纵横联动', block: 0, offset: 0, marker: '一、' },
    { level: 2, text: '完善机制', block: 2, offset: 0, marker: '（一）' },
    { level: 1, text: '多维发力优化服务', block: 4, offset: 0, marker: '二、' },
  ];
  return {
    detected: true,
    site: '31doc',
    reasons: [],
    title,
    textLayer: 'full',
    text: [title, ...paragraphs.map((p) => p[0])].join('\n\n'),
    markdown: [`# ${title}`, ...paragraphs.map((p) => p[1])].join('\n\n'),
    outline,
    figures: [
      figure('1.2亿元', 120_000_000, paragraphs[1]![0]!, outline[0]!.text, 1),
      figure('XXX.X万元', null, paragraphs[5]![0]!, outline[2]!.text, 5),
    ],
    removed: [],
  };
}

/** A deterministic pseudo-random source, so generated libraries are the same on every run. */
function random(seed: number) {
  return () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

const WORDS = '推进 高质量 发展 乡村 振兴 双拥 工作 财政 收入 同比 增长 民生 保障 项目 建设 招商 引资 营商 环境 数字 经济'.split(' ');

/** `n` extracts over n/5 documents: mostly selections and figures, a few whole documents. */
export function generateLibrary(n: number, seed = 7): StoredExtract[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const sentence = (words: number) => Array.from({ length: words }, () => pick(WORDS)).join('') + '。';
  const out: StoredExtract[] = [];
  for (let i = 0; i < n; i++) {
    const doc = i % Math.max(1, Math.floor(n / 5));
    const url = `https://www.example-wenku.com/p-${doc}.html`;
    const base = {
      id: `id-${i}`,
      url,
      docKey: docKeyOf(url),
      title: `${pick(WORDS)}${pick(WORDS)}工作总结 第${doc}号`,
      site: pick(['31doc', 'huiwen', 'doc88', 'generic']),
      savedAt: 1_700_000_000_000 + i * 60_000,
      updatedAt: 1_700_000_000_000 + i * 60_000,
      tags: rnd() < 0.3 ? [pick(['总结', '数据', '待读', 'AI'])] : [],
      note: rnd() < 0.2 ? sentence(6) : '',
    };
    const r = rnd();
    let e: Extract;
    if (r < 0.05) {
      const text = Array.from({ length: 200 }, () => sentence(20)).join('\n\n');
      e = { ...base, kind: 'document', text, markdown: text, outline: [], figures: [] };
    } else if (r < 0.25) {
      const s = sentence(12);
      e = { ...base, kind: 'figures', text: `1.2亿元：${s}`, figures: [figure('1.2亿元', 1.2e8, s, '一、概况', 1)] };
    } else {
      e = { ...base, kind: 'selection', text: Array.from({ length: 4 }, () => sentence(15)).join(''), section: pick([null, '一、概况']) };
    }
    out.push(withHaystack(e));
  }
  return out;
}
