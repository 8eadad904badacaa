import type { NoiseKind } from '../types';

/**
 * Text of site furniture, as data, each phrase written once. `block` patterns condemn a whole short
 * block (a line of a notice, a meta line); `labels` condemn a line they start; `span` patterns cut a
 * run out of a sentence and keep the rest. Flags on a phrase or label build the rest of the vocabulary:
 * recognition's page evidence, section labels, notice headers. All accept the half-width punctuation
 * that saved pages carry as well as the full-width forms.
 */

/** Labels sites put before the static preview text of a canvas/image document. */
const PREVIEW_LABELS = '文档简介|文本预览|资源描述|内容提示|文档介绍';
/** Preview labels at the start of a text (all of a run of them), with the whitespace before them captured. */
export const previewLabel = new RegExp(`^(\\s*)(?:(?:${PREVIEW_LABELS})\\s*[:：]\\s*)+`);
/** Text that starts with a preview label (its colon optional). */
export const startsWithPreviewLabel = new RegExp(`^\\s*(?:${PREVIEW_LABELS})\\s*[:：]?`);

export interface TextRule {
  kind: NoiseKind;
  block?: RegExp[];
  span?: RegExp[];
}

/** Evidence of a document-hosting page in its text, each counted once, however often it occurs. */
export interface Evidence {
  reason: string;
  weight: number;
  /** How often its phrases must occur in all (once when absent). */
  times?: number;
}
const MEMBER_SHARE: Evidence = { reason: 'boilerplate 由会员分享', weight: 3 };
const USER_UPLOAD: Evidence = { reason: 'boilerplate 用户上传', weight: 2 };
const DOWNLOAD_NOTICE: Evidence = { reason: 'download notice', weight: 1 };
export const PAGE_CAPTIONS: Evidence = { reason: '_第N页 page captions', weight: 2, times: 2 };
const PAYWALL_NOTICE: Evidence = { reason: 'VIP/paywall notice', weight: 1 };
/** In the order recognition lists the reasons. */
const EVIDENCE = [MEMBER_SHARE, USER_UPLOAD, DOWNLOAD_NOTICE, PAGE_CAPTIONS, PAYWALL_NOTICE];

/**
 * A block pattern with a part to play beyond condemning a line. `evidence`: the phrase anywhere in a
 * page's text is evidence for recognition; `line` builds the block pattern around the phrase's source
 * where a line must hold more than the phrase (its end, a caption before it); `pageOnly`: evidence only.
 */
interface Phrase {
  phrase: RegExp;
  evidence?: Evidence;
  line?: (phrase: string) => string;
  pageOnly?: true;
}

/**
 * Words a line of furniture starts with (after an optional bracket where the word says so). `section`:
 * the label heads a whole section of furniture, which goes with it; `notice`: it heads a numbered
 * notice, whose numbered items after it are part of the notice.
 */
interface Label {
  word: string;
  section?: true;
  notice?: true;
}

/** Labels of the same flags. */
const labelled = (flags: Omit<Label, 'word'>, ...words: string[]): Label[] => words.map((word) => ({ word, ...flags }));

interface PhraseRule {
  kind: NoiseKind;
  block?: Array<RegExp | Phrase>;
  labels?: Label[];
  span?: RegExp[];
}

/** SEO stuffing: titles of other documents, each with a file type, run together inside a sentence. */
const SEO_STUFFING = /(?:[\u4e00-\u9fff]{2,12}[ \t]?(?:pdf|docx?|ppt|word)(?![A-Za-z])[ \t]?){2,}/g;
/** What SEO stuffing cannot lack: tried first, since the stuffing pattern backtracks at every hanzi. */
const FILE_TYPE = /pdf|doc|ppt|word/;
const EDITABLE = /下载后可任意编辑/g;
const TIP = '温馨提示';
const CAPTION = /_第\d+页/;
const NOTICE_OPEN = '[【\\[]?';

