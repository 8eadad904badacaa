import { describe, expect, it } from 'vitest';
import { parse } from '../../../tests/pages';
import { hiddenStuffing } from './hidden-stuffing';

// Search phrases of the kind an SEO mirror hides in its pages (fixtures/corpus/seo-njxfhn-jiangmen-dianzha).
const phrases = [
  '活力影院灰姑娘',
  '铭鑫gtx560ti',
  '祥园刻章',
  '冯伟林最新消息',
  '罗洛之谜最后一步',
  '被掠走的苦工',
  '艾尔之光防沉迷',
  '家嫂三国志',
];
const run = Array.from({ length: 40 }, (_, i) => phrases[i % phrases.length]).join(' ');
const check = (body: string) => {
  const doc = parse(`<html><body><p>江门警方接到一名事主报警。</p>${body}</body></html>`);
  return hiddenStuffing(doc, doc.body.textContent ?? '');
};

describe('hiddenStuffing', () => {
  it('finds a hidden run of search phrases, hidden inline or by the hidden attribute', () => {
    expect(check(`<div style="display:none">${run}</div>`)).toBe(true);
    expect(check(`<div hidden>${run}</div>`)).toBe(true);
  });

  it('leaves a hidden menu of links, hidden prose and a shown tag list alone', () => {
    const menu = phrases.map((p) => `<a href="/t/${p}">${p}</a>`).join(' ');
    expect(check(`<div style="display: none">${Array.from({ length: 5 }, () => menu).join(' ')}</div>`)).toBe(false);
    const prose = Array.from({ length: 40 }, (_, i) => `${phrases[i % phrases.length]}，`).join(' ');
    expect(check(`<div style="display:none">${prose}</div>`)).toBe(false);
    expect(check(`<div class="tags">${run}</div>`)).toBe(false);
  });
});
