import { defineHostRule } from './define';

export default defineHostRule({
  id: '61taotao',
  name: { zh: '淘文库', en: '61taotao' },
  hosts: ['61taotao.com'],
});
