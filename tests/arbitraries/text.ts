/**
 * fast-check generators of text for the engine's robustness properties: the words, markers, pinyin
 * and punctuation that 文库 sites and ordinary pages carry (see also trees.ts, pages.ts, documents.ts,
 * broken-markup.ts, mutations.ts and shapes.ts beside this file). Pages are plain values (so fast-check
 * can shrink them) and become documents only inside a property, where each run gets a fresh one.
 */
import fc from 'fast-check';

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
export const PINYIN = [
  '全国(quánguó)', '全國(guó)', '人民（rén mín）', '中华(zhōnghuá)', '长(zhǎng)', '重(chóng)', '和(hé)(hè)',
  '西安(xī’ān)', '北京(Beijing)', '单位(dan1wei4)', '嗯(ń)', '(m)', '(n)', '(a)', '(quánguó)', '（guó）',
  '国(gúo', '国(guo\u0301)', '(1)', '(一)', '(ā)',
];
export const MARKERS = ['1、', '2、', '3、', '4、', '12、', '13、', '14、', '1.', '2.', '3.', '一、', '二、', '（一）', '(二)', '第一章', '_第2页', '1/3'];
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

