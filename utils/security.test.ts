import { nodeParts } from './engine/node-parts';
// @vitest-environment happy-dom
// Page text is untrusted. The hostile 文库 page of the e2e security suite (fixtures/xss/page.html) goes
// through the engine, and its result through every view that shows page-derived strings (popup header,
// outline and figures, reader, library card and group, rich-text copy): payloads must stay text, never
// markup, and page-supplied addresses must never become javascript:/data: links. The real-browser
// counterpart, with its execution, console and network detectors, is e2e/security.e2e.mjs.
import { readFileSync } from 'node:fs';
import { fileURLToPath, URL as NodeURL } from 'node:url';
import { cleanup, render } from '@testing-library/preact';
import { parseHTML } from 'linkedom';
import { h, type ComponentType } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DocumentGroup } from '@/components/library/DocumentGroup';
import { ExtractCard } from '@/components/library/ExtractCard';
import { libraryText } from '@/components/library/strings';
import { Figures } from '@/components/popup/Figures';
import { Header } from '@/components/popup/Header';
import { Outline } from '@/components/popup/Outline';
import { popupText } from '@/components/popup/strings';
import { Reader } from '@/components/reader/Reader';
import { extract } from '@/utils/engine/index';
import type { ExtractResult } from '@/utils/engine/types';
import { isPageUrl } from '@/utils/extracts/identity';
import { parseExport } from '@/utils/extracts/import';
import { groupByDocument } from '@/utils/extracts/search';
import { textFragmentUrl } from '@/utils/extracts/text-fragment';
import type { Extract } from '@/utils/extracts/types';
import { documentHtml } from '@/utils/format';
import { defaultSettings } from '@/utils/settings';

const URL_ = 'http://www.31doc.com/p-9000001.html';
// node:url's URL: happy-dom replaces the global one.
const html = readFileSync(fileURLToPath(new NodeURL('../fixtures/xss/page.html', import.meta.url)), 'utf8');

const P = {
  title: `<img src=x onerror=alert('XSS-TITLE')>社区治理工作总结"><svg onload=alert(1)>`,
  h1: `<img src=x onerror=console.log('XSS-FIRED')>强化党建引领`,
  h2: `<svg onload=alert('XSS-H2')>完善服务体系`,
  h4: `"><img src=http://evil.test/heading.png onerror=alert('XSS-ATTR')>加强队伍建设`,
  script: `<script>console.log('XSS-FIRED');alert('XSS-SCRIPT')</script>`,
  mxss: `<math><mtext><table><mglyph><style><img src=x onerror=console.log('XSS-FIRED')></style></mglyph></table></mtext></math>`,
  md: `[办事指南](javascript:alert('XSS-MD'))与![示意图](http://evil.test/md-image.png)`,
  li: `<svg/onload=alert('XSS-LI')>发放奖励资金15万元`,
};

function hostileResult(): ExtractResult {
  const { document } = parseHTML(html);
  return extract(document as unknown as Document, URL_, nodeParts);
}

/** Elements and attributes that page text would create if a view rendered it as HTML. */
function markupIn(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const tag = el.localName;
    if (
      /^(img|script|iframe|object|embed|math|mglyph|mtext|style|base|meta|link|template|a)$/.test(tag) &&
      !(tag === 'a' && isPageUrl(el.getAttribute('href') ?? ''))
    )
      found.push(`<${tag}>`);
    // The reader's and popup's own icons are <svg><path>: nothing else inside an svg.
    if (tag === 'svg' && el.querySelector(':not(path):not(g):not(line):not(circle):not(rect):not(polyline)'))
      found.push('<svg> with content');
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) found.push(`${tag}[${a.name}]`);
      if (/^(href|src|action|formaction|data|xlink:href)$/i.test(a.name) && !isPageUrl(a.value)) found.push(`${tag}[${a.name}=${a.value}]`);
    }
  }
  return found;
}

/** A view whose props are changing under concurrent work, called without compile-time prop checks. */
const loose = (c: unknown) => c as ComponentType<Record<string, unknown>>;

afterEach(cleanup);

describe('the XSS corpus through the engine', () => {
  it('is recognised and cleaned, and keeps every payload as the text the page shows', () => {
    const r = hostileResult();
    expect(r.detected).toBe(true);
    expect(r.site).toBe('31doc');
    expect(r.title).toContain(P.title);
    const headings = r.outline.map((e) => e.marker + e.text);
    for (const p of [P.h1, P.h2, P.h4]) expect(headings.some((t) => t.includes(p))).toBe(true);
    for (const p of [P.script, P.mxss, P.md, P.li]) expect(r.text).toContain(p);
    expect(r.figures.some((f) => f.sentence.includes(P.li) && f.section?.includes(P.h4))).toBe(true);
  });

  it('reads text only: attributes and inert subtrees of the page never reach the result', () => {
    const all = JSON.stringify(hostileResult());
    // alt/title/data-src/onerror attributes, <noscript>, <template>, <textarea>, <script type=text/template>.
    for (const hidden of [
      'XSS-ALT',
      'XSS-TITLEATTR',
      'evil.test/lazy.png',
      '__pageOwn',
      'XSS-NOSCRIPT',
      'XSS-TEMPLATE-EL',
      'XSS-TEXTAREA',
      'XSS-SCRIPT-TEMPLATE',
    ]) {
      expect(all).not.toContain(hidden);
    }
  });
});

