/** Large shapes: giant text nodes and very deep trees. */
import fc from 'fast-check';
import { appendNodes, linkedomDoc, pageHtml } from './documents';
import { MARKERS, NOTICES, PINYIN, token } from './text';
import { forest, type GenNode } from './trees';
import { url } from './pages';

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
      ? fc
          .tuple(fc.constantFrom(...STOPPERS), fc.array(fc.constantFrom(...CHAIN, ...STOPPERS), { maxLength: 3 }))
          .map(([a, rest]) => [a, ...rest])
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
