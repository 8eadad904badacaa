import type { ScriptResult } from '../types';
import { isTraditional, mainlandTerms, mirrorReasons, t2sFrom, toSimplified } from './t2s';

/** 'mirrors': convert a traditional page that mirrors a simplified original; 'force': any traditional page (the user asked); 'offer': only tell that the page is traditional. */
export type Simplify = 'mirrors' | 'force' | 'offer';

export interface T2sContext {
  mode?: Simplify;
  /** The page is on a known document or 范文 host. */
  host: boolean;
  /** The page's declared language (html lang), for OpenCC's source variant. */
  lang: string;
}

/**
 * Converts traditional text nodes to simplified, writing into `edits` (after pinyin removal, so the
 * annotations never reach OpenCC). Null for a page not in traditional script.
 * @param pinyin pinyin annotations already removed from the page (mirror evidence)
 */
export function simplifyIn(nodes: readonly Text[], edits: Map<Text, string>, pinyin: number, ctx: T2sContext): ScriptResult | null {
  const textOf = (n: Text) => edits.get(n) ?? n.data;
  const all = nodes.map(textOf).join('\n');
  if (!isTraditional(all)) return null;
  const mirror = mirrorReasons({ host: ctx.host, pinyin, terms: mainlandTerms(all) });
  const from = t2sFrom(ctx.lang);
  const wanted = ctx.mode === 'force' || (ctx.mode === 'mirrors' && mirror.length > 0);
  const make = wanted ? toSimplified() : undefined;
  const out: ScriptResult = { traditional: true, mirror, from, converted: false, chars: 0, ...(wanted && !make ? { unavailable: true } : {}) };
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
