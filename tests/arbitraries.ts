/**
 * fast-check generators of pages for the engine's robustness properties: random trees with the
 * markup and text that 文库 sites and ordinary pages carry, broken markup, and mutations of the
 * gold pages. Pages are plain values (so fast-check can shrink them) and become documents only
 * inside a property, where each run gets a fresh one.
 */
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { hostFixtures } from './host-fixtures';
import type { NoiseKind } from '../utils/engine/types';

// ---------------------------------------------------------------------------------------------
// Text

/** Words the detectors care about, so random text actually reaches the noise and repair paths. */
export const NOTICES = [
  '温馨提示:',
  '温馨提示：',
  '【温馨提示】',
  '由会员分享,可在线阅读,更多相关《工作总结》请在三一文库上搜索。',
  '请在三一文库上搜索。',
  '本文档由用户上传,版权归属用户',
  '下载前请仔细阅读文档内容',
  '下载后可任意编辑',
  '下载积分：10',
  '开通VIP',
  '还剩 3 页未读',
  '预览已结束',
  '文档简介：',
  '文本预览:',
  '关键词：',
  '相关推荐',
  '猜你喜欢',
  '评论列表',
  '暂无评论',
  '网站客服:3074922707',
  '客服QQ:12345678',
  '微信 12345678 整理,',
  '第1页共3页',
  '第 2 页',
  '错误!未指定书签。',
  'x0dx0a',
  '当前位置：',
  '首页 >',
  '上一篇：',
  '(未完,全文共1200字,当前显示500字)',
  '(请认真阅读下面的提示信息)',
  '----------各类专业好文档,值得你下载----------',
  '导读:就爱阅读网友为您分享了工作总结,感谢您对本站的支持!',
  '导读:就爱阅读网友为您分享',
  '版权所有',
  'Copyright © 2024',
  '广告',
  '分享 收藏 举报',
];

const HAN = [
  '全国', '人民', '工作', '总结', '双拥', '部队', '慰问', '开展', '活动', '市委', '社区', '单位', '发展',
  '国', '說', '實', '重', '行', '长', '乐', '和', '了', '中华人民共和国', '“八一”', '“三个代表〞',
  '拥军优属、拥政爱民', '𠀀', '㐀', '豈',
];
const PINYIN = [
  '全国(quánguó)', '全國(guó)', '人民（rén mín）', '中华(zhōnghuá)', '长(zhǎng)', '重(chóng)', '和(hé)(hè)',
  '西安(xī’ān)', '北京(Beijing)', '单位(dan1wei4)', '嗯(ń)', '(m)', '(n)', '(a)', '(quánguó)', '（guó）',
  '国(gúo', '国(guo\u0301)', '(1)', '(一)', '(ā)',
];
const MARKERS = ['1、', '2、', '3、', '4、', '12、', '13、', '14、', '1.', '2.', '3.', '一、', '二、', '（一）', '(二)', '第一章', '_第2页', '1/3'];
const LATIN = ['Hello', 'world', 'the', 'PDF', 'VIP', 'Beijing', 'xian', 'Socket Firewall', 'm', 'n', 'e.g.', 'A'];
const OTHER = [
  'مرحبا بالعالم', 'שלום', 'Привет', 'ありがとう', '한국어', 'ภาษาไทย', '😀', '👨‍👩‍👧', '🇨🇳', 'e\u0301', 'a\u0304', 'u\u0308\u030c',
  '\u200b', '\u200d', '\ufeff', '\u202e', '\u00ad', 'ｆｕｌｌ', '１２３', '\ud800', '\udfff', '\u0000',
];
const PUNCT = ['，', '。', '：', '；', '！', '？', '、', '（', '）', '【', '】', '“', '”', '《', '》', '……', '——', ',', '.', ':', '(', ')', '<', '>', '&', '"', "'", '%', '％', '/', '-'];
const SPACE = [' ', '\n', '\t', '\u3000', '\u00a0', '  \n  ', '\r\n'];
const NUMBERS = ['2023年', '12.5%', '3000余人次', '83.5万元', '1100余万元', '7月29日', '0', '1', '12', '123'];

/** One run of text: mostly the pools above, sometimes anything at all (lone surrogates included). */
export const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HAN) },
  { weight: 2, arbitrary: fc.constantFrom(...PINYIN) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKERS) },
  { weight: 2, arbitrary: fc.constantFrom(...NOTICES) },
  { weight: 1, arbitrary: fc.constantFrom(...LATIN) },
  { weight: 1, arbitrary: fc.constantFrom(...OTHER) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 2, arbitrary: fc.constantFrom(...SPACE) },
  { weight: 1, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);

export const text = (maxTokens = 10): fc.Arbitrary<string> => fc.array(token, { maxLength: maxTokens }).map((t) => t.join(''));

