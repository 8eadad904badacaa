import { defineHostRule } from './define';

export default defineHostRule({
  id: 'wnwk',
  name: { zh: '蜗牛文库', en: 'Wnwk' },
  hosts: ['wnwk.com'],
});
