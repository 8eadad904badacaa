import { defineHostRule } from './define';

export default defineHostRule({
  id: 'bdocx',
  name: { zh: '冰豆网', en: 'Bdocx' },
  hosts: ['bdocx.com'],
});
