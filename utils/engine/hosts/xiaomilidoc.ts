import { defineHostRule } from './define';

export default defineHostRule({
  id: 'xiaomilidoc',
  name: { zh: '小米粒文库', en: 'Xiaomilidoc' },
  hosts: ['xiaomilidoc.com'],
  samples: ['https://www.xiaomilidoc.com/p-0001.html'],
});
