// The text measures of ../shared/eval/score.mjs, applied to any text: the extract command's `text` or
// what a cleaned page shows. Same normalisation, same matching, so the two can be compared.

export const norm = (s) =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(/[\s\u200b\u00a0\u3000]+/g, '')
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'");

const TONE = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
const PINYIN_PAREN = /[(（]\s*([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü'’ ]{2,40})\s*[)）]/g;
export const pinyinResidue = (text) => [...String(text).matchAll(PINYIN_PAREN)].filter((m) => TONE.test(m[1])).map((m) => m[0]);

const variants = (c) => (Array.isArray(c) ? c : [c]);
const share = (ok, total) => (total ? (100 * ok) / total : 100);

/** Percentages (0–100) of content kept, noise gone, keep kept, once shown once; pinyin left as a count. */
export function scoreText(gold, raw) {
  const text = norm(raw);
  const has = (c) => variants(c).some((v) => text.includes(norm(v)));
  const content = gold.content ?? [];
  const noise = gold.noise ?? [];
  const keep = gold.keep ?? [];
  const once = gold.once ?? [];
  return {
    content: share(content.filter(has).length, content.length),
    noise: share(noise.filter((n) => !text.includes(norm(n))).length, noise.length),
    keep: share(keep.filter(has).length, keep.length),
    once: share(once.filter((k) => text.split(norm(k)).length - 1 === 1).length, once.length),
    pinyin: pinyinResidue(raw).length,
    missing: content.filter((c) => !has(c)).map(String),
    left: noise.filter((n) => text.includes(norm(n))),
  };
}

export const MEASURES = ['content', 'noise', 'keep', 'once', 'pinyin'];
