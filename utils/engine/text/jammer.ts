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
/** Hanzi, and the CJK punctuation a line's text ends on before a jammer glued to it. */
const isHan = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
const CJK_END = new Set([...'。，、！？；：”’）】'].map((c) => c.charCodeAt(0)));
const cjkBefore = (c: number) => isHan(c) || CJK_END.has(c);
/** Printable ASCII, space or tab: what a jammer run and the blanks around it are made of. */
const inRun = (c: number) => (c >= 0x21 && c <= 0x7e) || c === 0x20 || c === 0x09;
const MAX_RUN = 42;

/**
 * The jammer runs of a text, found from the odd symbols each must hold (rare in prose, so most text is
 * never scanned): an ASCII run (spaces inside) with hanzi or CJK punctuation on one side and a line edge
 * or more Chinese text on the other, as flattened pages glue a line's jammer to the next line's text.
 * Each span takes the blanks around its run too.
 */
function jammerSpans(text: string): Array<{ from: number; to: number; run: string }> {
  const spans: Array<{ from: number; to: number; run: string }> = [];
  let done = 0;
  for (const m of text.matchAll(ODD_ALL)) {
    if (m.index < done) continue;
    let from = m.index;
    let to = m.index + 1;
    while (from > 0 && inRun(text.charCodeAt(from - 1))) from--;
    while (to < text.length && inRun(text.charCodeAt(to))) to++;
    done = to;
    const run = text.slice(from, to).replace(/^[ \t]+|[ \t]+$/g, '');
    if (run.length > MAX_RUN) continue;
    const before = from > 0 ? text.charCodeAt(from - 1) : -1;
    const after = to < text.length ? text.charCodeAt(to) : -1;
    const lineStart = before === -1 || before === 0x0a;
    const lineEnd = after === -1 || after === 0x0a;
    const edged = ((lineStart || cjkBefore(before)) && isHan(after)) || (cjkBefore(before) && lineEnd);
    if (edged && isJammer(run)) spans.push({ from, to, run });
  }
  return spans;
}
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
  const spans = jammerSpans(text);
  if (!spans.length) return text;
  let out = '';
  let at = 0;
  for (const { from, to, run } of spans) {
    out += text.slice(at, from);
    at = to;
    cut.push(run);
  }
  return out + text.slice(at);
}

/** Jammer runs in a text: evidence that a page is a reprint dressed against copying. */
export function countJammers(text: string): number {
  return ODD.test(text) ? jammerSpans(text).length : 0;
}
