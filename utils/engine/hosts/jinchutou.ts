import { defineHostRule } from './define';

export default defineHostRule({
  id: 'jinchutou',
  name: { zh: '金锄头文库', en: 'Jinchutou' },
  hosts: ['jinchutou.com', 'goldhoe.com'],
});
