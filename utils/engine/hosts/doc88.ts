import { defineHostRule } from './define';

export default defineHostRule({
  id: 'doc88',
  name: { zh: '道客巴巴', en: 'Doc88' },
  hosts: ['doc88.com'],
  title: ['.doctopic h1'],
  textLayer: 'preview-only',
  preview: ['.doc-intro', '.intro', '#boxdoc-intro'],
  noise: {
    paywall: ['#continueButton', '#readEndDiv', '#left-menu', '#ym-window'],
    ad: ['.adpx250', '.dk-side-gif'],
  },
});
