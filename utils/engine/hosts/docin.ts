import { defineHostRule } from './define';

export default defineHostRule({
  id: 'docin',
  name: { zh: '豆丁', en: 'Docin' },
  hosts: ['docin.com'],
  textLayer: 'preview-only',
  preview: ['.doc_intro', '.intro'],
  noise: {
    ad: ['.mini-series-container', '#docindex_ad', '.cpro_mod', '.sider_gg'],
  },
});
