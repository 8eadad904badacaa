import { defineHostRule } from './define';

export default defineHostRule({
  id: 'taodocs',
  name: { zh: '淘豆网', en: 'Taodocs' },
  hosts: ['taodocs.com'],
  textLayer: 'preview-only',
});
