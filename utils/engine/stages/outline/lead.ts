import { hanCount, INLINE_ENUMERATOR, LEAD_CLAUSE, NOT_LEAD, NOT_LEAD_TAIL } from '../../text/heading-markers';
import type { Block } from '../../types';
import { append, type Heading, type InToc, key, type Sentences } from './heading';

// Lead sentences (chinese-text-rules.md §1.4): short sentences that open a paragraph and head it.

type Lead = Heading & { opens: boolean; follow: number; clause?: boolean };

/**
 * Short lead sentences that open paragraphs (§1.4): "坚持高位推动。…坚持制度引领。…" when siblings in one
 * section share their first two characters, or "开展国防教育强信念。…助力乡村振兴促发展。…" when three
 * of 7–10 characters each lead ≥30 characters of elaboration. The first must open a paragraph or follow
 * a heading, so a long flattened section's ordinary short sentences do not qualify.
 */
export function findLeads(blocks: Block[], split: Sentences[], headings: Heading[], inToc: InToc): Heading[] {
  const ends = new Set<number>();
  const taken = new Set(headings.map((h) => key(h.block, h.offset)));
  for (const h of headings) {
    if (h.missing) continue;
    const text = blocks[h.block]!.text;
    let e = h.start + h.text.length;
    while (e < text.length && /[\s\u3000。！？!?：:]/.test(text[e]!)) e++;
    ends.add(key(h.block, h.kind === 'article' ? h.offset + h.text.length : e));
  }
  const sections = new Map<number, Array<Lead>>();
  let hi = 0;
  blocks.forEach(({ text }, b) => {
    const { starts, stops } = split[b]!;
    starts.forEach((at, i) => {
      const stop = stops[i]!;
      if (inToc(b, at)) return;
      const k = key(b, at);
      // Headings are in reading order (missing ones last), so the section only moves forward.
      while (hi < headings.length && key(headings[hi]!.block, headings[hi]!.offset) <= k && !headings[hi]!.missing) hi++;
      const opens = i === 0 || ends.has(k);
      if (opens && headings[hi - 1]?.twoPart && !taken.has(k)) {
        const lead = clauseLead(text, at);
        if (lead)
          append(sections, hi, {
            kind: 'lead',
            block: b,
            offset: at,
            start: at,
            rank: 0,
            marker: '',
            text: lead,
            opens,
            follow: 0,
            clause: true,
          });
      }
      if (stop - at < 4 || stop - at > 14 || text.charCodeAt(stop) === 10) return; // \n
      const s = text.slice(at, stop);
      if (hanCount(s) !== s.length || taken.has(k) || INLINE_ENUMERATOR.test(s) || NOT_LEAD.test(s)) return;
      const follow = text.length - stop - 1;
      if (follow < 10) return;
      append(sections, hi, { kind: 'lead', block: b, offset: at, start: at, rank: 0, marker: '', text: s, opens, follow });
    });
  });
  const out: Heading[] = [];
  const underTwoPart: Heading[] = [];
  for (const [hi, all] of sections) {
    const chosen = new Set<Heading>();
    // Under a two-part title every paragraph opens with its lead, ended by 。 or ，; sentences that
    // begin as one of them does (坚持…) lead the rest of the paragraph.
    if (headings[hi - 1]?.twoPart) {
      const openers = all.filter((l) => l.clause);
      const prefixes = new Set(openers.map((l) => l.text.slice(0, 2)));
      const at = new Set(openers.map((l) => key(l.block, l.offset)));
      for (const l of all)
        if (!l.clause && !at.has(key(l.block, l.offset)) && prefixes.has(l.text.slice(0, 2)) && l.text.length <= 9) openers.push(l);
      openers.sort((x, y) => key(x.block, x.offset) - key(y.block, y.offset));
      underTwoPart.push(
        ...openers.map((l) => ({
          kind: 'lead' as const,
          block: l.block,
          offset: l.offset,
          start: l.start,
          rank: 0,
          marker: '',
          text: l.text,
        })),
      );
      openers.forEach((l) => chosen.add(l));
    }
    const placed = new Set([...chosen].map((l) => key(l.block, l.offset)));
    const list = all.filter((l) => !l.clause && !placed.has(key(l.block, l.offset)));
    const byPrefix = new Map<string, typeof list>();
    for (const l of list) append(byPrefix, l.text.slice(0, 2), l);
    for (const g of byPrefix.values()) {
      if (g[0]!.opens && (g.length >= 3 || (g.length === 2 && g.every((l) => l.opens)))) g.forEach((l) => chosen.add(l));
    }
    const rhythm = list
      .filter((l) => l.text.length >= 7 && l.text.length <= 10)
      .filter((l, i, all) => {
        const next = all[i + 1];
        return next && next.block === l.block ? next.offset - (l.offset + l.text.length) >= 30 : l.follow >= 30;
      });
    if (rhythm.length >= 3 && rhythm[0]!.opens) rhythm.forEach((l) => chosen.add(l));
    for (const l of list)
      if (chosen.has(l)) out.push({ kind: 'lead', block: l.block, offset: l.offset, start: l.start, rank: 0, marker: '', text: l.text });
  }
  // One paragraph opening with a short clause proves nothing; two or more under two-part titles do.
  if (underTwoPart.length >= 2) out.push(...underTwoPart);
  return out;
}

/**
 * The lead clause a paragraph under a two-part title opens with: 4–9 hanzi ended by 。 or ，
 * ("坚持高位推动。", "强化组织领导，"), and no opener of an ordinary sentence (我市, 近年来…).
 */
function clauseLead(text: string, at: number): string | null {
  LEAD_CLAUSE.lastIndex = at;
  const m = LEAD_CLAUSE.exec(text);
  if (!m || text.length - (at + m[0].length) < 10) return null;
  const s = m[1]!;
  if (INLINE_ENUMERATOR.test(s) || NOT_LEAD.test(s) || NOT_LEAD_TAIL.test(s)) return null;
  return s;
}
