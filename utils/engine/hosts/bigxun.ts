import { defineHostRule } from './define';

export default defineHostRule({
  id: 'bigxun',
  name: { zh: '大讯文库', en: 'Bigxun' },
  hosts: ['bigxun.com'],
});
