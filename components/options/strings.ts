import { translator, type Dict, type Lang } from '@/utils/i18n';
import type { NoiseKind } from '@/utils/engine/types';
import { allSitesNames, brandName, namesUnder, themeNames } from '../shared-strings';

type Shown = Exclude<NoiseKind, 'pinyin'>;
type Key =
  | 'pageTitle'
  | 'brand'
  | 'tagline'
  | 'loading'
  | 'saved'
  | 'reset'
  | 'resetDone'
  | 'cleanTitle'
  | 'autoClean'
  | 'autoCleanHint'
  | keyof (typeof allSitesNames)['zh']
  | 'allSitesHint'
  | 'allSitesNowOff'
  | 'sites'
  | 'sitesHint'
  | 'sitesOff'
  | 'otherSites'
  | 'otherSitesHint'
  | 'removeSite'
  | 'noiseTitle'
  | 'noiseHint'
  | 'pinyin'
  | 'pinyinHint'
  | 'readerTitle'
  | 'readerHint'
  | 'theme'
  | 'light'
  | 'sepia'
  | 'dark'
  | 'fontSize'
  | 'px'
  | 'font'
  | 'sans'
  | 'serif'
  | 'preview'
  | 'previewTitle'
  | 'previewText'
  | `kind.${Shown}`
  | `kindHint.${Shown}`;

