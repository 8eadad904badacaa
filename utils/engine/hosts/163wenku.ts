import { defineHostRule } from './define';

export default defineHostRule({
  id: '163wenku',
  name: { zh: '163文库', en: '163wenku' },
  hosts: ['163wenku.com'],
});
