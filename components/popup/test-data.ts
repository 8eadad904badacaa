import type { ExtractResult, Figure, OutlineEntry } from '@/utils/engine/types';

export const outline: OutlineEntry[] = [
  { level: 1, text: '目录', block: 0, offset: 0, marker: '', missing: true },
  { level: 1, text: '加强领导', block: 1, offset: 0, marker: '一、' },
  { level: 2, text: '走访部队', block: 2, offset: 0, marker: '1.' },
  { level: 1, text: '存在问题', block: 5, offset: 0, marker: '二、' },
];

export const figure = (over: Partial<Figure>): Figure => ({
  raw: '27人',
  value: 27,
  unit: '人',
  bound: 'exact',
  masked: false,
  kind: 'count',
  sentence: '全年共救助困难军人27人。',
  section: '加强领导',
  block: 1,
  offset: 9,
  ...over,
});

export const figures: Figure[] = [
  figure({
    raw: '1.2亿余元',
    value: 120000000,
    unit: '元',
    scale: '亿',
    bound: 'lower',
    qualifier: '余',
    kind: 'money',
    sentence: '投入1.2亿余元完成1.6万处。',
    offset: 2,
  }),
  figure({ raw: '1.6万处', value: 16000, unit: '处', sentence: '投入1.2亿余元完成1.6万处。', offset: 10 }),
  figure({ raw: '100%', value: 100, unit: '%', kind: 'percent', sentence: '转业军官100%安置。', offset: 30 }),
  figure({
    raw: 'XXX亿元',
    value: null,
    unit: '元',
    masked: true,
    mask: 'XXX亿',
    kind: 'money',
    sentence: '计划投资XXX亿元。',
    section: null,
    offset: 40,
  }),
];

export function result(over: Partial<ExtractResult> = {}): ExtractResult {
  return {
    detected: true,
    site: 'huiwenwang',
    reasons: [],
    title: '市双拥工作总结',
    textLayer: 'full',
    text: '市双拥工作总结\n\n一、加强领导\n\n全年共救助困难军人27人。',
    markdown: '# 市双拥工作总结\n\n## 一、加强领导\n\n全年共救助困难军人27人。',
    outline,
    figures,
    removed: [
      { kind: 'download-prompt', text: '下载此文档' },
      { kind: 'related', text: '相关文档' },
      { kind: 'download-prompt', text: 'VIP会员免费下' },
    ],
    ...over,
  };
}
