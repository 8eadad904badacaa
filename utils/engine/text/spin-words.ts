import { globalSlot } from '../slot';

/**
 * Word frequencies for deciding spun words in context, from jieba's dictionary (the copy @node-rs/jieba
 * ships). The engine does not import it: Node entry points install it at start, and the extension injects
 * it into a tab only when the page has spin evidence (entrypoints/spin-dictionary.ts). Both fill this slot.
 */
export interface WordFrequencies {
  freq: ReadonlyMap<string, number>;
  /** log of the sum of all frequencies of the whole dictionary, as jieba's own scoring uses it. */
  logTotal: number;
  longest: number;
}

const slot = globalSlot<WordFrequencies>('__jingduSpinWords');
export const setSpinWords = slot.set;
export const spinWords = slot.get;

/**
 * The dictionary lines that can take part in segmenting a window around a candidate: words that hold a
 * form, lie inside one, or overlap one at either end. Other words score alike with or without the swap,
 * so leaving them out changes no decision and keeps the part small. First line: the whole dictionary's total.
 * @param dict jieba's dict.txt (`word freq tag` per line)
 * @param forms every spun and original form the context pairs name
 */
export function selectWords(dict: string, forms: readonly string[]): string {
  const heads = new Set<string>();
  const tails = new Set<string>();
  for (const f of forms)
    for (let k = 1; k <= f.length; k++) {
      heads.add(f.slice(0, k));
      tails.add(f.slice(f.length - k));
    }
  const overlaps = (w: string) => {
    if (forms.some((f) => w.includes(f) || f.includes(w))) return true;
    // A word that starts inside a form (its head is a form's tail) or ends inside one.
    for (let k = 1; k < w.length; k++) if (tails.has(w.slice(0, k)) || heads.has(w.slice(w.length - k))) return true;
    return false;
  };
  let total = 0;
  const kept: string[] = [];
  for (const line of dict.split('\n')) {
    const [word, n] = line.split(' ');
    const freq = Number(n);
    if (!word || !Number.isFinite(freq)) continue;
    total += freq;
    // Single hanzi all stay: a route through unknown characters would cost far more than through known ones.
    if (/^\p{Script=Han}+$/u.test(word) && (word.length === 1 || overlaps(word))) kept.push(`${word} ${freq}`);
  }
  return [String(total), ...kept].join('\n');
}

/** Reads selectWords' output. */
export function parseWords(data: string): WordFrequencies {
  const lines = data.split('\n');
  const freq = new Map<string, number>();
  let longest = 1;
  for (let i = 1; i < lines.length; i++) {
    const sp = lines[i]!.indexOf(' ');
    const word = lines[i]!.slice(0, sp);
    freq.set(word, Number(lines[i]!.slice(sp + 1)));
    if (word.length > longest) longest = word.length;
  }
  return { freq, logTotal: Math.log(Number(lines[0])), longest };
}
