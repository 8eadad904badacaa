/** The robustness properties (document-check.ts) on generated pages: random trees, textless pages, broken markup. */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenMarkup } from '../../../tests/arbitraries/broken-markup';
import { builtDoc, happyDoc, linkedomDoc, pageHtml } from '../../../tests/arbitraries/documents';
import { keep, page, title, url } from '../../../tests/arbitraries/pages';
import { analyse, type Analysis } from '../index';
import { nodeParts } from '../node-parts';
import { checkAccounting, PropertyError } from './checks';
import { checkCleaner, checkDocument } from './document-check';
import { parsedByHappyDom, runs, stats, summary, tally, wrap } from './runs';

afterAll(() => console.log(summary()));

describe('the engine on generated pages', () => {
  it('sees pinyin readings, so the pinyin paths are exercised', () => {
    const doc = linkedomDoc(wrap('t', '<p>全国(quánguó)人民团结一致。</p>'));
    expect(analyse(doc, 'https://www.31doc.com/p-1.html', nodeParts).result.removed.map((r) => r.kind)).toContain('pinyin');
  });

  it('the accounting check rejects what it should (it is not vacuous)', () => {
    const page = () =>
      linkedomDoc(wrap('t', '<div class="x"><p>温馨提示:</p><p>全国(quánguó)人民团结一致。</p><p>其他正文内容在这里。</p></div>'));
    const rejects = (tamper: (a: Analysis, doc: Document) => void) => {
      const doc = page();
      const a = analyse(doc, 'https://www.31doc.com/p-1.html', nodeParts, { force: true });
      checkAccounting(a, new Set());
      tamper(a, doc);
      try {
        checkAccounting(a, new Set());
        return false;
      } catch (e) {
        return e instanceof PropertyError;
      }
    };
    const lastP = (doc: Document) => [...doc.querySelectorAll('p')].at(-1)!;
    expect(rejects((a, doc) => a.plan.hide.push({ el: lastP(doc), kind: 'ad' }))).toBe(true);
    expect(rejects((a, doc) => a.plan.edits.set(lastP(doc).firstChild as Text, '其他'))).toBe(true);
    expect(rejects((a, doc) => a.plan.edits.set(lastP(doc).firstChild as Text, '其他正文内容在这里。!'))).toBe(true);
    expect(rejects((a) => a.plan.inline.push(a.plan.hide[0]!.el))).toBe(true);
    expect(rejects(() => {})).toBe(false);
  });

  it('random trees built with DOM calls (linkedom)', () => {
    runs('DOM-built trees, linkedom', page(), 3800, (p) => tally(checkDocument(builtDoc(p), p.url, p.keep)));
  });

  it('random trees through the linkedom parser', () => {
    runs('parsed trees, linkedom', page({ maxDepth: 6 }), 2000, (p) => tally(checkDocument(linkedomDoc(pageHtml(p)), p.url, p.keep)));
  });

  it("random trees through happy-dom's parser", () => {
    runs('parsed trees, happy-dom', page(), 700, (p) => {
      const doc = parsedByHappyDom(pageHtml(p));
      if (doc) tally(checkDocument(doc, p.url, p.keep));
    });
  });

  it('pages without any text', () => {
    const bare = page({ blank: true });
    runs('textless pages', bare, 300, (p) => tally(checkDocument(builtDoc(p), p.url, p.keep)));
  });

  it('broken markup through linkedom', () => {
    const arb = fc.record({ html: brokenMarkup, title: title, url: url, keep: keep });
    runs('broken markup, linkedom', arb, 2000, (p) => tally(checkDocument(linkedomDoc(wrap(p.title, p.html)), p.url, p.keep)));
  });

  it('broken markup through happy-dom', () => {
    const arb = fc.record({ html: brokenMarkup, url: url, keep: keep });
    runs('broken markup, happy-dom', arb, 700, (p) => {
      const doc = parsedByHappyDom(p.html);
      if (doc) tally(checkDocument(doc, p.url, p.keep));
    });
  });

  it('PageCleaner cleans and restores random pages exactly (happy-dom)', () => {
    runs('PageCleaner, happy-dom', page(), 700, (p) => {
      checkCleaner(builtDoc(p, happyDoc), p.url, p.keep);
      stats.cases++;
    });
  });
});
