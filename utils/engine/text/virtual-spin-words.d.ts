/** jieba's word frequencies cut to what spin repair can meet, made at build time (wxt.config.ts; selectWords' format). */
declare module 'virtual:jingdu-spin-words' {
  const words: string;
  export default words;
}
