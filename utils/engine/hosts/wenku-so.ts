import { defineHostRule } from './define';

export default defineHostRule({
  id: 'wenku-so',
  name: { zh: '360文库', en: '360 Wenku' },
  hosts: ['wenku.so.com'],
});
