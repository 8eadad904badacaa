// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { selectedText } from './selection';

let host: HTMLElement;
let root: ShadowRoot;
let article: HTMLElement;
let inside: Node;
let page: Node;

beforeEach(() => {
  document.body.innerHTML = '<p id="page">page text</p><div id="host"></div>';
  page = document.getElementById('page')!.firstChild!;
  host = document.getElementById('host')!;
  root = host.attachShadow({ mode: 'open' });
  root.innerHTML = '<header><button>save</button></header><article><p>第一段。</p><p>第二段。</p></article>';
  article = root.querySelector('article')!;
  inside = article.querySelector('p')!.firstChild!;
});
afterEach(() => {
  vi.restoreAllMocks();
  document.getSelection()?.removeAllRanges();
});

/** A selection as a browser reports it: `anchorNode` is where it says the selection starts. */
const fake = (anchorNode: Node | null, over: Partial<Selection> = {}) =>
  ({ isCollapsed: false, anchorNode, toString: () => '第一段。\n\n第二段。', ...over }) as Selection;

describe('selectedText', () => {
  it('reads a selection inside the element, with the browser’s line breaks', () => {
    vi.spyOn(document, 'getSelection').mockReturnValue(fake(inside));
    expect(selectedText(article)).toBe('第一段。\n\n第二段。');
  });

  it('ignores a selection outside the element, or none', () => {
    vi.spyOn(document, 'getSelection').mockReturnValue(fake(page));
    expect(selectedText(article)).toBe('');
    vi.spyOn(document, 'getSelection').mockReturnValue(fake(inside, { isCollapsed: true }));
    expect(selectedText(article)).toBe('');
    vi.spyOn(document, 'getSelection').mockReturnValue(null);
    expect(selectedText(article)).toBe('');
  });

  it('uses the shadow root’s own selection where there is one (Chromium)', () => {
    const own = vi.fn(() => fake(inside));
    Object.defineProperty(root, 'getSelection', { value: own, configurable: true });
    // The document's view is retargeted to the host and must not be what decides.
    vi.spyOn(document, 'getSelection').mockReturnValue(fake(host));
    expect(selectedText(article)).toBe('第一段。\n\n第二段。');
    own.mockReturnValue(fake(page));
    expect(selectedText(article)).toBe('');
  });

  it('otherwise finds where the document’s selection really is with getComposedRanges', () => {
    const getComposedRanges = vi.fn(() => [{ startContainer: inside } as StaticRange]);
    vi.spyOn(document, 'getSelection').mockReturnValue(fake(host, { getComposedRanges }));
    expect(selectedText(article)).toBe('第一段。\n\n第二段。');
    expect(getComposedRanges).toHaveBeenCalledWith({ shadowRoots: [root] });
    getComposedRanges.mockReturnValue([{ startContainer: page } as StaticRange]);
    expect(selectedText(article)).toBe('');
  });

  it('works on a real selection in the shadow tree', () => {
    const range = document.createRange();
    range.selectNodeContents(article);
    document.getSelection()!.addRange(range);
    expect(selectedText(article)).toMatch(/第一段。\s*第二段。/);
    expect(selectedText(root.querySelector('header')!)).toBe('');
  });
});
