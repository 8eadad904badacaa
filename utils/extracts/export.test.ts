import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { documentDraft, figuresDraft, sectionDraft, selectionDraft } from './build';
import { csvCell, exportFiguresCsv, exportJson, exportText, FORMAT, plainText } from './export-data';
import { exportMarkdown, exportMarkdownZip, fileName } from './export-markdown';
import { extractMarkdown, sourceLink } from './markdown';
import { withHaystack } from './search';
import { generateLibrary, REPORT_URL, sampleResult } from './test-data';
import type { Draft, StoredExtract } from './types';

const r = sampleResult();
let n = 0;
const stored = (draft: Draft | null, over: Partial<StoredExtract> = {}): StoredExtract =>
  withHaystack({
    ...draft!,
    id: `id${n++}`,
    docKey: draft!.url,
    savedAt: Date.UTC(2025, 2, 9, 6),
    updatedAt: 0,
    tags: [],
    note: '',
    ...over,
  } as StoredExtract);

const lib = [
  stored(selectionDraft(r, REPORT_URL, '投入资金1.2亿元'), { tags: ['数据', '总结'], note: '第一行\n第二行' }),
  stored(sectionDraft(r, REPORT_URL, 1)),
  stored(figuresDraft(r, REPORT_URL, r.figures)),
  stored(documentDraft({ ...r, title: '另一份: 报告/2024?' }, 'https://b.com/doc')),
];

describe('export', () => {
  it('writes one Markdown file per document in a zip, with links back to the text', async () => {
    const files = unzipSync(await exportMarkdownZip(lib, 'zh'));
    expect(Object.keys(files).sort()).toEqual(['另一份 报告 2024.md', '荣获双拥模范城“十连冠”综述.md']);
    const md = strFromU8(files['荣获双拥模范城“十连冠”综述.md']!);
    expect(md.startsWith(`# 荣获双拥模范城“十连冠”综述\n\n来源：<${REPORT_URL}> · 31doc`)).toBe(true);
    expect(md).toContain('## 摘录 · 大事大抓纵横联动');
    expect(md).toContain('> 投入资金1.2亿元');
    expect(md).toContain('标签：`数据` `总结`');
    expect(md).toContain('> **备注**：第一行\n> 第二行');
    expect(md).toContain(`[在原文中查看](<${REPORT_URL}#:~:text=%E6%8A%95%E5%85%A5%E8%B5%84%E9%87%911.2%E4%BA%BF%E5%85%83>)`);
    expect(md).toContain('## 章节：完善机制\n\n*保存于 2025-03-09');
    expect(md).toContain('#### （一）完善机制');
    expect(md).toContain('| 1.2亿元 | 120000000 | 元 |');
    const doc = strFromU8(files['另一份 报告 2024.md']!);
    expect(doc).toContain('## 全文');
    expect(doc).toContain('### 一、大事大抓纵横联动');
    expect(doc.match(/^# /gm)).toHaveLength(1);
  });

  it('names files safely and uniquely', async () => {
    expect(fileName(' ..a<b>:c*?"|\u0007 ', 'x')).toBe('a b c');
    expect(fileName('///', '未命名文档')).toBe('未命名文档');
    const twins = [lib[3]!, stored(documentDraft({ ...r, title: '另一份: 报告/2024?' }, 'https://c.com/doc'))];
    expect(Object.keys(unzipSync(await exportMarkdownZip(twins, 'zh'))).sort()).toEqual(['另一份 报告 2024 (2).md', '另一份 报告 2024.md']);
  });

  it('writes all documents into one combined Markdown file', async () => {
    const md = await exportMarkdown(lib, 'en');
    expect(md.match(/^# /gm)).toHaveLength(2);
    expect(md).toContain('## Figures（2）');
    expect(extractMarkdown(lib[1]!, 'en').startsWith('## Section：完善机制')).toBe(true);
  });

  it('writes plain text with sources, and copies one extract with its source', async () => {
    const text = await exportText(lib, 'zh');
    expect(text.split('————————')).toHaveLength(4);
    expect(plainText(lib[0]!, 'zh')).toBe(
      `投入资金1.2亿元\n\n来源：${r.title} ${sourceLink(lib[0]!)}\n标签：数据、总结\n备注：第一行\n第二行`,
    );
  });

  it('writes complete JSON under a format name and version, without derived fields', async () => {
    const progress: number[] = [];
    const json = JSON.parse(await exportJson(lib, (done) => progress.push(done), 0));
    expect(json).toMatchObject({ format: FORMAT, version: 1, exportedAt: '1970-01-01T00:00:00.000Z', count: 4 });
    expect(json.extracts[0]).toEqual(Object.fromEntries(Object.entries(lib[0]!).filter(([k]) => k !== 'haystack')));
    expect(progress).toEqual([4]);
  });

  it('writes figures as CSV with a BOM, a header and RFC 4180 quoting', async () => {
    const tricky = stored(
      figuresDraft(r, 'https://b.com/doc', [{ ...r.figures[0]!, sentence: '他说："增长, 很快"\n第二行', raw: '=HYPERLINK("x")' }]),
    );
    const csv = await exportFiguresCsv([...lib, tricky], 'en');
    expect(csv.startsWith('\uFEFFtitle,url,section,raw,value,value_to,unit,scale,bound,kind,masked,sentence,saved_at\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    // Figures saved both alone and in their document are listed once per document.
    expect(lines.filter((l) => l.includes('XXX.X万元'))).toHaveLength(2);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('"他说：""增长, 很快""\n第二行"');
    expect(lines[1]).toContain(',120000000,,元,,exact,money,false,');
    expect((await exportFiguresCsv(lib, 'zh')).split('\r\n')[0]).toBe(
      '\uFEFF文档标题,网址,章节,原文,数值,数值上限,单位,量级,精度,类别,已打码,所在句子,保存时间',
    );
  });

  it('quotes cells only when needed and defuses formulas but not signed numbers', () => {
    expect([csvCell('a'), csvCell('a,b'), csvCell('-5%'), csvCell('+86 123'), csvCell('@SUM(A1)'), csvCell(null), csvCell(-3)]).toEqual([
      'a',
      '"a,b"',
      '-5%',
      "'+86 123",
      "'@SUM(A1)",
      '',
      '-3',
    ]);
  });

  it('exports 5,000 extracts as JSON and as a Markdown zip in reasonable time, reporting progress', async () => {
    const big = generateLibrary(5000);
    const steps: number[] = [];
    let start = performance.now();
    const json = await exportJson(big, (done) => steps.push(done));
    const jsonMs = performance.now() - start;
    start = performance.now();
    const zip = await exportMarkdownZip(big, 'zh');
    const zipMs = performance.now() - start;
    console.log(
      `export 5,000 extracts: JSON ${(json.length / 1e6).toFixed(1)}M chars in ${jsonMs.toFixed(0)} ms; Markdown zip ${(zip.length / 1e6).toFixed(1)} MB in ${zipMs.toFixed(0)} ms`,
    );
    expect(steps.length).toBe(20);
    expect(steps.at(-1)).toBe(5000);
    expect(Object.keys(unzipSync(zip))).toHaveLength(1000);
    expect(jsonMs).toBeLessThan(3000);
    expect(zipMs).toBeLessThan(5000);
  });
});
