import { defineHostRule } from './define';

export default defineHostRule({
  id: 'zixin',
  name: { zh: '咨信网', en: 'Zixin' },
  hosts: ['zixin.com.cn'],
});
