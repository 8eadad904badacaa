import { defineHostRule } from './define';

export default defineHostRule({
  id: 'mayiwenku',
  name: { zh: '蚂蚁文库', en: 'Mayiwenku' },
  hosts: ['mayiwenku.com'],
});