/** A paragraph's worth of prose, so blocks are long enough for duplicate and chunk detection. */
export const sentence: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...HAN, ...NUMBERS, '，', '，', '、'), { minLength: 4, maxLength: 20 })
  .chain((words) => fc.constantFrom('。', '', '；', '！').map((end) => words.join('') + end));

// ---------------------------------------------------------------------------------------------
// Trees

export type GenNode =
  | { t: 'text'; text: string }
  | { t: 'el'; tag: string; attrs: Array<[string, string]>; children: GenNode[] };

const BLOCK = ['div', 'p', 'li', 'ul', 'section', 'article', 'h1', 'h2', 'h3', 'td', 'tr', 'table', 'tbody', 'header', 'footer', 'nav', 'pre', 'blockquote'];
const INLINE = ['span', 'strong', 'b', 'em', 'a', 'font', 'ruby', 'rt', 'rp', 'i', 'u', 'sup'];
const SKIPPED = ['script', 'style', 'noscript', 'textarea', 'template'];
const VOID = ['br', 'img', 'hr', 'input'];
export const VOID_TAGS = new Set(VOID);

const CLASSES = [
  'comment', 'comments', 'related', 'recommend', 'youlike', 'nav', 'header', 'footer', 'foot', 'ad', 'ads', 'advert',
  'crumb', 'breadcrumb', 'place', 'content', 'doc-body', 'tips-box', 'share-box', 'newsletter', 'backlink', 'title',
  'doc-title', 'jammer', 'page', 'main', 'article', 'intro', 'pagefoot',
];
const IDS = ['comment_list', 'ad_1', 'header', 'nav', 'footer', 'content', 'newsletter-form', 'main', 'page_1'];
const STYLES = [
  'display:none', 'display: none', 'DISPLAY:NONE', 'display:none !important', 'visibility:hidden', 'font-weight:bold',
  'font-weight: 700', 'font-weight:400', 'color:red', 'display:block', 'display:inline', 'display:none;color:red',
  'a:b:c;;', '--x: y', 'background:url(data:image/png;base64,AAA=)', '', ';', 'display:', 'font-weight:bold;display:none',
];

const attr: fc.Arbitrary<[string, string]> = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...CLASSES), { minLength: 1, maxLength: 2 }).map((c): [string, string] => ['class', c.join(' ')]) },
  { weight: 1, arbitrary: fc.constantFrom(...IDS).map((v): [string, string] => ['id', v]) },
  { weight: 3, arbitrary: fc.constantFrom(...STYLES).map((v): [string, string] => ['style', v]) },
  { weight: 1, arbitrary: fc.constant<[string, string]>(['hidden', '']) },
  { weight: 1, arbitrary: fc.constantFrom('true', 'false').map((v): [string, string] => ['aria-hidden', v]) },
  { weight: 1, arbitrary: fc.constantFrom('图片_第2页', 'x_第3页', '', 'pic').map((v): [string, string] => ['alt', v]) },
  { weight: 1, arbitrary: fc.constantFrom('/', '#', '/p-1.html', 'javascript:void(0)').map((v): [string, string] => ['href', v]) },
);

const attrs = fc
  .array(attr, { maxLength: 3 })
  .map((list) => [...new Map(list).entries()]); // one value per attribute name, as the DOM allows

const tag = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...BLOCK) },
  { weight: 5, arbitrary: fc.constantFrom(...INLINE) },
  { weight: 1, arbitrary: fc.constantFrom(...SKIPPED) },
  { weight: 2, arbitrary: fc.constantFrom(...VOID) },
);

const textNode = (maxTokens: number): fc.Arbitrary<GenNode> =>
  fc.oneof(
    { weight: 3, arbitrary: text(maxTokens) },
    { weight: 2, arbitrary: sentence },
  ).map((t): GenNode => ({ t: 'text', text: t }));

/** A forest of at most `maxDepth` levels; empty text nodes and adjacent text nodes are allowed. */
/** Text nodes of a page without any text: empty or white space only. */
const blankNode: fc.Arbitrary<GenNode> = fc.constantFrom('', ' ', '\n', '\u3000', '\u00a0', '\t \n').map((t): GenNode => ({ t: 'text', text: t }));

export const forest = (opts: { maxDepth?: number; maxChildren?: number; maxTokens?: number; blank?: boolean } = {}): fc.Arbitrary<GenNode[]> => {
  const { maxDepth = 5, maxChildren = 5, maxTokens = 8, blank = false } = opts;
  const { nodes } = fc.letrec<{ node: GenNode; nodes: GenNode[]; el: GenNode }>((tie) => ({
    node: fc.oneof({ maxDepth, depthIdentifier: 'tree' }, blank ? blankNode : textNode(maxTokens), tie('el')),
    nodes: fc.array(tie('node'), { maxLength: maxChildren, depthIdentifier: 'tree' }),
    el: fc.record({ tag, attrs, children: tie('nodes') }).map(
      ({ tag, attrs, children }): GenNode => ({ t: 'el', tag, attrs, children: VOID_TAGS.has(tag) ? [] : children }),
    ),
  }));
  return nodes;
};