export const strings: Dict<Key> = {
  zh: {
    ...namesUnder('kind.', 'zh'),
    ...allSitesNames.zh,
    pageTitle: '净读设置',
    brand: brandName.zh,
    tagline: '让文库页面只剩下正文。改动会自动保存。',
    loading: '正在读取设置…',
    saved: '已保存',
    reset: '恢复默认设置',
    resetDone: '已恢复默认设置',
    cleanTitle: '自动清理',
    autoClean: '打开文档页面时自动清理',
    autoCleanHint: '关闭后页面保持原样，仍可在工具栏弹出窗口中手动清理。',
    allSitesHint:
      '不只是支持的网站：在任何网站上，看起来像文库文档的页面也会自动清理，其他页面保持原样。开启时浏览器会请求“读取和更改所有网站上的数据”的权限，关闭即交还。',
    allSitesNowOff: '已关闭：只在支持的网站上自动清理，访问所有网站的权限已交还。',
    sites: '支持的网站',
    sitesHint: '关掉某个网站后，它的页面不再自动清理。',
    sitesOff: '已关闭 {n} 个',
    otherSites: '其他网站',
    otherSitesHint: '这些网站上的页面不会自动清理。',
    removeSite: '恢复 {site} 的自动清理',
    noiseTitle: '要去掉的内容',
    noiseHint: '取消勾选的内容会留在页面上。',
    pinyin: '去掉拼音注音',
    pinyinHint: '例如“阅读（yuè dú）”里括号中的拼音。',
    readerTitle: '阅读视图',
    readerHint: '在文档页面按 Alt+Shift+R，或在右键菜单中选择“阅读视图”。这里是它的默认样式。',
    theme: '主题',
    ...themeNames.zh,
    fontSize: '字号',
    px: '{n} 像素',
    font: '字体',
    sans: '黑体',
    serif: '宋体',
    preview: '预览',
    previewTitle: '一、项目概况',
    previewText: '净读把文库页面上的广告、下载提示和拼音注音去掉，只留下正文，让阅读回到文字本身。',
    'kindHint.download-prompt': '“下载全文”“VIP 免费下载”等按钮和横幅',
    'kindHint.paywall': '开通 VIP、“还剩 12 页未读”“预览已结束”等提示',
    'kindHint.meta': '上传者、页数、浏览次数、评分',
    'kindHint.boilerplate': '版权声明、“本文由用户上传”等固定文字',
    'kindHint.ad': '横幅、侧栏和正文中的广告',
    'kindHint.contact': '客服电话、QQ 号、微信号',
    'kindHint.related': '“相关文档”“猜你喜欢”列表',
    'kindHint.comments': '页面下方的评论和评分区',
    'kindHint.navigation': '网站菜单、面包屑和翻页链接',
    'kindHint.page-marker': '“第 3 页 / 共 20 页”之类的分页文字',
    'kindHint.chunk-marker': '网站在每块正文前加的“1、”“2、”编号',
    'kindHint.duplicate': '重复出现的标题和段落只留一次',
    'kindHint.watermark': '夹在正文里的网站名和网址',
    'kindHint.site': '文档以外的一切：菜单、侧栏、说明、下载框',
  },
  en: {
    ...namesUnder('kind.', 'en'),
    ...allSitesNames.en,
    pageTitle: 'JingDu settings',
    brand: brandName.en,
    tagline: 'Document pages, with nothing but the text. Changes are saved automatically.',
    loading: 'Loading settings…',
    saved: 'Saved',
    reset: 'Restore defaults',
    resetDone: 'Defaults restored',
    cleanTitle: 'Automatic cleaning',
    autoClean: 'Clean document pages as they load',
    autoCleanHint: 'When off, pages stay as they are; you can still clean one from the toolbar popup.',
    allSitesHint:
      'Not only the supported sites: on any site, a page that looks like a hosted document is cleaned too; every other page stays as it is. Turning this on asks the browser for access to all sites; turning it off gives that access back.',
    allSitesNowOff: 'Off: only the supported sites are cleaned automatically, and access to all sites was given back.',
    sites: 'Supported sites',
    sitesHint: 'Pages of a site switched off here are not cleaned automatically.',
    sitesOff: '{n} off',
    otherSites: 'Other sites',
    otherSitesHint: 'Pages on these sites are not cleaned automatically.',
    removeSite: 'Clean {site} automatically again',
    noiseTitle: 'What to remove',
    noiseHint: 'Anything unchecked stays on the page.',
    pinyin: 'Remove pinyin annotations',
    pinyinHint: 'Such as the pinyin in brackets in “阅读（yuè dú）”.',
    readerTitle: 'Reader view',
    readerHint: 'Press Alt+Shift+R on a document page, or choose “Reader view” from the right-click menu. These are its defaults.',
    theme: 'Theme',
    ...themeNames.en,
    fontSize: 'Text size',
    px: '{n} px',
    font: 'Font',
    sans: 'Sans-serif',
    serif: 'Serif',
    preview: 'Preview',
    previewTitle: '一、项目概况',
    previewText: '净读把文库页面上的广告、下载提示和拼音注音去掉，只留下正文，让阅读回到文字本身。',
    'kindHint.download-prompt': '“Download the full text” buttons and banners',
    'kindHint.paywall': 'VIP offers, “12 pages left”, “preview ended”',
    'kindHint.meta': 'Uploader, page count, views, ratings',
    'kindHint.boilerplate': 'Copyright notices and “uploaded by a user” lines',
    'kindHint.ad': 'Banners, sidebars and ads inside the text',
    'kindHint.contact': 'Service phone numbers, QQ and WeChat ids',
    'kindHint.related': '“Related” and “you may also like” lists',
    'kindHint.comments': 'Comments and ratings below the document',
    'kindHint.navigation': 'Site menus, breadcrumbs and paging links',
    'kindHint.page-marker': '“Page 3 of 20” lines between pages',
    'kindHint.chunk-marker': 'The “1、 2、” numbers a site puts before each chunk of text',
    'kindHint.duplicate': 'A title or paragraph the page repeats is kept once',
    'kindHint.watermark': 'Site names and addresses woven into the text',
    'kindHint.site': 'Everything outside the document: menus, sidebars, notes, download boxes',
  },
};

export const optionsT = (lang?: Lang) => translator(strings, lang);
export type OptionsT = ReturnType<typeof optionsT>;
export type ShownKind = Shown;
