import { describe, expect, it } from 'vitest';
import { documentDraft, figuresDraft, sectionDraft, sectionOf, sectionSlice, selectionDraft } from './build';
import { REPORT_URL, sampleResult } from './test-data';

describe('drafts from a cleaned document', () => {
  const r = sampleResult();

  it('keeps the whole document with outline and figures, address without fragment', () => {
    const d = documentDraft(r, `${REPORT_URL}#p2`);
    expect(d).toMatchObject({ kind: 'document', url: REPORT_URL, title: r.title, site: '31doc', markdown: r.markdown });
    expect(d.kind === 'document' && d.figures).toHaveLength(2);
  });

  it('cuts a section from its heading to the next heading of the same level, nested ones included', () => {
    expect(sectionSlice(r, 0)!.text).toBe(
      '一、大事大抓纵横联动\n\n市县两级均成立领导小组，投入资金1.2亿元。\n\n（一）完善机制\n\n建立军地联席会议制度，每季度召开一次。',
    );
    expect(sectionSlice(r, 0)!.markdown.startsWith('## 一、大事大抓纵横联动')).toBe(true);
    expect(sectionSlice(r, 1)!.text).toBe('（一）完善机制\n\n建立军地联席会议制度，每季度召开一次。');
    expect(sectionSlice(r, 2)!.text).toBe('二、多维发力优化服务\n\n发放生活补助金XXX.X万元，惠及家属。');
    expect(sectionDraft(r, REPORT_URL, 2)).toMatchObject({ kind: 'section', heading: '多维发力优化服务' });
  });

  it('finds no section for a missing or table-of-contents-only entry', () => {
    expect(sectionSlice(r, 9)).toBeNull();
    const toc = { ...r, outline: [{ ...r.outline[0]!, missing: true }] };
    expect(sectionSlice(toc, 0)).toBeNull();
    expect(sectionDraft(toc, REPORT_URL, 0)).toBeNull();
  });

  it('saves one figure or all, and nothing for none', () => {
    expect(figuresDraft(r, REPORT_URL, [r.figures[0]!])).toMatchObject({ kind: 'figures', text: `1.2亿元：${r.figures[0]!.sentence}` });
    expect(figuresDraft(r, REPORT_URL, r.figures)?.text.split('\n')).toHaveLength(2);
    expect(figuresDraft(r, REPORT_URL, [])).toBeNull();
  });

  it('finds the section a selection sits in', () => {
    expect(sectionOf(r, '每季度召开一次')).toBe('完善机制');
    expect(sectionOf(r, '发放生活补助金')).toBe('多维发力优化服务');
    expect(sectionOf(r, '不在文中的话')).toBeNull();
    expect(selectionDraft(r, REPORT_URL, '  投入资金1.2亿元 ')).toMatchObject({ text: '投入资金1.2亿元', section: '大事大抓纵横联动' });
    expect(selectionDraft(r, REPORT_URL, '投入资金', '读者给的章节')).toMatchObject({ section: '读者给的章节' });
    expect(selectionDraft(r, REPORT_URL, '投入资金', null)).toMatchObject({ section: null });
    expect(selectionDraft(r, REPORT_URL, '   ')).toBeNull();
  });
});
