import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, seed } from '../../../tests/pages';
import { repair } from './repair';
import { segment, type Segment } from './segment';

const run = (html: string, title = '') => {
  const doc = parse(`<html><body><div id="r">${html}</div></body></html>`);
  return repair(
    segment(doc.getElementById('r')!, () => false),
    title,
  );
};

describe('repair', () => {
  it('removes page-chunk markers and joins chunks cut mid-word without a space', () => {
    // The first chunks of seed 000 (三一文库), one <p> per preview chunk as the site serves them.
    const lines = seed('000')
      .split('\n')
      .filter((l) => /^\d+、/.test(l))
      .slice(0, 5);
    const r = run(lines.map((l) => `<p>${l}</p>`).join(''));
    expect(r.blocks).toHaveLength(1);
    expect(r.blocks[0]!.text).toContain('弥足珍贵的荣誉背后');
    expect(r.blocks[0]!.text).toContain('近年来,我市始终坚持');
    expect(r.blocks[0]!.text).not.toMatch(/的\d+、/);
    expect(r.removed.filter((x) => x.kind === 'chunk-marker').map((x) => x.text)).toEqual(['1、', '2、', '3、', '4、', '5、']);
  });

  it('reads a chunk numbering past a repeated chunk, as a second cleaning (with the repeat hidden) reads it', () => {
    const r = run(
      '<p>12、市双拥工作在上级党委政府的关心指导下</p><p>13、坚持以科学发展观为统领,认真学习贯彻</p><p>13、坚持以科学发展观为统领,认真学习贯彻</p><p>14、进一步深化开展军地双拥互办实事</p>',
    );
    expect(r.removed.filter((x) => x.kind === 'chunk-marker').map((x) => x.text)).toEqual(['12、', '13、', '14、']);
    expect(r.drop.map((d) => d.kind)).toEqual(['duplicate']);
    expect(r.blocks.map((b) => b.text)).toEqual([
      '市双拥工作在上级党委政府的关心指导下坚持以科学发展观为统领,认真学习贯彻进一步深化开展军地双拥互办实事',
    ]);
  });

  it('joins chunks to the text their nodes show once the markers are cut, whatever whitespace surrounds them', () => {
    const space = fc.constantFrom('', ' ', '\n  ', '\u3000', '<span> </span>', '<span>\n</span> ');
    const words = fc.constantFrom('市双拥工作在上级', '党委 政府的关心', '指导下', '<b>坚持</b>以科学', ' 发展观为统领');
    const chunk = fc.tuple(space, space, fc.array(words, { minLength: 1, maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(chunk, { minLength: 3, maxLength: 6 }), (chunks) => {
        const r = run(chunks.map(([a, b, w], k) => `<p>${a}${k + 1}、${b}${w.join('')}</p>`).join(''));
        const shown = (seg: (typeof r.blocks)[number]['segments'][number]) =>
          seg.nodes
            .map((n) => r.edits.get(n) ?? n.data)
            .join('')
            .replace(/\s+/g, ' ')
            .trim();
        for (const b of r.blocks) expect(b.text).toBe(b.segments.map(shown).join(''));
        expect(r.removed.filter((x) => x.kind === 'chunk-marker')).toHaveLength(chunks.length);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps an author's numbered list whose items end their sentences", () => {
    const r = run('<p>1、加强组织领导。</p><p>2、完善工作机制。</p><p>3、强化督促检查。</p>');
    expect(r.blocks.map((b) => b.text)).toEqual(['1、加强组织领导。', '2、完善工作机制。', '3、强化督促检查。']);
    expect(r.removed).toEqual([]);
  });

  it('keeps a repeated body once and drops a repeated title', () => {
    const title = '全国双拥模范城(县)巡礼江西省赣州市:传承红色基因 打造双拥共建新高地';
    const body = '<p>赣州是全国著名的革命老区,是原中央苏区的主体和核心区。</p><p>强保障构建新时代双拥大格局</p>';
    const r = run(`<p>${title}</p><p>${title}赣州市大力弘扬拥军优属。</p>${body}${body}`, title);
    expect(r.blocks.map((b) => b.text)).toEqual([
      '赣州市大力弘扬拥军优属。',
      '赣州是全国著名的革命老区,是原中央苏区的主体和核心区。',
      '强保障构建新时代双拥大格局',
    ]);
    expect(r.drop.map((d) => d.kind)).toEqual(['duplicate', 'duplicate', 'duplicate']);
  });

  it("keeps the section headings a compilation's articles share, and drops them with a copied passage", () => {
    const article = (name: string, n: number) =>
      `<p>篇${name}：${name}街道双拥工作总结</p><p>一、加强组织领导</p><p>今年以来，召开会议${n}次。</p><p>二、落实优抚政策</p><p>全年发放优抚金${n}0万元。</p>`;
    const r = run(article('一', 3) + article('二', 4));
    expect(r.blocks.map((b) => b.text).filter((t) => t.startsWith('一、') || t.startsWith('二、'))).toEqual([
      '一、加强组织领导',
      '二、落实优抚政策',
      '一、加强组织领导',
      '二、落实优抚政策',
    ]);
    expect(r.drop).toEqual([]);
    const copied = run(article('一', 3) + article('一', 3).replace(/<p>篇一：[^<]*<\/p>/, ''));
    expect(copied.blocks.map((b) => b.text)).toHaveLength(5);
    expect(copied.drop.map((d) => d.kind)).toEqual(['duplicate', 'duplicate', 'duplicate', 'duplicate']);
  });

  it('strips glued page markers and running headers inside sentences', () => {
    const r = run('<p>工作总结第 1 页 共 8 页一、总体情况下载后可任意编辑全年完成任务。</p>');
    expect(r.blocks[0]!.text).toBe('工作总结一、总体情况全年完成任务。');
    expect(r.removed.map((x) => x.kind)).toEqual(['download-prompt', 'page-marker']);
  });

  it('strips a preview label but keeps the preview text', () => {
    const r = run('<div>文档简介:市双拥工作总结。拥军优属、拥政爱民是优良传统。</div>');
    expect(r.blocks[0]!.text).toBe('市双拥工作总结。拥军优属、拥政爱民是优良传统。');
  });

  it('edits text nodes, never the tree', () => {
    const doc = parse('<html><body><div id="r"><p>1、前半</p><p>2、句话</p><p>3、下一段</p></div></body></html>');
    const before = doc.body.innerHTML;
    const r = repair(
      segment(doc.getElementById('r')!, () => false),
      '',
    );
    expect(doc.body.innerHTML).toBe(before);
    expect([...r.edits.values()]).toEqual(['前半', '句话', '下一段']);
  });
});

describe('hard-wrapped lines', () => {
  it('joins PDF lines cut mid-sentence and keeps real line ends', () => {
    // Seed 003's wraps: "这些⏎醒目的标志牌随处可见。", "拥军广场58⏎个,双拥地标…"
    const r = run(
      '<p>在河北,驻地群众说起双拥工作如数家珍,城市道路两旁的这些<br>醒目的标志牌随处可见。<br>全省建成拥军广场58<br>个,双拥地标遍布城乡。<br>民拥军、军爱民,军民心连心。</p>',
    );
    expect(r.blocks.map((b) => b.text)).toEqual([
      '在河北,驻地群众说起双拥工作如数家珍,城市道路两旁的这些醒目的标志牌随处可见。',
      '全省建成拥军广场58个,双拥地标遍布城乡。',
      '民拥军、军爱民,军民心连心。',
    ]);
  });

  it('keeps separate paragraphs separate', () => {
    const r = run('<p>一、加强组织领导</p><p>全年召开会议3次。</p>');
    expect(r.blocks).toHaveLength(2);
  });
});

describe('text the site hides', () => {
  it('skips Discuz jammer strings and inline-hidden spans', () => {
    const r = run(
      '<p>双拥工作<font class="jammer">, ]5 B! b# H&amp; D) v</font>取得新成效<span style="display:none">8 f; @. l8 z6</span>。</p>',
    );
    expect(r.blocks[0]!.text).toBe('双拥工作取得新成效。');
  });
});

describe('a summary cut short', () => {
  const seg = (text: string): Segment => {
    const doc = parse(`<p>${text}</p>`);
    const el = doc.querySelector('p')!;
    return { nodes: [el.firstChild as Text], el, tag: 'p', bold: false };
  };
  const body = [
    '一年来，我市双拥工作在市委、市政府和军分区的正确领导下，认真贯彻落实上级有关双拥工作的指示精神，',
    '紧紧围绕经济建设和国防建设，开展了形式多样的双拥活动。',
  ];

  it('is dropped when the text it sums up follows, however the site cut it', () => {
    for (const tail of ['…', '...', '……', '...[更多]', '…【阅读全文】']) {
      const summary = `一年来，我市双拥工作在市委、市政府和军分区的正确领导下，认真贯彻${tail}`;
      const r = repair([seg(summary), seg('发布时间：2023年'), ...body.map(seg)], '');
      expect(
        r.blocks.map((b) => b.text),
        tail,
      ).toEqual(['发布时间：2023年', ...body]);
      expect(r.removed).toContainEqual(expect.objectContaining({ kind: 'duplicate' }));
    }
  });

  it('stays when nothing after it starts the same way, or it is too short to tell', () => {
    const lone = '我市坚持把双拥工作摆上重要议事日程，纳入经济社会发展总体规划，确保了……';
    expect(repair([seg(lone), ...body.map(seg)], '').blocks).toHaveLength(3);
    expect(repair([seg('一年来，我市…'), ...body.map(seg)], '').blocks).toHaveLength(3);
  });
});

describe('a chunk number glued to the title', () => {
  it('goes with the repeated title, and the sentence after them stays', () => {
    const title = '在全省双拥模范城创建工作会议上的讲话';
    const r = run(`<p>1、${title}同志们：今天召开全省双拥模范城创建工作会议。</p><p>二是加强组织领导。</p>`, title);
    expect(r.blocks.map((b) => b.text)).toEqual(['同志们：今天召开全省双拥模范城创建工作会议。', '二是加强组织领导。']);
    expect(r.removed.map((x) => x.kind)).toEqual(['chunk-marker', 'duplicate']);
  });

  it('stays when what follows is not the title, or is a date', () => {
    const title = '在全省双拥模范城创建工作会议上的讲话';
    expect(run('<p>1、在全省率先建成双拥服务中心。</p>', title).blocks[0]!.text).toBe('1、在全省率先建成双拥服务中心。');
    expect(run('<p>1、2月份全市双拥工作总结：全市走访慰问部队。</p>', '2月份全市双拥工作总结').blocks[0]!.text).toBe(
      '1、2月份全市双拥工作总结：全市走访慰问部队。',
    );
  });
});
