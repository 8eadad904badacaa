import { describe, expect, it } from 'vitest';
import { documentDraft, selectionDraft } from './build';
import { cleanTags, docKeyOf, extractId, isPageUrl, normalise, parseTags } from './identity';
import { REPORT_URL, sampleResult } from './test-data';

describe('identity', () => {
  it('normalises width, case and whitespace', () => {
    expect(normalise('ＡＢＣ　城市 建设\n１２３')).toBe('abc城市建设123');
  });

  it('keys a document by its address without fragment or tracking parameters', () => {
    expect(docKeyOf('https://WWW.31doc.com/p-1.html?utm_source=x&id=2#:~:text=abc')).toBe('https://www.31doc.com/p-1.html?id=2');
    expect(docKeyOf('not a url#frag')).toBe('not a url');
  });

  it('gives the same selection the same id however it was spaced or linked', async () => {
    const r = sampleResult();
    const a = await extractId(selectionDraft(r, REPORT_URL, '建立军地联席会议制度')!);
    const b = await extractId(selectionDraft(r, `${REPORT_URL}#top`, ' 建立军地 联席会议制度\n')!);
    const c = await extractId(selectionDraft(r, REPORT_URL, '每季度召开一次')!);
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(a).toMatch(/^[0-9a-f]{32}$/);
  });

  it('saves a document once per page, whatever its text', async () => {
    const r = sampleResult();
    const a = await extractId(documentDraft(r, REPORT_URL));
    const b = await extractId(documentDraft({ ...r, text: 'changed' }, REPORT_URL));
    expect(a).toBe(b);
  });

  it('cleans tags: trims, drops # and repeats (compared normalised), keeps order', () => {
    expect(cleanTags([' 总结 ', '#数据', 'AI', 'ａｉ', '', '总结'])).toEqual(['总结', '数据', 'AI']);
    expect(parseTags('总结，数据、 待读 ,AI')).toEqual(['总结', '数据', '待读', 'AI']);
  });

  it('only lets page addresses become links', () => {
    expect(isPageUrl('https://a.com/x')).toBe(true);
    expect(isPageUrl('file:///tmp/a.html')).toBe(true);
    expect(isPageUrl('javascript:alert(1)')).toBe(false);
    expect(isPageUrl('data:text/html,<b>')).toBe(false);
  });
});
