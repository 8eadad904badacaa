import { defineHostRule } from './define';

/** 范文 sites: real HTML text behind copy restrictions and writing-service upsells. */
export default defineHostRule({
  id: 'fanwen',
  name: { zh: '范文网站', en: 'Model-essay sites' },
  hosts: [
    'diyifanwen.com',
    'ruiwen.com',
    'oh100.com',
    'yjbys.com',
    'unjs.com',
    'fwsir.com',
    'wenxm.cn',
    'xuexila.com',
    '51test.net',
    'cnrencai.com',
    'wenmi.com',
    '91wenmi.com',
    'wenmi114.com',
    'xiexiebang.com',
    'chazidian.com',
    'cspengbo.com',
    '6dgww.com',
    'xueshu.com',
  ],
  noise: { ad: ['#ArtTl', '#Hzh1', '#Hzh2', '.Hzh1', '.Hzh2', '#xiezuo', '#xzsp'] },
});
