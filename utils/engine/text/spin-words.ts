/**
 * Word frequencies for deciding spun words in context, from jieba's dictionary (the copy @node-rs/jieba
 * ships). The engine does not import it: an analysis asks for it (engine/parts.ts) where the page has
 * spin evidence.
 */
export interface WordFrequencies {
  freq: ReadonlyMap<string, number>;
  longest: number;
  /** The context pairs the words were cut for (spin-pairs.ts CONTEXT): they travel together. */
  pairs: string;
}

/**
 * The dictionary lines a decision around a candidate can read: words that hold a form, lie inside one,
 * or overlap one at either end (spin.ts reads no others). Leaving the rest out keeps the part small.
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
  const kept: string[] = [];
  for (const line of dict.split('\n')) {
    const [word, n] = line.split(' ');
    if (word && Number.isFinite(Number(n)) && /^\p{Script=Han}{2,}$/u.test(word) && overlaps(word)) kept.push(`${word} ${n}`);
  }
  return kept.join('\n');
}

/** Reads selectWords' output, with the context pairs it was cut for. */
export function parseWords(data: string, pairs: string): WordFrequencies {
  const lines = data.split('\n');
  const freq = new Map<string, number>();
  let longest = 1;
  for (let i = 0; i < lines.length; i++) {
    const sp = lines[i]!.indexOf(' ');
    const word = lines[i]!.slice(0, sp);
    freq.set(word, Number(lines[i]!.slice(sp + 1)));
    if (word.length > longest) longest = word.length;
  }
  return { freq, longest, pairs };
}
