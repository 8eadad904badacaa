import { defineHostRule } from './define';

export default defineHostRule({
  id: 'wenku-baidu',
  name: { zh: '百度文库', en: 'Baidu Wenku' },
  hosts: ['wenku.baidu.com', 'wk.baidu.com', 'wapwenku.baidu.com'],
  textLayer: 'preview-only',
  canvas: true,
  noise: {
    paywall: ['.reader-to-cashier-vip', '.comp-vip-pop', '.try-end-fold-page', '.fold-page-content'],
    related: ['.related-doc-list'],
    ad: [
      '#ggbtm-ads',
      '#ppt-bottom-ads',
      '.banner-more-title',
      '.commerce-flow',
      '.dialog-ad-hd',
      '.edu_class_pop_dialog',
      '.service-entry',
      '.wubai-wrap',
      '.zhixin-ads',
      '.zhixin-right',
      'div[id^="html-reader-AD-"]',
      'div[id^="html-reader-banner-"]',
    ],
  },
});
