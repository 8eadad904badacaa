import { describe, expect, it } from 'vitest';
import { readerDoc, readingSize } from './markdown-blocks';
import { sampleResult } from '@/components/reader/test-result';

describe('readerDoc', () => {
  it('reads headings, list items and paragraphs, leaving the title out', () => {
    const r = sampleResult();
    const doc = readerDoc(r.markdown, r.title);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['heading', 'para', 'heading', 'list', 'para', 'heading', 'para']);
    expect(doc.headings).toEqual([
      { level: 2, text: '一、主要工作' },
      { level: 3, text: '（一）项目建设' },
      { level: 2, text: '二、存在问题' },
    ]);
    expect(doc.blocks[3]).toEqual({ kind: 'list', items: ['完成立项', '通过验收'] });
    expect(doc.blocks[4]).toEqual({ kind: 'para', text: '- 这一段以横线开头，不是列表。' });
  });

  it('keeps a first heading that is not the title, and never makes another h1', () => {
    const doc = readerDoc('# 前言\n\n正文', '另一个标题');
    expect(doc.blocks[0]).toEqual({ kind: 'heading', level: 2, text: '前言', index: 0 });
  });

  it('gives nothing for an empty document', () => {
    expect(readerDoc('', '')).toEqual({ blocks: [], headings: [] });
  });
});

describe('readingSize', () => {
  it('counts Chinese characters and Latin words', () => {
    expect(readingSize('使用 WXT 0.21 构建。')).toBe(2 + 2 + 2);
    expect(readingSize('  \n ')).toBe(0);
  });
});
