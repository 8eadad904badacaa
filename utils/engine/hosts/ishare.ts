import { defineHostRule } from './define';

export default defineHostRule({
  id: 'ishare',
  name: { zh: '爱问共享资料', en: 'iShare' },
  hosts: ['ishare.iask.sina.com.cn', 'ishare.iask.com'],
  textLayer: 'preview-only',
  noise: { ad: ['#daily_topic_flnr', '#topic_ylzz_new', '.sj_300x250', '.sj_680x250'] },
});
