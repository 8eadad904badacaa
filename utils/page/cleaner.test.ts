// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { goldCases } from '../../tests/pages';
import { PageCleaner } from './cleaner';

const load = (name: string) => {
  const c = goldCases().find((g) => g.name === name)!;
  document.documentElement.innerHTML = c.html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  return c;
};

describe('PageCleaner on a live document', () => {
  it('cleans a recognised page and restores it exactly', () => {
    const c = load('pub-huiwen-summary');
    const before = document.body.innerHTML;
    const cleaner = new PageCleaner(document, () => c.gold.url);
    expect(cleaner.clean()).toBe(true);
    expect(document.documentElement.getAttribute('data-jingdu')).toBe('clean');
    expect(document.body.innerHTML).not.toBe(before);
    cleaner.restore();
    expect(document.documentElement.getAttribute('data-jingdu')).toBe('original');
    expect(document.body.innerHTML).toBe(before);
    expect(cleaner.clean()).toBe(true);
    cleaner.restore();
    expect(document.body.innerHTML).toBe(before);
  });

  it('does not touch an unrecognised page unless forced', () => {
    const c = load('pub-neg-socket-dev-blog');
    const before = document.body.innerHTML;
    const cleaner = new PageCleaner(document, () => c.gold.url);
    expect(cleaner.clean()).toBe(false);
    expect(document.body.innerHTML).toBe(before);
    expect(cleaner.analysis?.result.text).toContain('Socket Firewall');
    expect(cleaner.clean(true)).toBe(true);
    cleaner.restore();
    expect(document.body.innerHTML).toBe(before);
  });

  it('cleans preview pages that the site appends later', async () => {
    const c = load('pub-huiwen-summary');
    const cleaner = new PageCleaner(document, () => c.gold.url);
    cleaner.clean();
    const more = document.createElement('div');
    more.innerHTML = '<p>温馨提示:</p><p>3. 下载前请仔细阅读文档内容,确认文档内容符合您的需求后进行下载。</p><p>8.继续做好拥军工作,全年共走访慰问部队12次。</p>';
    document.querySelector('.doc-body')!.append(more);
    await new Promise((r) => setTimeout(r, 700));
    expect(cleaner.state).toBe('clean');
    const hidden = [...more.querySelectorAll('p')].map((p) => (p as HTMLElement).style.display);
    expect(hidden).toEqual(['none', 'none', '']);
    cleaner.restore();
  });
});

describe('reading without cleaning', () => {
  it('analyses once and leaves the page alone', () => {
    const c = load('pub-huiwen-summary');
    const before = document.body.innerHTML;
    const cleaner = new PageCleaner(document, () => c.gold.url);
    const first = cleaner.inspect();
    expect(cleaner.inspect()).toBe(first);
    expect(first.result.outline.length).toBeGreaterThan(0);
    expect(document.body.innerHTML).toBe(before);
    expect(cleaner.state).toBe('original');
  });
});
