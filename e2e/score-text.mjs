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

// ---------- outline and figures, as the scorer matches them ----------
const ENUM =
  /^(第[一二三四五六七八九十百零〇\d]+[章节部分篇条]|[一二三四五六七八九十]+[、.]|[(][一二三四五六七八九十\d]+[)]|\d+(?:\.\d+)*[、.]?)/;
const headingKey = (s) =>
  norm(s)
    .replace(ENUM, '')
    .replace(/[。:;,!?.]+$/, '');
const sameHeading = (a, b) =>
  !!a && !!b && (a === b || ((a.includes(b) || b.includes(a)) && Math.min(a.length, b.length) / Math.max(a.length, b.length) >= 0.6));
const f1 = (m, g, o) => {
  const p = o ? m / o : g ? 0 : 1;
  const r = g ? m / g : 1;
  return p + r ? (200 * p * r) / (p + r) : 0;
};

/** Outline F1 and the share of matched headings at the right relative level, both 0–100. */
export function scoreOutline(gold, entries, title) {
  const tk = headingKey(title);
  const got = entries.filter((o) => !o.missing && !(tk && headingKey(o.text) === tk));
  const used = new Set();
  const pairs = [];
  for (const g of gold) {
    const keys = (Array.isArray(g.text) ? g.text : [g.text]).map(headingKey);
    const j = got.findIndex((o, k) => !used.has(k) && keys.some((gk) => sameHeading(headingKey(o.text), gk)));
    if (j >= 0) {
      used.add(j);
      pairs.push([g, got[j]]);
    }
  }
  const gMin = Math.min(...gold.map((g) => g.level));
  const oMin = Math.min(...pairs.map(([, o]) => Number(o.level) || 1));
  const levels = pairs.filter(([g, o]) => g.level - gMin === (Number(o.level) || 1) - oMin).length;
  return { f1: f1(pairs.length, gold.length, got.length), levels: pairs.length ? (100 * levels) / pairs.length : 100 };
}

const leadNumber = (s) => (norm(s).match(/[\dXx*]+(?:\.[\dXx*]+)?/) || [''])[0];

/** Figures F1, 0–100. */
export function scoreFigures(gold, got) {
  const used = new Set();
  let matched = 0;
  for (const g of gold) {
    const gr = norm(g.raw);
    const j = got.findIndex((o, k) => {
      const or = norm(o.raw);
      return !used.has(k) && or && (or === gr || ((or.includes(gr) || gr.includes(or)) && leadNumber(or) === leadNumber(gr)));
    });
    if (j >= 0) {
      used.add(j);
      matched++;
    }
  }
  return f1(matched, gold.length, got.length);
}
