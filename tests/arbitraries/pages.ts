/** fast-check generators of whole pages (address, title, tree, the user's keep choices) as plain values. */
import fc from 'fast-check';
import { hostFixtures } from '../host-fixtures';
import type { NoiseKind } from '../../utils/engine/types';
import { text } from './text';
import { forest, type GenNode } from './trees';

/** The addresses of the host fixtures (fixtures/hosts), one or more per rule. */
const hostUrls = hostFixtures().map((f) => f.expected.url);
/** Host-rule addresses (detected pages), ordinary ones and addresses that are not URLs at all. */
export const url: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...hostUrls) },
  { weight: 2, arbitrary: fc.constantFrom('https://example.com/post/1', 'https://blog.example.org/', 'http://localhost:8080/a?b=c#d') },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', 'not a url', 'about:blank', 'file:///C:/x.html', 'https://[::1]/', 'https://xn--fiqs8s.cn/'),
  },
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
  'download-prompt',
  'paywall',
  'meta',
  'boilerplate',
  'ad',
  'contact',
  'related',
  'comments',
  'navigation',
  'page-marker',
  'chunk-marker',
  'pinyin',
  'duplicate',
  'watermark',
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
