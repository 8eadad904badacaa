import { describe, expect, it } from 'vitest';
import { result } from '@/components/popup/test-data';
import { glanceOf } from './glance';

describe('glanceOf', () => {
  it('keeps what the popup first shows and none of the text, figures or removed strings', () => {
    const r = result({ text: '一二三 abc', markdown: '# 一二三' });
    const g = glanceOf(r);
    expect(g).toMatchObject({ detected: true, title: r.title, textLayer: 'full', chars: 4, readable: true, figures: r.figures.length });
    expect(g.outline).toEqual(r.outline);
    expect(g.removed).toEqual([
      ['download-prompt', 2],
      ['related', 1],
    ]);
    const json = JSON.stringify(g);
    for (const f of r.figures) expect(json).not.toContain(f.sentence);
    for (const x of r.removed) expect(json).not.toContain(x.text);
  });

  it('says when there is nothing to read', () => {
    expect(glanceOf(result({ textLayer: 'none', text: '' })).readable).toBe(false);
    expect(glanceOf(result({ text: '  \n' })).readable).toBe(false);
  });
});
