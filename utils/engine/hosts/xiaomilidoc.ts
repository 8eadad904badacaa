import { defineHostRule } from './define';

export default defineHostRule({
  id: 'xiaomilidoc',
  name: { zh: '小米粒文库', en: 'Xiaomilidoc' },
  hosts: ['xiaomilidoc.com'],
});
