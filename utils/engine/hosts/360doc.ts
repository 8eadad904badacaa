import { defineHostRule } from './define';

export default defineHostRule({
  id: '360doc',
  name: { zh: '360doc 个人图书馆', en: '360doc' },
  hosts: ['360doc.com', '360doc.cn'],
  content: ['#artContent'],
  title: ['#titiletext'],
  noise: {
    navigation: ['.atfixednav', '.header', '.prev_next', '#goTop2', '.bottom_controler'],
    related: ['.youlike', '.ul-similar', '#divyoulikead'],
    comments: ['.new_plbox'],
    ad: ['#arttopbdad', '#divaboveReflectionAd1', '#divaboveReflectionAd2', '#divunderZcommondAd', '.ggwz', '.floatqrcode'],
    paywall: ['#btn_freeread', '#LayerLogin'],
  },
});
