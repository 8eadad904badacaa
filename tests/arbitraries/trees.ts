/** fast-check generators of element trees (as plain values) for the engine's robustness properties. */
import fc from 'fast-check';
import { sentence, text } from './text';

export type GenNode = { t: 'text'; text: string } | { t: 'el'; tag: string; attrs: Array<[string, string]>; children: GenNode[] };

const BLOCK = [
  'div',
  'p',
  'li',
  'ul',
  'section',
  'article',
  'h1',
  'h2',
  'h3',
  'td',
  'tr',
  'table',
  'tbody',
  'header',
  'footer',
  'nav',
  'pre',
  'blockquote',
];
const INLINE = ['span', 'strong', 'b', 'em', 'a', 'font', 'ruby', 'rt', 'rp', 'i', 'u', 'sup'];
const SKIPPED = ['script', 'style', 'noscript', 'textarea', 'template'];
const VOID = ['br', 'img', 'hr', 'input'];
export const VOID_TAGS = new Set(VOID);

const CLASSES = [
  'comment',
  'comments',
  'related',
  'recommend',
  'youlike',
  'nav',
  'header',
  'footer',
  'foot',
  'ad',
  'ads',
  'advert',
  'crumb',
  'breadcrumb',
  'place',
  'content',
  'doc-body',
  'tips-box',
  'share-box',
  'newsletter',
  'backlink',
  'title',
  'doc-title',
  'jammer',
  'page',
  'main',
  'article',
  'intro',
  'pagefoot',
];
const IDS = ['comment_list', 'ad_1', 'header', 'nav', 'footer', 'content', 'newsletter-form', 'main', 'page_1'];
const STYLES = [
  'display:none',
  'display: none',
  'DISPLAY:NONE',
  'display:none !important',
  'visibility:hidden',
  'font-weight:bold',
  'font-weight: 700',
  'font-weight:400',
  'color:red',
  'display:block',
  'display:inline',
  'display:none;color:red',
  'a:b:c;;',
  '--x: y',
  'background:url(data:image/png;base64,AAA=)',
  '',
  ';',
  'display:',
  'font-weight:bold;display:none',
];

const attr: fc.Arbitrary<[string, string]> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.array(fc.constantFrom(...CLASSES), { minLength: 1, maxLength: 2 }).map((c): [string, string] => ['class', c.join(' ')]),
  },
  { weight: 1, arbitrary: fc.constantFrom(...IDS).map((v): [string, string] => ['id', v]) },
  { weight: 3, arbitrary: fc.constantFrom(...STYLES).map((v): [string, string] => ['style', v]) },
  { weight: 1, arbitrary: fc.constant<[string, string]>(['hidden', '']) },
  { weight: 1, arbitrary: fc.constantFrom('true', 'false').map((v): [string, string] => ['aria-hidden', v]) },
  { weight: 1, arbitrary: fc.constantFrom('图片_第2页', 'x_第3页', '', 'pic').map((v): [string, string] => ['alt', v]) },
  { weight: 1, arbitrary: fc.constantFrom('/', '#', '/p-1.html', 'javascript:void(0)').map((v): [string, string] => ['href', v]) },
);

const attrs = fc.array(attr, { maxLength: 3 }).map((list) => [...new Map(list).entries()]); // one value per attribute name, as the DOM allows

const tag = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...BLOCK) },
  { weight: 5, arbitrary: fc.constantFrom(...INLINE) },
  { weight: 1, arbitrary: fc.constantFrom(...SKIPPED) },
  { weight: 2, arbitrary: fc.constantFrom(...VOID) },
);

const textNode = (maxTokens: number): fc.Arbitrary<GenNode> =>
  fc.oneof({ weight: 3, arbitrary: text(maxTokens) }, { weight: 2, arbitrary: sentence }).map((t): GenNode => ({ t: 'text', text: t }));

/** A forest of at most `maxDepth` levels; empty text nodes and adjacent text nodes are allowed. */
/** Text nodes of a page without any text: empty or white space only. */
const blankNode: fc.Arbitrary<GenNode> = fc
  .constantFrom('', ' ', '\n', '\u3000', '\u00a0', '\t \n')
  .map((t): GenNode => ({ t: 'text', text: t }));

export const forest = (
  opts: { maxDepth?: number; maxChildren?: number; maxTokens?: number; blank?: boolean } = {},
): fc.Arbitrary<GenNode[]> => {
  const { maxDepth = 5, maxChildren = 5, maxTokens = 8, blank = false } = opts;
  const { nodes } = fc.letrec<{ node: GenNode; nodes: GenNode[]; el: GenNode }>((tie) => ({
    node: fc.oneof({ maxDepth, depthIdentifier: 'tree' }, blank ? blankNode : textNode(maxTokens), tie('el')),
    nodes: fc.array(tie('node'), { maxLength: maxChildren, depthIdentifier: 'tree' }),
    el: fc
      .record({ tag, attrs, children: tie('nodes') })
      .map(({ tag, attrs, children }): GenNode => ({ t: 'el', tag, attrs, children: VOID_TAGS.has(tag) ? [] : children })),
  }));
  return nodes;
};
