import { defineHostRule } from './define';

export default defineHostRule({
  id: 'renrendoc',
  name: { zh: '人人文库', en: 'Renrendoc' },
  hosts: ['renrendoc.com'],
  content: ['.txtcontent', '.doc-intro'],
});
