import { defineHostRule } from './define';

export default defineHostRule({
  id: 'book118',
  name: { zh: '原创力文档', en: 'Book118' },
  hosts: ['book118.com'],
  textLayer: 'preview-only',
  preview: ['.webpreview-text', '.preview-text', '.intro'],
  noise: { ad: ['div[style*="width: 252px;height: 260px;"]'] },
});
