/**
 * Anti-copy jammer strings as forum posts (Discuz) carry them once the class that hid them is gone:
 * runs of random ASCII letters, digits and symbols glued to the start or the end of a line of Chinese
 * text, either spaced short tokens (`]5 B! b# H& D) v`) or one glued run (`[f!vB3|mS`, `3,0nK^`).
 * Real text at a line's edge (5%, [1], (PPT), P<0.05, a URL) lacks their mix of symbols and letter cases.
 */

/** Symbols prose rarely uses; a jammer run always holds some. Also the cheap test before any scan. */
const ODD = /[\\[\]^|`~{}#$&*@=+_<>]/;
const ODD_ALL = /[\\[\]^|`~{}#$&*@=+_<>]/g;
const PUNCT = /[!-/:-@[-`{-~]/g;
const PUNCT_ONE = /[!-/:-@[-`{-~]/;
const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff';
/**
 * An ASCII run (single spaces inside) with hanzi or CJK punctuation on one side and a line edge or more
 * Chinese text on the other: flattened pages glue a line's jammer to the next line's text.
 */
const CJK_BEFORE = `(?<=[${HAN}。，、！？；：”’）】])`;
const RUN = '[ \\t]*([!-~](?:[!-~ ]{0,40}[!-~])?)[ \\t]*';
const EDGE_RUN = new RegExp(`(?:(?<=^|\\n)|${CJK_BEFORE})${RUN}(?=[${HAN}])|${CJK_BEFORE}${RUN.replace('(', '(?<end>')}(?=\\n|$)`, 'g');
const LINK = /:\/\/|www\.|@[\w-]+\.\w/i;

const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;

export function isJammer(run: string): boolean {
  if (!ODD.test(run) || LINK.test(run)) return false;
  const tokens = run.split(/ +/);
  if (tokens.length >= 3) {
    if (!tokens.every((t) => t.length <= 3)) return false;
    const marked = tokens.filter((t) => PUNCT_ONE.test(t)).length;
    const mixed = tokens.filter((t) => PUNCT_ONE.test(t) && /[A-Za-z0-9]/.test(t)).length;
    return marked >= 3 && (count(run, ODD_ALL) >= 2 || (tokens.length >= 4 && mixed >= 2));
  }
  return tokens.some((t) => t.length >= 5 && t.length <= 14 && /[a-z]/.test(t) && /[A-Z]/.test(t) && count(t, PUNCT) >= 2);
}

/** `text` without the jammer runs at its line edges; each cut run goes to `cut`. */
export function cutJammers(text: string, cut: string[]): string {
  if (!ODD.test(text)) return text;
  return text.replace(EDGE_RUN, (m, start?: string, ...rest) => {
    const run = start ?? (rest.at(-1) as { end?: string }).end ?? '';
    if (!isJammer(run)) return m;
    cut.push(run);
    return '';
  });
}

/** Jammer runs in a text: evidence that a page is a reprint dressed against copying. */
export function countJammers(text: string): number {
  if (!ODD.test(text)) return 0;
  let n = 0;
  for (const m of text.matchAll(EDGE_RUN)) if (isJammer(m[1] ?? m.groups?.end ?? '')) n++;
  return n;
}