describe('views of the hostile result render text, never markup', () => {
  const r = hostileResult();

  it('popup header, outline and figures', () => {
    const t = popupText('zh');
    // The popup's save buttons are being added: their props are passed whether or not the views take them yet.
    const saving = { onSave: vi.fn(), saved: new Set<string>() };
    const view = render(
      h('div', null, [
        h(Header, { t, lang: 'zh', site: r.site, title: r.title }),
        h(loose(Outline), { t, outline: r.outline, onSelect: vi.fn(), onCopy: vi.fn(), ...saving }),
        h(loose(Figures), { t, lang: 'zh', figures: r.figures, onCopy: vi.fn(), ...saving }),
      ]),
    );
    expect(markupIn(view.container)).toEqual([]);
    const text = view.container.textContent ?? '';
    for (const p of [P.title, P.h1, P.h2, P.h4, P.li]) expect(text).toContain(p);
  });

  it('reader: title, headings, outline, paragraphs and list items', () => {
    const view = render(h(Reader, { result: r, prefs: defaultSettings.reader, onPrefs: vi.fn(), onClose: vi.fn(), lang: 'zh' }));
    expect(markupIn(view.container)).toEqual([]);
    expect(view.container.querySelector('h1')?.textContent).toBe(r.title);
    const headings = [...view.container.querySelectorAll('article h2, article h3')].map((e) => e.textContent);
    expect(headings).toEqual(expect.arrayContaining([expect.stringContaining(P.h1), expect.stringContaining(P.h4)]));
    const text = view.container.textContent ?? '';
    for (const p of [P.script, P.mxss, P.md, P.li]) expect(text).toContain(p);
  });

  it('rich-text copy: only its own tags, every payload escaped', () => {
    const out = documentHtml(r).replace(/^<meta charset="utf-8">/, '');
    const tags = new Set(out.match(/<[^>]*>/g));
    for (const tag of tags) expect(tag).toMatch(/^<\/?(h[1-6]|p|ul|li|br)>$/);
    expect(out).toContain('&lt;img src=x onerror=console.log(&#39;XSS-FIRED&#39;)&gt;强化党建引领');
  });

  it('library card and group: text only, and no link for a page-supplied javascript: or data: address', () => {
    const t = libraryText('zh');
    const base = { id: 'x', title: r.title, site: '31doc', savedAt: 0, updatedAt: 0, tags: [P.h1.slice(0, 38)], note: P.script };
    for (const url of [URL_, "javascript:alert('XSS-URL')", 'data:text/html,<script>alert(1)</script>', ' javascript:alert(1)']) {
      const e = { ...base, url, docKey: url, kind: 'selection', text: `${P.mxss}${P.md}`, section: P.h4 } as Extract;
      const [group] = groupByDocument([e]);
      const view = render(
        h(DocumentGroup, { group: group!, t, lang: 'zh', onExportDocument: vi.fn(), onCopy: vi.fn(), onEdit: vi.fn(), onDelete: vi.fn() }),
      );
      expect(markupIn(view.container)).toEqual([]);
      const links = [...view.container.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
      if (isPageUrl(url)) expect(links.length).toBeGreaterThan(0);
      else expect(links).toEqual([]);
      for (const p of [r.title, P.mxss, P.md, P.h4, P.script]) expect(view.container.textContent).toContain(p);
      cleanup();
    }
    const card = render(
      h(ExtractCard, {
        extract: { ...base, url: URL_, docKey: URL_, kind: 'figures', text: '', figures: r.figures } as Extract,
        t,
        lang: 'zh',
        onCopy: vi.fn(),
        onEdit: vi.fn(),
        onDelete: vi.fn(),
      }),
    );
    expect(markupIn(card.container)).toEqual([]);
    expect(card.container.textContent).toContain(P.li);
  });
});

describe('page-supplied addresses', () => {
  it('only http(s) and file pages may become links', () => {
    for (const bad of [
      "javascript:alert('x')",
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:msgbox(1)',
      'blob:https://a.b/1',
      'chrome-extension://abc/popup.html',
      'about:blank',
      '',
      'not a url',
    ]) {
      expect(isPageUrl(bad), bad).toBe(false);
    }
    for (const good of [URL_, 'https://www.doc88.com/p-1.html?a="><img src=x>', 'file:///tmp/a.html'])
      expect(isPageUrl(good), good).toBe(true);
  });

  it('import refuses an extract whose source is not a web page', () => {
    for (const url of ["javascript:alert('XSS-IMPORT')", 'data:text/html,<script>alert(1)</script>', '  javascript:alert(1)']) {
      const file = {
        format: 'jingdu-extracts',
        version: 1,
        extracts: [
          {
            id: 'x',
            url,
            title: 't',
            site: null,
            savedAt: 0,
            updatedAt: 0,
            tags: [],
            note: '',
            kind: 'selection',
            text: 'x',
            section: null,
          },
        ],
      };
      const parsed = parseExport(JSON.stringify(file));
      expect(parsed.ok, url).toBe(false);
    }
  });

  it('a text fragment of a quote with quotes and markup stays inside the http address, percent-encoded', () => {
    const quote = `a"onmouseover="alert('XSS-URL')&b='><img src=x onerror=alert(1)>, -x`;
    const link = textFragmentUrl(`${URL_}#old`, quote);
    expect(link.startsWith(`${URL_}#:~:text=`)).toBe(true);
    expect(new URL(link).protocol).toBe('http:');
    const fragment = link.slice(link.indexOf('#:~:text=') + 9);
    expect(fragment).not.toMatch(/[\s"<>&,-]/);
    expect(decodeURIComponent(fragment)).toBe(quote);
  });
});
