import { defineHostRule } from './define';

export default defineHostRule({
  id: '360docs',
  name: { zh: '360文档中心', en: '360docs' },
  hosts: ['360docs.net'],
});
