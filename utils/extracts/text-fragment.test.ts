import { describe, expect, it } from 'vitest';
import { encodeTerm, EXACT_MAX, textFragmentUrl } from './text-fragment';

const decode = (url: string) => url.split('#:~:text=')[1]!.split(',').map(decodeURIComponent);

describe('text fragment links', () => {
  it('percent-encodes the directive syntax characters inside a term', () => {
    expect(encodeTerm('a-b, c&d%')).toBe('a%2Db%2C%20c%26d%25');
    expect(encodeTerm('双拥')).toBe('%E5%8F%8C%E6%8B%A5');
  });

  it('replaces an existing fragment and quotes a short selection exactly', () => {
    const url = textFragmentUrl('https://a.com/p.html#page=2', '  投入资金 1.2 亿元 ');
    expect(url).toBe('https://a.com/p.html#:~:text=%E6%8A%95%E5%85%A5%E8%B5%84%E9%87%91%201.2%20%E4%BA%BF%E5%85%83');
    expect(decode(url)).toEqual(['投入资金 1.2 亿元']);
  });

  it('uses textStart,textEnd for a long selection, cut after punctuation', () => {
    const quote = '市县两级均成立领导小组，' + '建立军地联席会议制度并每季度召开一次'.repeat(10) + '。最后发放生活补助金惠及家属。';
    expect(quote.length).toBeGreaterThan(EXACT_MAX);
    const [start, end] = decode(textFragmentUrl('https://a.com/p', quote));
    expect(start).toBe('市县两级均成立领导小组，');
    expect(end).toBe('最后发放生活补助金惠及家属。');
    expect(quote.startsWith(start!) && quote.endsWith(end!)).toBe(true);
  });

  it('uses a range across paragraphs, since one term matches only within a block', () => {
    const [start, end] = decode(textFragmentUrl('https://a.com/p', '第一段。\n\n第二段的结尾'));
    expect([start, end]).toEqual(['第一段。', '第二段的结尾']);
  });

  it('cuts a long run without punctuation at a fixed length', () => {
    const [start, end] = decode(textFragmentUrl('https://a.com/p', '甲'.repeat(100) + '乙'.repeat(100)));
    expect(start).toBe('甲'.repeat(20));
    expect(end).toBe('乙'.repeat(20));
  });

  it('leaves the address alone for an empty quote', () => {
    expect(textFragmentUrl('https://a.com/p', ' \n ')).toBe('https://a.com/p');
  });
});
