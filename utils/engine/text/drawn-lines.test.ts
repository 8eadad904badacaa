import { describe, expect, it } from 'vitest';
import report from '../../../fixtures/canvas/report.json';
import { layoutPages } from '../../../fixtures/canvas/layout.mjs';
import { drawnBlocks, type DrawnRun } from './drawn-lines';

type Para = (typeof report.paragraphs)[number];
/** A font's advance widths, roughly: hanzi and full-width marks one em, Latin about half. */
const measure = (text: string, size: number, bold?: boolean) =>
  [...text].reduce((w, ch) => w + size * (/[\u3000-\u9fff\uff00-\uffef“”‘’…—]/.test(ch) ? 1 : ch === ' ' ? 0.28 : bold ? 0.6 : 0.55), 0);

const drawn = (paragraphs: Para[], opts?: object): DrawnRun[][] =>
  layoutPages(paragraphs, measure, opts).map((page) => page.map((r) => ({ ...r, width: measure(r.text, r.size, r.bold) })));
const texts = (pages: DrawnRun[][]) =>
  drawnBlocks(pages)
    .flat()
    .map((b) => b.text);

describe('drawnBlocks', () => {
  it('gives back the source paragraphs exactly from shuffled runs on several pages', () => {
    const pages = drawn(report.paragraphs, { height: 900 });
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(texts(pages)).toEqual(report.paragraphs.map((p) => p.text));
  });

  it('joins a paragraph a page break cut, on the page where it starts', () => {
    // A short page height puts page breaks inside paragraphs.
    const pages = drawn(report.paragraphs, { height: 300 });
    expect(pages.length).toBeGreaterThan(5);
    const blocks = drawnBlocks(pages);
    expect(blocks.flat().map((b) => b.text)).toEqual(report.paragraphs.map((p) => p.text));
    // Some page starts inside a paragraph: its first line went to the block of the page before.
    const firstLines = pages.map((page) => [...page].sort((a, b) => a.y - b.y || a.x - b.x)[0]);
    expect(blocks.some((page, i) => i > 0 && page[0]?.text[0] !== firstLines[i]?.text[0])).toBe(true);
  });

  it('keeps headings as their own bold blocks', () => {
    const blocks = drawnBlocks(drawn(report.paragraphs)).flat();
    expect(blocks.filter((b) => b.bold).map((b) => b.text)).toEqual(report.paragraphs.filter((p) => p.bold).map((p) => p.text));
  });

  it('counts text drawn twice at one place (fill, then stroke) once', () => {
    const pages = drawn(report.paragraphs.slice(0, 3));
    const twice = pages.map((page) => [...page, ...page]);
    expect(texts(twice)).toEqual(report.paragraphs.slice(0, 3).map((p) => p.text));
  });

  it('spaces table columns apart and keeps hanzi edge to edge', () => {
    const row = (y: number, cells: string[]) =>
      cells.map((text, i) => ({ text, x: 50 + i * 200, y, width: measure(text, 16), size: 16, bold: false }));
    const table = [...row(100, ['项目', '金额', '增长']), ...row(126, ['经费', '1.2亿', '12.5%'])];
    expect(texts([table])).toEqual(['项目 金额 增长', '经费 1.2亿 12.5%']);
  });

  it('gives nothing for pages that drew nothing', () => {
    expect(drawnBlocks([[], []])).toEqual([[], []]);
  });
});
