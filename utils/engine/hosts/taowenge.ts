import { defineHostRule } from './define';

export default defineHostRule({
  id: 'taowenge',
  name: { zh: '淘文阁', en: 'Taowenge' },
  hosts: ['taowenge.com'],
});
