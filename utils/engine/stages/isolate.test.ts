import { nodeParts } from '../node-parts';
import { describe, expect, it } from 'vitest';
import { goldCases, parse } from '../../../tests/pages';
import { shownText } from '../../../tests/visible';
import { analyse, applyPlan } from '../index';
import { heldOn, heldReason, outside } from './isolate';
import { locate } from './locate';

const norm = (s: string) => s.normalize('NFKC').replace(/[\s\u200b\u00a0\u3000]+/g, '');

describe('the site around the document', () => {
  const positives = goldCases().filter((c) => c.gold.detected);

  it('is hidden on every recognised gold page: what the page shows is what the text holds', () => {
    for (const c of positives) {
      const doc = parse(c.html);
      const before = doc.body.outerHTML;
      const a = analyse(doc, c.gold.url, nodeParts);
      const undo = applyPlan(a.plan);
      const shown = norm(shownText(doc));
      for (const n of c.gold.noise ?? []) expect(shown, `${c.name}: ${n}`).not.toContain(norm(n));
      for (const f of c.gold.content ?? [])
        expect(
          (Array.isArray(f) ? f : [f]).some((v) => shown.includes(norm(v))),
          `${c.name}: ${f}`,
        ).toBe(true);
      // Nothing is shown that the text does not hold, beyond the title and a few characters of markup.
      const text = norm(a.result.text);
      expect(shown.length, c.name).toBeLessThanOrEqual(text.length * 1.02 + 10);
      undo();
      expect(doc.body.outerHTML, c.name).toBe(before);
    }
  });

  it('keeps the title element in view when the document does not start with the title', () => {
    const html = `<html><head><title>市双拥工作总结 - 某某文库</title></head><body>
      <div class="top"><a href="/">首页</a> 上传文档</div>
      <div class="main"><div class="head"><h1>市双拥工作总结</h1><span class="meta">页数：4 大小：20KB</span></div>
      <div class="intro">温馨提示：本文档共4页，可在线阅读。</div>
      <div class="content"><p>${'一年来，我市双拥工作在市委、市政府的正确领导下，取得了显著成绩。'.repeat(6)}</p></div>
      <ul class="others"><li>其他文档</li></ul></div>
      下载说明文字</body></html>`;
    const doc = parse(html);
    const root = doc.querySelector('.content')!;
    const title = locate(doc).titleEl;
    expect(title?.localName).toBe('h1');
    const found = outside(doc, root, title, 'full');
    const hidden = found.hide.map((e) => e.getAttribute('class'));
    expect(hidden).toEqual(expect.arrayContaining(['top', 'meta', 'intro', 'others']));
    expect(hidden).not.toContain('head');
    expect(found.blank.map((t) => t.data.trim())).toContain('下载说明文字');
  });

  it('leaves drawn document pages (canvas, page images) of a preview-only page in view', () => {
    const html = `<html><body><div class="pages"><canvas></canvas></div><div class="imgs"><img><img><img></div>
      <div class="preview"><p>${'文档简介：本文是关于双拥工作的总结。'.repeat(5)}</p></div><div class="ad">广告</div></body></html>`;
    const doc = parse(html);
    const found = outside(doc, doc.querySelector('.preview')!, null, 'preview-only');
    expect(found.hide.map((e) => e.getAttribute('class'))).toEqual(['ad']);
  });

  it('hides download buttons and form controls inside the document', () => {
    const doc = parse(
      '<html><body><div id="c"><p>正文内容。</p><button>立即下载</button><input value="搜索"></div><div>页脚</div></body></html>',
    );
    expect(outside(doc, doc.getElementById('c')!, null, 'full').controls.map((e) => e.localName)).toEqual(['button', 'input']);
  });
});

describe('a page left as it is', () => {
  it('is one with no document, or one whose document is a sliver of what it shows', () => {
    expect(heldReason(0, 5000, 'full')).toBe('no-document');
    expect(heldReason(800, 800, 'none')).toBe('no-document');
    expect(heldReason(150, 800, 'full')).toBe('little-document');
    expect(heldReason(900, 20000, 'full')).toBe('little-document');
    expect(heldReason(150, 600, 'preview-only')).toBeNull();
    expect(heldReason(3000, 20000, 'full')).toBeNull();
  });

  it('is judged by the text a page shows, not its scripts, and a document that clears the raw text needs no more', () => {
    const doc = (body: string) => parse(`<html><body>${body}</body></html>`).body;
    const prose = '一年来，我市双拥工作取得显著成绩，全年走访慰问部队官兵三千余人次。'.repeat(2);
    // 150 characters of document; 4,000 characters of script would make it look small beside them.
    expect(heldOn(doc(`<p>${prose}</p><script>${'x'.repeat(4000)}</script>`), 150, 'full')).toBeNull();
    expect(heldOn(doc(`<p>${prose}</p><div>${'相关文档推荐'.repeat(200)}</div>`), 150, 'full')).toBe('little-document');
    expect(heldOn(doc(`<p>${prose}</p>`), 0, 'full')).toBe('no-document');
  });

  it('gets no plan, and says why', () => {
    const html = `<html><head><title>文档 - 道客巴巴</title></head><body><div id="pageContainer"><canvas></canvas></div>
      <ul class="related">${'<li><a href="#">双拥工作总结范文大全精选合集下载</a></li>'.repeat(40)}</ul></body></html>`;
    const a = analyse(parse(html), 'https://www.doc88.com/p-123.html', nodeParts);
    expect(a.result.detected).toBe(true);
    expect(a.result.held).toBe('no-document');
    expect(a.result.textLayer).toBe('none');
    expect(a.plan.hide).toHaveLength(0);
    expect(a.plan.edits.size).toBe(0);
  });
});
