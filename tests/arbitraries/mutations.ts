/** Mutations of real (gold) pages, as plain values, and how to apply one to a document in place. */
import fc from 'fast-check';
import { text } from './text';

/** Blocks a site might add around the text: notices, chunk paging, pinyin, furniture, jammers. */
export const NOISE_BLOCKS = [
  '<div class="tips-box"><p>温馨提示:</p><p>1. 下载前请仔细阅读文档内容,确认文档内容符合您的需求后进行下载。</p><p>2. 本文档由用户上传,版权归属用户。</p></div>',
  '<div class="intro">《工作总结》由会员分享,可在线阅读,更多相关《工作总结(珍藏版)》请在三一文库上搜索。</div>',
  '<div class="related"><h3>相关推荐</h3><ul><li><a href="/1">工作总结范文1.docx</a></li><li><a href="/2">工作总结范文2.docx</a></li></ul></div>',
  '<p>12、市双拥工作在上级党委政府的关心指导下</p><p>13、坚持以科学发展观为统领,认真学习贯彻</p><p>14、进一步深化开展军地双拥互办实事</p>',
  '<p><ruby>全<rt>quán</rt></ruby><ruby>国<rp>(</rp><rt>guó</rt><rp>)</rp></ruby>人民</p>',
  '<p>全国(quánguó)人民(rénmín)团结一致,共同发展(fāzhǎn)。</p>',
  '<div id="comment_box"><h3>评论列表</h3><p>暂无评论</p></div>',
  '<p>有效<span style="display:none">jammer</span>文本<font class="jammer">x</font></p>',
  '<div class="pagefoot">第1页共3页</div>',
  '<img alt="工作总结_第2页"><img alt="工作总结_第3页">',
  '<p>文档简介：市双拥工作总结,拥军优属、拥政爱民。</p>',
  '<div class="more">预览已结束,剩余页可下载查看 <a href="/down">下载文档到电脑</a></div>',
  '<p>下载后可任意编辑微信 12345678 整理,第1页共3页</p>',
  '<script>var x = "温馨提示:下载";</script><style>p{display:none}</style>',
  '<p></p><div> </div><span>\u3000</span>',
];

export type Mutation =
  | { op: 'delete' | 'duplicate' | 'shuffle' | 'unwrap'; at: number; seed: number }
  | { op: 'insert'; at: number; block: number; where: 'before' | 'after' | 'in' }
  | { op: 'split' | 'type'; at: number; seed: number; text: string }
  | { op: 'wrap'; at: number; tag: string };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete', 'duplicate', 'shuffle', 'unwrap'), at: fc.nat(), seed: fc.nat() }),
  fc.record({
    op: fc.constant('insert'),
    at: fc.nat(),
    block: fc.nat(NOISE_BLOCKS.length - 1),
    where: fc.constantFrom('before', 'after', 'in'),
  }),
  fc.record({ op: fc.constantFrom('split', 'type'), at: fc.nat(), seed: fc.nat(), text: text(3) }),
  fc.record({ op: fc.constant('wrap'), at: fc.nat(), tag: fc.constantFrom('span', 'strong', 'div', 'p', 'a') }),
) as fc.Arbitrary<Mutation>;

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = root.ownerDocument!.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** Applies a mutation in place; indices wrap around, so any mutation applies to any page. */
export function mutate(doc: Document, m: Mutation): void {
  const body = doc.body;
  if (m.op === 'split' || m.op === 'type') {
    const texts = textNodes(body);
    const t = texts[m.at % Math.max(1, texts.length)];
    if (!t) return;
    const at = m.seed % (t.data.length + 1);
    if (m.op === 'type') t.data = t.data.slice(0, at) + m.text + t.data.slice(at);
    else {
      // By hand: linkedom has no Text.splitText.
      const tail = doc.createTextNode(t.data.slice(at));
      t.data = t.data.slice(0, at);
      t.after(tail);
    }
    return;
  }
  const els = [...body.querySelectorAll('*')];
  const el = els[m.at % Math.max(1, els.length)];
  if (m.op === 'insert') {
    const holder = doc.createElement('div');
    holder.innerHTML = NOISE_BLOCKS[m.block]!;
    const nodes = [...holder.childNodes];
    if (!el || m.where === 'in') (el ?? body).append(...nodes);
    else if (m.where === 'before') el.before(...nodes);
    else el.after(...nodes);
    return;
  }
  if (!el) return;
  switch (m.op) {
    case 'delete':
      el.remove();
      break;
    case 'duplicate':
      el.after(el.cloneNode(true));
      break;
    case 'unwrap':
      el.replaceWith(...el.childNodes);
      break;
    case 'wrap': {
      const w = doc.createElement(m.tag);
      el.replaceWith(w);
      w.append(el);
      break;
    }
    case 'shuffle': {
      const kids = [...el.childNodes];
      let s = m.seed || 1;
      for (let i = kids.length - 1; i > 0; i--) {
        s = (s * 1103515245 + 12345) & 0x7fffffff;
        const j = s % (i + 1);
        [kids[i], kids[j]] = [kids[j]!, kids[i]!];
      }
      el.append(...kids);
      break;
    }
  }
}
