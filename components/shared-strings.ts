import type { NoiseKind } from '@/utils/engine/types';
import type { Lang } from '@/utils/i18n';
import type { ReaderTheme } from '@/utils/settings';

/**
 * The strings more than one surface shows (popup, options, reader, library, the page's own notice), in
 * both languages, so that no two of them call one thing by two names. Each surface's dictionary takes
 * them in (spread or under a prefix); shared-strings.test.ts checks they did.
 */
export const brandName: Record<Lang, string> = { zh: '净读', en: 'JingDu' };

/** What was removed (popup) and what to hide (options), by kind. */
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

/** The reader's themes, as its toolbar and the options' defaults name them. */
export const themeNames: Record<Lang, Record<ReaderTheme, string>> = {
  zh: { light: '浅色', sepia: '护眼', dark: '深色' },
  en: { light: 'Light', sepia: 'Sepia', dark: 'Dark' },
};

export type SaveOutcomeKey =
  'saved.created' | 'saved.updated' | 'saved.exists' | 'saved.too-long' | 'saved.no-selection' | 'saved.no-answer';

/** What saving a selection came to, said by the reader's toast and, with the reader closed, the page's notice. */
export const saveOutcomeNames: Record<Lang, Record<SaveOutcomeKey, string>> = {
  zh: {
    'saved.created': '已保存到摘录库',
    'saved.updated': '已更新摘录库中的这条摘录',
    'saved.exists': '已存在：这段内容之前保存过',
    'saved.too-long': '选中的内容太长（超过 {max} 字），没有保存。整篇文档请在净读弹窗中用“保存全文”。',
    'saved.no-selection': '没有选中文字：先选中要保存的内容。',
    'saved.no-answer': '净读没有响应，未能保存。请刷新页面后再试。',
  },
  en: {
    'saved.created': 'Saved to the library',
    'saved.updated': 'Updated in the library',
    'saved.exists': 'Already saved: this text is in the library',
    'saved.too-long': 'The selection is too long (over {max} characters), so it was not saved. Save whole documents from the JingDu popup.',
    'saved.no-selection': 'Nothing is selected: select the text to save first.',
    'saved.no-answer': 'JingDu did not answer, so nothing was saved. Reload the page and try again.',
  },
};

/**
 * The all-sites switch, as the popup and the options page both show it (each words its own hint and its
 * "now off", the options page saying more).
 */
export const allSitesNames = {
  zh: {
    allSites: '在所有网站清理识别出的文档页',
    allSitesAsking: '请在浏览器的提示中选择是否允许…',
    allSitesNowOn: '已开启：之后打开的页面中，识别出的文档页会自动清理。',
    allSitesDeclined: '没有获得访问所有网站的权限，所以此项保持关闭。',
    allSitesFailed: '无法切换：{reason}',
  },
  en: {
    allSites: 'Clean recognised pages on every site',
    allSitesAsking: 'Answer the browser’s prompt to allow or deny…',
    allSitesNowOn: 'On: pages opened from now on are cleaned when they are recognised as documents.',
    allSitesDeclined: 'Access to all sites was not granted, so this stays off.',
    allSitesFailed: 'Could not switch: {reason}',
  },
} satisfies Record<Lang, Record<string, string>>;

/** The noise kind names as dictionary entries under a prefix ("noise.ad", "kind.ad"). */
export function namesUnder<P extends string>(prefix: P, lang: Lang): Record<`${P}${NoiseKind}`, string> {
  return Object.fromEntries(Object.entries(noiseKindNames[lang]).map(([k, v]) => [prefix + k, v])) as Record<`${P}${NoiseKind}`, string>;
}
