import { defineHostRule } from './define';

export default defineHostRule({
  id: 'ekdoc',
  name: { zh: '一课资料网', en: 'Ekdoc' },
  hosts: ['ekdoc.com'],
});
