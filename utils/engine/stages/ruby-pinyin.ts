import { chunk, hasToneMark } from '../text/pinyin';

/**
 * A hanzi with tone-marked letters right after it, or after the bracket of an `<rp>`: how a `<ruby>` word
 * with pinyin over it reads as text (全国quánguó, 全国(quánguó)).
 */
const GLUED = /[\u3400-\u9fff][(（]?[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
const ALL_HAN = /^[\u3400-\u9fff]+$/;

/**
 * How many `<ruby>` words carry pinyin: hanzi as the base and tone-marked syllables as the annotation
 * (<ruby>全国<rt>quánguó</rt></ruby>). Furigana, zhuyin and glosses in other words are not pinyin, and
 * are not counted. Looked for only where the page's text reads like it.
 */
export function rubyPinyin(doc: Document, text: string): number {
  if (!GLUED.test(text)) return 0;
  let n = 0;
  for (const ruby of doc.querySelectorAll('ruby')) {
    let base = '';
    let toned = false;
    let pinyin = true;
    for (const child of ruby.childNodes) {
      const name = child.nodeName.toLowerCase();
      const t = (child.textContent ?? '').trim();
      if (name === 'rp') continue;
      if (name === 'rt') {
        const nfd = t.normalize('NFD');
        pinyin &&= chunk(nfd) !== null;
        toned ||= hasToneMark(nfd);
      } else base += t;
    }
    if (pinyin && toned && ALL_HAN.test(base)) n++;
  }
  return n;
}