// ---------------------------------------------------------------------------------------------
// Pages

/** The addresses of the host fixtures (fixtures/hosts), one or more per rule. */
const hostUrls = hostFixtures().map((f) => f.expected.url);
/** Host-rule addresses (detected pages), ordinary ones and addresses that are not URLs at all. */
export const url: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...hostUrls) },
  { weight: 2, arbitrary: fc.constantFrom('https://example.com/post/1', 'https://blog.example.org/', 'http://localhost:8080/a?b=c#d') },
  { weight: 1, arbitrary: fc.constantFrom('', 'not a url', 'about:blank', 'file:///C:/x.html', 'https://[::1]/', 'https://xn--fiqs8s.cn/') },
);

export const title: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    '2023年工作参考总结-市双拥工作参考总结-汇文网',
    '双拥工作综述材料汇编.docx-三一文库',
    '全国工作总结 - 道客巴巴',
    'Hello | Blog',
    '工作总结',
  ),
  text(4),
);

const KINDS: NoiseKind[] = [
  'download-prompt', 'paywall', 'meta', 'boilerplate', 'ad', 'contact', 'related', 'comments', 'navigation',
  'page-marker', 'chunk-marker', 'pinyin', 'duplicate', 'watermark',
];
/** The user's "keep" choices: usually none. */
export const keep: fc.Arbitrary<NoiseKind[]> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<NoiseKind[]>([]) },
  { weight: 1, arbitrary: fc.subarray(KINDS, { maxLength: 3 }) },
);

export interface GenPage {
  url: string;
  title: string;
  body: GenNode[];
  keep: NoiseKind[];
}

export const page = (opts: Parameters<typeof forest>[0] = {}): fc.Arbitrary<GenPage> =>
  fc.record({ url, title: opts.blank ? fc.constant('') : title, body: forest(opts), keep });

// ---------------------------------------------------------------------------------------------
// Building documents

const escText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export function nodeHtml(n: GenNode): string {
  if (n.t === 'text') return escText(n.text);
  const open = `<${n.tag}${n.attrs.map(([k, v]) => ` ${k}="${escAttr(v)}"`).join('')}>`;
  return VOID_TAGS.has(n.tag) ? open : `${open}${n.children.map(nodeHtml).join('')}</${n.tag}>`;
}

