import { POSTFIX_BOUND } from '../../text/figure-units';
import { parseNumeral } from '../../text/numerals';
import type { Figure } from '../../types';
import type { Groups } from './grammar';
import * as excluding from './exclude';
import type { Qualifier } from './exclude';

/** Read once: an imported binding is a getter call per read where this runs as CommonJS (tsx). */
const { masked, unitDef } = excluding;

const joinWord = (words: string, word: string | undefined) => (!word ? words : words ? `${words}/${word}` : word);

/** Qualifier, approximation and postfix words as written, joined by "/"; "" when there are none. */
function modifiers(q: Qualifier | null, g: Groups): string {
  return joinWord(joinWord(joinWord(q?.text ?? '', g.a1), g.a2), g.p);
}

/** Fills value, unit, bound and kind of one accepted match into `f`; false when its number does not parse. */
export function describe(g: Groups, q: Qualifier | null, f: Figure): boolean {
  if (g.lp) {
    f.unit = '%';
    f.masked = true;
    f.mask = '%';
    f.kind = 'percent';
    return true;
  }
  const token = g.pn ?? g.n!;
  f.masked = masked(token);
  if (!f.masked) {
    const first = parseNumeral(token + (g.s ?? g.s2 ?? ''));
    const second = g.n2 ? parseNumeral(g.n2 + (g.s2 ?? g.s ?? '')) : null;
    if (first === null || (g.n2 && second === null)) return false;
    f.value = second === null ? first : [first, second];
  }
  const bounding = q && q.text !== '各' ? q : null;
  if (g.n2 && !f.masked) f.bound = 'range';
  else if (bounding) f.bound = bounding.bound;
  else if (g.p) f.bound = POSTFIX_BOUND[g.p]!;
  else if (g.a1 || g.a2) f.bound = 'lower';
  const percent = Boolean(g.pn || g.pc);
  f.unit = percent ? '%' : (g.u ?? null);
  f.kind = percent ? 'percent' : g.u ? unitDef(g.u).kind : 'count';
  const scale = g.s ?? g.s2;
  if (scale) f.scale = scale;
  const words = modifiers(q, g);
  if (words) f.qualifier = words;
  if (f.masked) f.mask = g.pn ? `百分之${token}` : token + (g.s ?? '') + (g.pc ? '%' : '');
  return true;
}