const phraseRules: PhraseRule[] = [
  {
    kind: 'boilerplate',
    block: [
      { phrase: /由会员分享.{0,40}可在线阅读/, evidence: MEMBER_SHARE },
      { phrase: /请在.{1,60}上搜索[。.]?/, evidence: MEMBER_SHARE, line: (p) => `${p}$` },
      { phrase: /本文档由用户(?:提供并)?上传/, evidence: USER_UPLOAD },
      /版权(?:归属用户|说明|說明|聲明|声明)/,
      { phrase: /收益(?:全部)?归属(?:内容提供方|用户)/, evidence: USER_UPLOAD },
      { phrase: /版權\(quán\)說明/, evidence: USER_UPLOAD, pageOnly: true },
      /仅提供信息存储空间/,
      /本站所有资源均由用户上传/,
      /转载请(?:标明|注明)出处/,
      /版权所有|All Rights Reserved|Copyright\s*©|备案号|ICP备\d|Powered\s*By/i,
      /侵犯了?您的(?:版权|权益)/,
      /就愛閱讀網友為您分享|希望对您有所帮助|歡迎閱讀,希望大家能夠喜歡|欢迎阅读,希望大家能够喜欢/,
    ],
    span: [/导读[:：]?就爱阅读网友为您分享[^。]{0,200}?感谢您对[^。]{0,100}?的支持[!！]/g],
  },
  {
    kind: 'download-prompt',
    labels: [
      ...labelled({ notice: true }, ...[TIP, '下载声明', '友情提示', '下载须知', '下载说明'].map((w) => NOTICE_OPEN + w)),
      { word: `${NOTICE_OPEN}下载提示` },
    ],
    block: [
      { phrase: new RegExp(`${TIP}[:：]?\\s*\\d?[.、]?\\s*[^。]{0,40}下载`), evidence: DOWNLOAD_NOTICE, pageOnly: true },
      /部分包含数学公式或PPT动画/,
      { phrase: /下载前请仔细阅读/, evidence: DOWNLOAD_NOTICE },
      /(?:下载|付费)(?:完成)?后(?:未能成功下载|无此问题)/,
      /由于网络波动等原因/,
      { phrase: /下载(?:积分|本文档|文档到电脑)/, evidence: DOWNLOAD_NOTICE },
      /下载(?:资源需要|此文档|后查看)|立即下载|免费下载|合集下载|快捷下载|上传文档赚钱|下载后原文更清晰/,
      new RegExp(`${EDITABLE.source}$`),
      /请使用电脑自带的IE浏览器|不支持迅雷下载|压缩文件请下载最新的WinRAR/,
      /如PPT文件的首页显示word图标|已包含配套word讲稿|配套讲稿/,
      /特殊限制|仅作为作品整体效果示例展示|设计者仅对作品中独创性部分享有著作权/,
      /试题试卷类文档,?如果标题没有明确说明有答案/,
      /^(?:书签\s*)?分享\s*收藏\s*举报/,
    ],
    span: [EDITABLE],
  },
  {
    kind: 'paywall',
    block: [
      { phrase: /开通\s*VIP|VIP会员免费/i, evidence: PAYWALL_NOTICE },
      /加入VIP|VIP免费专享|复制需要VIP/i,
      // 已阅读 N 页, 还剩 M 页未读 holds this too.
      { phrase: /还剩\s*\d+\s*页未读/, evidence: PAYWALL_NOTICE },
      { phrase: /(?:全文)?预览已结束/, evidence: PAYWALL_NOTICE },
      { phrase: /仅展示部分内容/, evidence: PAYWALL_NOTICE },
      /只提供\d+页预览|全部文档请下载后查看|完整内容请下载/,
      /继续(?:免费)?阅读$/,
      /^点击查看更多/,
      /网络环境安全验证|存在频繁操作,?请登录后解除限制/,
      // Login and payment boxes, whose lines are whole sentences.
      /^(?:选择)?支付方式[:：]?|^(?:微信|支付宝)扫码支付|^扫码支付/,
      /用户名和密码都是您填写的邮箱|微信开放平台(?:帐号|账号)?登录|^(?:请使用)?微信扫(?:一扫|码)(?:登录|关注)/,
      /^(?:帐号|账号|用户名|手机号|短信)(?:密码)?登录$|^忘记密码|^(?:登录|注册)\s*[|｜/]\s*(?:注册|登录)$|^还没有账号/,
    ],
    span: [/[(（]未完[,，]\s*全文共\d+字[,，]\s*当前显示\d+字[)）]/g, /[(（]请认真阅读下面的提示信息[)）]/g],
  },
  {
    kind: 'meta',
    block: [
      /^[-–•·]?\s*关\s*键\s*词\s*[:：]?/,
      /上传人|文档编号[:：]|上传时间[:：]|上传日期[:：]|资源ID[:：]|资源大小[:：]|全文页数[:：]|资源格式[:：]/,
      /^(?:文档)?格式[:：]\s*[A-Za-z]{2,4}\b.{0,40}(?:页数|大小)/,
      /^页数[:：]?\s*\d+/,
      /^大小[:：]\s*[\d.]+\s*[KM]B/i,
      /浏览(?:次数)?[:：]\s*\d+/,
      /^(?:发布|更新)时间[:：]\s*\d{4}/,
      /查看人数[:：]\s*\d+|责任编辑[:：]|来源[:：].{0,20}责任编辑/,
      new RegExp(`^(?:${PREVIEW_LABELS})[:：]?$`),
      /^标签[:：]/,
    ],
  },
  {
    kind: 'contact',
    block: [/^(?:网站)?客服(?:QQ|电话)?[:：]?\s*\d{5,}/i, /工作时间[:：].{0,20}客服电话/],
    span: [/微信\s*\d{5,}\s*整理[,，]?/g, /(?:网站)?客服\s*(?:QQ|qq)\s*[:：]?\s*\d{5,12}/g, /网站客服[:：]\s*\d{5,12}/g],
  },
  {
    kind: 'ad',
    block: [
      /^[-—]*\s*(?:精品文档就在这里)/,
      /各类专业好文档,?值得你下载/,
      /推薦一個非常厲害的Ai人工智能工具|推荐一个非常厉害的AI人工智能工具/i,
      /^(?:广告|推广)$/,
    ],
    span: [/(?<![-—])[-—]{5,}\s*各类专业好文档[^-—]{0,80}[-—]{5,}/g],
  },
  {
    kind: 'navigation',
    block: [/^当前位置[:：]/, /^(?:首页|网站首页)\s*[>›»]/, /^(?:上一篇|下一篇)[:：]/, /^返回\s*下载\s*相关\s*举报$/],
    // 搜狐号's link back at an article's end, which reprints keep, often with their own name in it (返回富达).
    span: [/返回[\u4e00-\u9fff]{2,6}[,，]\s*查看更多$/g],
  },
  {
    kind: 'related',
    labels: [
      ...labelled({ section: true }, '相关(?:推荐|资源|文档|内容|阅读|文章)', '猜你喜欢', '热门文章', '最新文章', '推荐阅读'),
      ...labelled({}, '推荐度[:：]?', '查看全部包含'),
    ],
    span: [SEO_STUFFING],
  },
  {
    kind: 'comments',
    labels: [
      ...labelled({ section: true }, '评论列表', '最新评论', '网友评论', '发表评论', '我来说两句'),
      ...labelled({}, '暂无评论', '评论信息', '【?載入評論', '你\\s*发表评论'),
    ],
  },
  {
    kind: 'page-marker',
    block: [
      { phrase: CAPTION, evidence: PAGE_CAPTIONS, line: (p) => `^.{1,80}${p}$` },
      /^第\s*\d+\s*页\s*(?:[\/／]\s*)?(?:共\s*\d+\s*页)?$/,
      /^\d+\s*[\/／]\s*\d+$/,
      /^=+第\d+页=+$/,
      // Stray artefacts: a rule of dashes or a cut line, OCR debris of a few symbols and at most a letter.
      /^[-–—_＿－=~·.*…✂✁✃✄\s]{3,}$/,
      /^[-–—]\s*\d{1,3}\s*[-–—]$/,
      /^(?=[^a-zA-Z]*[a-zA-Z]?[^a-zA-Z]*$)[-.*~_·'`,:;✂✁✃✄]{2,}[a-zA-Z]?[-.*~_·'`,:;]{0,4}$/,
    ],
    span: [/第\s*\d+\s*页\s*共\s*\d+\s*页/g, /错误!未指定书签。/g, /x0dx0a/g, /[✂✁✃✄][-–—.…·\s]*/g],
  },
];

const labelRegex = (labels: Label[]) => new RegExp(`^(?:${labels.map((l) => l.word).join('|')})`);
const phrases = phraseRules.flatMap((r) => (r.block ?? []).filter((b): b is Phrase => !(b instanceof RegExp)));

/** The rules as plain block and span patterns: labels joined, phrases placed in their lines, evidence-only phrases left out. */
export const textRules: TextRule[] = phraseRules.map(({ kind, block = [], labels, span }) => ({
  kind,
  block: [
    ...(labels ? [labelRegex(labels)] : []),
    ...block.flatMap((b) =>
      b instanceof RegExp ? [b] : b.pageOnly ? [] : [b.line ? new RegExp(b.line(b.phrase.source), b.phrase.flags) : b.phrase],
    ),
  ],
  ...(span && { span }),
}));

/** Each piece of page evidence with the one regex of its phrases (global where it counts them). */
export const pageEvidence = EVIDENCE.map((e) => {
  const own = phrases.filter((p) => p.evidence === e);
  const flags = [...new Set(own.flatMap((p) => [...p.phrase.flags]))].join('') + (e.times ? 'g' : '');
  return { ...e, phrases: new RegExp(own.map((p) => `(?:${p.phrase.source})`).join('|'), flags) };
});

/** An image caption of a page of the document (文档名_第3页), at the end of the alt text. */
export const captionAtEnd = new RegExp(`${CAPTION.source}$`);

const allLabels = phraseRules.flatMap((r) => r.labels ?? []);
/** Labels that head a whole section of site furniture: the section goes, not just the label. */
export const sectionLabel = labelRegex(allLabels.filter((l) => l.section));

/** Headers of a numbered notice list: the numbered items after them are part of the notice. */
export const noticeHeader = labelRegex(allLabels.filter((l) => l.notice));

const spanPatterns = textRules.flatMap((r) => r.span ?? []).filter((re) => re !== SEO_STUFFING);
const anySpan = new RegExp(
  spanPatterns.map((re) => re.source).join('|'),
  [...new Set(spanPatterns.flatMap((re) => [...re.flags.replace('g', '')]))].join(''),
);
const seoTest = new RegExp(SEO_STUFFING.source);

/** One scan that rules out every span rule at once: most text holds none. */
export const hasSpan = (text: string) => anySpan.test(text) || (FILE_TYPE.test(text) && seoTest.test(text));

/**
 * Every block rule in one regex, case-insensitive so it matches wherever any rule would: a line that
 * fails it (most lines) costs one test instead of one per rule.
 */
const anyBlock = new RegExp(textRules.flatMap((r) => (r.block ?? []).map((re) => `(?:${re.source})`)).join('|'), 'i');

/** One regex per run of same-flag block patterns: `a|b` matches exactly where `a` or `b` would. */
function joinByFlags(patterns: RegExp[]): RegExp[] {
  const out: RegExp[] = [];
  for (let i = 0; i < patterns.length;) {
    const flags = patterns[i]!.flags;
    let j = i;
    while (j < patterns.length && patterns[j]!.flags === flags) j++;
    out.push(
      new RegExp(
        patterns
          .slice(i, j)
          .map((re) => `(?:${re.source})`)
          .join('|'),
        flags,
      ),
    );
    i = j;
  }
  return out;
}

/** Each rule's block patterns joined, so that naming the kind of a matching line costs a test per rule. */
const blockTests = textRules.map((r) => ({ kind: r.kind, tests: joinByFlags(r.block ?? []) }));

/** Whether any rule condemns a line, when its kind does not matter. */
export const isBlockNoise = (text: string) => matchBlockRule(text) !== null;

export function matchBlockRule(text: string): NoiseKind | null {
  if (!anyBlock.test(text)) return null;
  for (const rule of blockTests) if (rule.tests.some((re) => re.test(text))) return rule.kind;
  return null;
}
