import { defineHostRule } from './define';

export default defineHostRule({
  id: 'bigxun',
  name: { zh: '大讯文库', en: 'Bigxun' },
  hosts: ['bigxun.com'],
  samples: ['https://www.bigxun.com/p-0001.html'],
});
