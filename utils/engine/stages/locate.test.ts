import { describe, expect, it } from 'vitest';
import { goldCases, parse } from '../../../tests/pages';
import doc88 from '../hosts/doc88';
import { findTitle, locate } from './locate';

describe('locate', () => {
  it('finds the document container of each gold page', () => {
    const roots = Object.fromEntries(goldCases().map((c) => [c.name, locate(parse(c.html)).root.getAttribute('class')]));
    expect(roots['pub-31doc-compilation']).toBe('article-content');
    expect(roots['pub-huiwen-summary']).toBe('doc-body');
    expect(roots['pub-pinyin-blog']).toBe('post-body');
  });

  it('takes the title from a heading the <title> confirms, without site name or file extension', () => {
    const titles = Object.fromEntries(goldCases().map((c) => [c.name, findTitle(parse(c.html))]));
    expect(titles['pub-31doc-compilation']).toBe('创建“全国双拥模范城”工作综述材料汇编(6篇)');
    expect(titles['pub-huiwen-summary']).toBe('2023年工作参考总结-市双拥工作参考总结');
    expect(titles['pub-pinyin-blog']).toBe('全国双拥模范城(县)巡礼江西省赣州市:传承红色基因 打造双拥共建新高地');
    // A <title> without the quotes its heading has still confirms the heading.
    expect(
      findTitle(
        parse('<html><head><title>某市十四五双拥工作规划-道客巴巴</title></head><body><h1>某市“十四五”双拥工作规划</h1></body></html>'),
      ),
    ).toBe('某市“十四五”双拥工作规划');
    expect(findTitle(parse('<html><head><title>市双拥工作总结(4页)-原创力文档</title></head><body></body></html>'))).toBe(
      '市双拥工作总结(4页)',
    );
  });

  it('says honestly when a canvas site shows only a preview block', () => {
    const html = `<html><head><title>双拥工作总结 - 道客巴巴</title></head><body><div id="pageContainer"><canvas></canvas></div>
      <div class="box"><h3>文档简介</h3><p>${'市双拥工作总结。拥军优属、拥政爱民是我党我军的优良传统。'.repeat(4)}</p></div></body></html>`;
    const loc = locate(parse(html), doc88);
    expect(loc.textLayer).toBe('preview-only');
    expect(loc.root.textContent).toContain('拥军优属');
    const none = locate(parse('<html><body><div id="pageContainer"><canvas></canvas></div></body></html>'), doc88);
    expect(none.textLayer).toBe('none');
  });

  it('reads a document a preview-only site serves as text as the document, not its short preview', () => {
    const c = goldCases().find((g) => g.name === 'pub-31doc-compilation')!;
    const loc = locate(parse(c.html), doc88);
    expect(loc).toMatchObject({ textLayer: 'full', via: 'dominant' });
    expect(loc.root.getAttribute('class')).toBe('article-content');
  });

  it('never takes a notice list with long numbered items for the document', () => {
    const items = [
      '本站所有资源如无特殊说明，都需要本地电脑安装OFFICE2007和PDF阅读器。图纸软件为CAD，CAXA，PROE，UG，SolidWorks等。',
      '本站的文档不包含任何第三方提供的附件图纸等，如果需要附件，请联系上传者。文件的所有权益归上传用户所有。',
      '下载文件中如有侵权或不适当内容，请与我们联系，我们立即纠正。本站不保证下载资源的准确性、安全性和完整性。',
      '本站仅提供交流平台，并不能对任何下载内容负责。如遇到文档无法下载或格式错误，请联系网站客服处理。',
    ];
    const notice = `<div class="notice"><p>下载声明：</p>${items.map((t, i) => `<p>${i + 1}. ${t}</p>`).join('')}</div>`;
    const body = `<div class="doc">${['一年来，我市双拥工作取得显著成绩。', '全年走访慰问部队官兵3000余人次。', '市双拥共建单位已达166家。'].map((t) => `<div><p>${t}</p></div>`).join('')}</div>`;
    const loc = locate(parse(`<html><body><div class="wrap">${body}${notice}</div></body></html>`), undefined, {});
    expect(loc.root.textContent).toContain('共建单位');
    expect(loc.root.textContent).not.toMatch(/^\s*下载声明/);
  });

  it('falls back to Readability when no child holds most of the text', () => {
    const para = (s: string) => `<p>${s.repeat(12)}</p>`;
    const html = `<html><body><div class="a">${para('本市开展双拥工作,成效显著。')}</div><div class="b">${para('全年救助困难军人二十七人。')}</div><div class="c"><p>首页</p></div></body></html>`;
    const loc = locate(parse(html));
    expect(['readability', 'dominant', 'body']).toContain(loc.via);
    expect(loc.root.textContent).toContain('成效显著');
    expect(loc.root.textContent).toContain('二十七人');
  });
});
