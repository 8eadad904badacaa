import { defineHostRule } from './define';

export default defineHostRule({
  id: 'huiwenwang',
  name: { zh: '汇文网', en: 'Huiwenwang' },
  hosts: ['huiwenwang.cn'],
});
