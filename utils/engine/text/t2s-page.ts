import type { ScriptResult } from '../types';
import { isTraditional, mainlandTerms, mirrorReasons, t2sFrom, type ToSimplified } from './t2s';

/** Characters read to judge a page's script and look for mainland terms. */
const SAMPLE = 60_000;

/** 'mirrors': convert a traditional page that mirrors a simplified original; 'force': any traditional page (the user asked); 'offer': only tell that the page is traditional. */
export type Simplify = 'mirrors' | 'force' | 'offer';

export interface T2sContext {
  mode?: Simplify;
  /** The page is on a known document or 范文 host. */
  host: boolean;
  /** The page's declared language (html lang), for OpenCC's source variant. */
  lang: string;
  /** OpenCC's tables, when the driver had them to give (engine/parts.ts). */
  toSimplified?: ToSimplified;
}

/**
 * Converts traditional text nodes to simplified, writing into `edits` (after pinyin removal, so the
 * annotations never reach OpenCC). Null for a page not in traditional script.
 * @param pinyin pinyin annotations already removed from the page (mirror evidence)
 */
export function simplifyIn(nodes: readonly Text[], edits: Map<Text, string>, pinyin: number, ctx: T2sContext): ScriptResult | null {
  const textOf = (n: Text) => edits.get(n) ?? n.data;
  // The script is judged on the start of the text: a 10 MB page is not joined to find it is simplified.
  let sample = '';
  for (let i = 0; i < nodes.length && sample.length < SAMPLE; i++) sample += textOf(nodes[i]!) + '\n';
  if (!isTraditional(sample)) return null;
  const mirror = mirrorReasons({ host: ctx.host, pinyin, terms: mainlandTerms(sample) });
  const from = t2sFrom(ctx.lang);
  const wanted = ctx.mode === 'force' || (ctx.mode === 'mirrors' && mirror.length > 0);
  const make = wanted ? ctx.toSimplified : undefined;
  const out: ScriptResult = {
    traditional: true,
    mirror,
    from,
    converted: false,
    chars: 0,
    ...(wanted && !make ? { unavailable: true } : {}),
  };
  if (!make) return out;
  const convert = make(from);
  for (const n of nodes) {
    const text = textOf(n);
    const next = convert(text);
    if (next === text) continue;
    edits.set(n, next);
    for (let i = 0; i < text.length; i++) if (text[i] !== next[i]) out.chars++;
  }
  out.converted = true;
  return out;
}
