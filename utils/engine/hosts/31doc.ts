import { defineHostRule } from './define';

export default defineHostRule({
  id: '31doc',
  name: { zh: '三一文库', en: '31doc' },
  hosts: ['31doc.com', '31ppt.com'],
});
