import { describe, expect, it } from 'vitest';
import { figure, figures, outline } from '@/components/popup/test-data';
import {
  boundText,
  documentHtml,
  escapeHtml,
  figureClip,
  figuresMarkdown,
  figuresTsv,
  figureNumber,
  formatNumber,
  outlineList,
} from './format';

describe('formatNumber', () => {
  it.each([
    [120000000, '1.2亿'],
    [1000000000, '10亿'],
    [16700, '1.67万'],
    [200000, '20万'],
    [2022, '2022'],
    [38.4, '38.4'],
    [123456789, '1.2346亿'],
  ])('zh %d → %s', (n, s) => expect(formatNumber(n, 'zh')).toBe(s));

  it.each([
    [120000000, '120,000,000'],
    [16700, '16,700'],
    [516.9, '516.9'],
  ])('en %d → %s', (n, s) => expect(formatNumber(n, 'en')).toBe(s));
});

describe('figures', () => {
  it('names bounds 约/余/近 and about/at least/nearly, exact as nothing', () => {
    expect(['approx', 'lower', 'upper', 'exact'].map((b) => boundText(b as never, 'zh'))).toEqual(['约', '余', '近', '']);
    expect(['approx', 'lower', 'upper'].map((b) => boundText(b as never, 'en'))).toEqual(['about', 'at least', 'nearly']);
  });

  it('normalises the number, ranges too', () => {
    expect(figureNumber(figures[0]!, 'zh')).toBe('1.2亿');
    expect(figureNumber(figures[0]!, 'en')).toBe('120,000,000');
    expect(figureNumber(figure({ value: [10000, 20000], bound: 'range' }), 'zh')).toBe('1万–2万');
    expect(figureNumber(figures[3]!, 'zh')).toBe('');
  });

  it('copies one figure as its words and sentence', () => {
    expect(figureClip(figures[2]!)).toBe('100%\n转业军官100%安置。');
  });

  it('writes TSV with a header row, plain numbers and the template blank named', () => {
    const lines = figuresTsv(figures, 'zh').split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe('原文\t数值\t单位\t约数\t类别\t原句\t章节');
    expect(lines[1]).toBe('1.2亿余元\t120000000\t元\t余\t金额\t投入1.2亿余元完成1.6万处。\t加强领导');
    expect(lines[4]!.split('\t').slice(0, 2)).toEqual(['XXX亿元', '模板占位']);
    expect(figuresTsv([], 'en')).toBe('Raw\tValue\tUnit\tBound\tKind\tSentence\tSection');
  });

  it('keeps page text from breaking TSV rows or running as a spreadsheet formula', () => {
    const tsv = figuresTsv([figure({ sentence: '=HYPERLINK("x")\t共\n27人', section: '-5' })], 'en');
    const cells = tsv.split('\n')[1]!.split('\t');
    expect(cells).toHaveLength(7);
    expect(cells[5]).toBe(`'=HYPERLINK("x") 共 27人`);
    expect(cells[6]).toBe('-5');
  });

  it('writes a Markdown table with pipes escaped', () => {
    const md = figuresMarkdown([figure({ sentence: 'a|b' })], 'en').split('\n');
    expect(md[0]).toBe('| Raw | Value | Unit | Bound | Kind | Sentence | Section |');
    expect(md[1]).toBe('| --- | ---: | --- | --- | --- | --- | --- |');
    expect(md[2]).toBe('| 27人 | 27 | 人 |  | Count | a\\|b | 加强领导 |');
  });
});

describe('outlineList', () => {
  it('indents two spaces a level and keeps the markers', () => {
    expect(outlineList(outline)).toBe('- 目录\n- 一、加强领导\n  - 1.走访部队\n- 二、存在问题');
  });
});

describe('documentHtml', () => {
  it('escapes every piece of page text', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const html = documentHtml({
      title: 'T<i>',
      markdown: '# T<i>\n\n## 一、<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n- a&b\n\n- c',
    });
    expect(html).not.toMatch(/<(script|img|i>)/);
    expect(html).toContain('<h1>T&lt;i&gt;</h1>');
    expect(html).toContain('<h2>一、&lt;script&gt;alert(1)&lt;/script&gt;</h2>');
    expect(html).toContain('<p>&lt;img src=x onerror=alert(1)&gt;</p>');
    expect(html).toContain('<ul><li>a&amp;b</li><li>c</li></ul>');
    expect(html.match(/<h1>/g)).toHaveLength(1);
  });
});