export function pageHtml(p: Pick<GenPage, 'title' | 'body'>): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escText(p.title)}</title></head><body>${p.body.map(nodeHtml).join('')}</body></html>`;
}

/** Builds the tree with DOM calls, which (unlike a parser) keeps empty, adjacent and misnested nodes. */
export function appendNodes(doc: Document, parent: Node, nodes: GenNode[]): void {
  for (const n of nodes) {
    if (n.t === 'text') {
      parent.appendChild(doc.createTextNode(n.text));
      continue;
    }
    const el = doc.createElement(n.tag);
    for (const [k, v] of n.attrs) el.setAttribute(k, v);
    appendNodes(doc, el, n.children);
    parent.appendChild(el);
  }
}

export function linkedomDoc(html: string): Document {
  const doc = parseHTML(html).document as unknown as Document;
  // linkedom's head/body getters insert the element when it is missing; touch them once now so
  // that a later read by the engine does not count as a change to the page.
  void doc.body;
  return doc;
}

let happyWindow: Window | null = null;
/** One shared happy-dom window; each page is its own document from the window's DOMParser. */
export function happyDoc(html: string): Document {
  happyWindow ??= new Window({ url: 'https://example.com/', settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  return new happyWindow.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export function builtDoc(p: Pick<GenPage, 'title' | 'body'>, make: (html: string) => Document = linkedomDoc): Document {
  const doc = make(pageHtml({ title: p.title, body: [] }));
  appendNodes(doc, doc.body, p.body);
  return doc;
}

// ---------------------------------------------------------------------------------------------
// Broken markup

const MARKUP = [
  '<div>', '</div>', '<p>', '</p>', '<p class="comment">', '<div class="related">', '<div class="tips-box">', '<span>', '</span>',
  '<li>', '</li>', '<ul>', '<table>', '<tr>', '<td>', '</td>', '</table>', '<ruby>', '<rt>', '</rt>', '<rp>', '<br>', '</br>',
  '<strong>', '</b>', '<b>', '<!--', '-->', '<!DOCTYPE html>', '<html>', '</html>', '<body>', '</body>', '<head>', '</head>',
  '<title>', '</title>', '<script>', '</script>', '<style>', '</style>', '<![CDATA[', ']]>', '&amp;', '&#0;', '&#xD800;',
  '&nbsp', '&', '<', '>', '"', "'", '=', '<div style="display:none">', '<p hidden>', '<a href="x">', '</a>', '<img alt="_第2页">',
  '<template>', '</template>', '<svg><p>', '<math>', '<textarea>', '<select><option>', '<noscript>', '<frameset>', '<plaintext>',
  '<div class="related"><h3>相关推荐</h3>', '<font style="font-weight:bold">', '<p/>', '<div/>', '< p>', '</ div>', '<p a=">',
  '<h1>', '</h1>', '<h2 class="title">', '<?xml ?>', '<nav>', '<footer>', '<form>', '<iframe>', '<object>', '<table><td>',
];

export const brokenMarkup: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...MARKUP) }, { weight: 4, arbitrary: text(4) }, { weight: 1, arbitrary: sentence }), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));

// ---------------------------------------------------------------------------------------------
// Mutations of real pages

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
  fc.record({ op: fc.constant('insert'), at: fc.nat(), block: fc.nat(NOISE_BLOCKS.length - 1), where: fc.constantFrom('before', 'after', 'in') }),
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

// ---------------------------------------------------------------------------------------------
// Large shapes

/**
 * The repeating unit of a giant text node: mostly notices, markers and pinyin, the runs whose
 * patterns could backtrack over a long text when their closing part never comes.
 */
export const giantUnit: fc.Arbitrary<string[]> = fc.array(
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...NOTICES) },
    { weight: 2, arbitrary: fc.constantFrom(...PINYIN, ...MARKERS) },
    { weight: 3, arbitrary: token },
  ),
  { minLength: 1, maxLength: 6 },
);

/** Repeats a unit to exactly `size` characters (kept out of the generated value, so reports stay short). */
export function repeatTo(unit: string[], size: number): string {
  const u = unit.join('') || '工作';
  return u.repeat(Math.ceil(size / u.length)).slice(0, size);
}

export interface DeepPage {
  depth: number;
  tags: string[];
  leaf: GenNode[];
  url: string;
}

/** Tags that let the text-weight descent of locate() walk the whole chain (no p/li/span… stops it). */
const CHAIN = ['div', 'section', 'article', 'blockquote', 'center', 'em', 'i', 'u'];
/** Tags where that descent stops at once, so that locate() falls back to Readability. */
const STOPPERS = ['span', 'p', 'li', 'strong', 'font', 'td', 'b'];

/**
 * A chain of `depth` nested elements (tags cycle through `tags`) with a little text every 199 levels,
 * ending in a random forest and paragraphs that hold most of the text. With `viaReadability`, the
 * chain starts with a tag that stops locate()'s descent, which sends it to Readability.
 */
export const deepPage = (depth: number, viaReadability = false): fc.Arbitrary<DeepPage> =>
  fc.record({
    depth: fc.constant(depth),
    tags: viaReadability
      ? fc.tuple(fc.constantFrom(...STOPPERS), fc.array(fc.constantFrom(...CHAIN, ...STOPPERS), { maxLength: 3 })).map(([a, rest]) => [a, ...rest])
      : fc.array(fc.constantFrom(...CHAIN), { minLength: 1, maxLength: 4 }),
    leaf: forest({ maxDepth: 2, maxChildren: 3 }),
    url,
  });

const LEAF_PARAGRAPH =
  '市双拥工作在上级党委政府的关心指导下,坚持以科学发展观为统领,认真学习贯彻关于军民融合式发展的重要指示,' +
  '深化研究新形势下区域双拥工作面临的新情况新特点,进一步深化开展军地双拥互办实事活动,积极推进新形势下军民融合式发展,' +
  '全市双拥工作迈上了新的更高台阶。全年共走访慰问部队12次,送去慰问款物319万元。';

export function deepDoc(p: DeepPage, make: (html: string) => Document = linkedomDoc): Document {
  const doc = make(pageHtml({ title: '工作总结', body: [] }));
  let at: Element = doc.body;
  for (let i = 0; i < p.depth; i++) {
    const el = doc.createElement(p.tags[i % p.tags.length]!);
    if (i % 199 === 0) el.append(doc.createTextNode(`${(i % 7) + 1}、第${i}层`));
    at.append(el);
    at = el;
  }
  appendNodes(doc, at, p.leaf);
  for (let k = 0; k < 3; k++) {
    const para = doc.createElement('p');
    para.textContent = LEAF_PARAGRAPH;
    at.append(para);
  }
  return doc;
}
