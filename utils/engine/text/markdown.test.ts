import { describe, expect, it } from 'vitest';
import { mdText, mdUnescape } from './markdown';

const hostile = ['[点击](javascript:alert(1))', '![x](http://evil.test/x.png)', '<img src=x onerror=alert(1)>', '`code` \\ 反斜杠'];

describe('markdown escaping of page text', () => {
  it.each(hostile)('leaves no live link, image or HTML: %s', (s) => {
    const md = mdText(s);
    expect(md).not.toMatch(/(?<!\\)\[/);
    expect(md).not.toMatch(/(?<!\\)</);
    expect(mdUnescape(md)).toBe(s);
  });

  it('leaves ordinary Chinese text alone', () => {
    expect(mdText('全年共救助困难军人27人(市、区)。')).toBe('全年共救助困难军人27人(市、区)。');
  });
});
