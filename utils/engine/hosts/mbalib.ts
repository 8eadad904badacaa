import { defineHostRule } from './define';

export default defineHostRule({
  id: 'mbalib',
  name: { zh: 'MBA智库文库', en: 'MBAlib docs' },
  hosts: ['doc.mbalib.com'],
});
