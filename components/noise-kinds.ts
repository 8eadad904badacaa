import type { NoiseKind } from '@/utils/engine/types';
import type { Lang } from '@/utils/i18n';

/**
 * One name per kind of noise and language, read by the popup (what was removed) and the options page
 * (what to hide), so the two never call one kind by two names.
 */
export const noiseKindNames: Record<Lang, Record<NoiseKind, string>> = {
  zh: {
    'download-prompt': '下载提示',
    paywall: '付费与 VIP 提示',
    meta: '文档信息',
    boilerplate: '声明与套话',
    ad: '广告',
    contact: '联系方式',
    related: '相关推荐',
    comments: '评论',
    navigation: '导航',
    'page-marker': '页码标记',
    'chunk-marker': '分块编号',
    pinyin: '拼音注音',
    duplicate: '重复内容',
    watermark: '水印文字',
    site: '网站其他部分',
  },
  en: {
    'download-prompt': 'Download prompts',
    paywall: 'Paywall and VIP prompts',
    meta: 'Document details',
    boilerplate: 'Disclaimers',
    ad: 'Ads',
    contact: 'Contact details',
    related: 'Related documents',
    comments: 'Comments',
    navigation: 'Navigation',
    'page-marker': 'Page markers',
    'chunk-marker': 'Chunk numbers',
    pinyin: 'Inline pinyin',
    duplicate: 'Repeated content',
    watermark: 'Watermarks',
    site: 'Rest of the site',
  },
};

/** The names as dictionary entries under a prefix ("noise.ad", "kind.ad"). */
export function namesUnder<P extends string>(prefix: P, lang: Lang): Record<`${P}${NoiseKind}`, string> {
  return Object.fromEntries(Object.entries(noiseKindNames[lang]).map(([k, v]) => [prefix + k, v])) as Record<`${P}${NoiseKind}`, string>;
}
