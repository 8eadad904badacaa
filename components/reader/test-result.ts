import type { ExtractResult } from '@/utils/engine/types';

/** A small result in the engine's shape, for the reader's tests. */
export function sampleResult(over: Partial<ExtractResult> = {}): ExtractResult {
  const markdown = [
    '# 2023年度工作总结',
    '## 一、主要工作',
    '今年完成了三项重点任务。',
    '### （一）项目建设',
    '- 完成立项',
    '- 通过验收',
    '\\- 这一段以横线开头，不是列表。',
    '## 二、存在问题',
    '<img src=x onerror="alert(1)"> 人手不足。',
  ].join('\n\n');
  return {
    detected: true,
    site: 'huiwenwang',
    reasons: [],
    title: '2023年度工作总结',
    textLayer: 'full',
    text: markdown.replace(/^[#-]+ /gm, ''),
    markdown,
    outline: [],
    figures: [],
    removed: [],
    ...over,
  };
}
