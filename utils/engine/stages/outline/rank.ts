import { Rank } from '../../text/heading-markers';
import { byPlace, type Heading } from './heading';

// Ranks of the headings that carry no marker, relative to the numbered ones, and the integer levels
// the outline reports.

/**
 * Unnumbered section titles sit above the numbered headings when they come first in their article
 * (bold sections holding "1." paragraphs), else below the numbered heading they follow. Lead sentences
 * sit below the heading of their section.
 */
export function rankUnnumbered(headings: Heading[], compilation: boolean): void {
  // h2 under h3 nest by tag; the highest tag present ranks with bold and plain title lines.
  const topTag = Math.min(...headings.map((h) => h.tag ?? 7));
  let segment: Heading[] = [];
  const flush = () => {
    const numbered = segment.filter((h) => h.kind === 'numbered');
    const loose = segment.filter((h) => h.kind === 'unnumbered');
    const top = Math.min(...numbered.map((h) => h.rank));
    const above = loose.length > 0 && (numbered.length === 0 || byPlace(loose[0]!, numbered[0]!) < 0);
    let last: Heading | undefined;
    for (const h of segment) {
      const tagOffset = h.tag ? (h.tag - topTag) * 0.01 : 0;
      if (h.kind === 'numbered') last = h;
      else if (h.kind === 'unnumbered') {
        if (compilation) h.rank = Rank.part + tagOffset;
        else if (numbered.length === 0) h.rank = Rank.chinese + tagOffset;
        else if (above) h.rank = top - 0.25 + tagOffset;
        else h.rank = last!.rank + 0.25 + tagOffset;
      }
    }
    let parent: Heading | undefined;
    for (const h of segment) {
      if (h.kind === 'lead') h.rank = parent ? parent.rank + 0.25 : Rank.chinese;
      else parent = h;
    }
    segment = [];
  };
  for (const h of headings) {
    if (h.kind === 'article') flush();
    segment.push(h);
  }
  flush();
}

/** A TOC article missing from the shown text goes where the TOC puts it: before the next one present. */
export function inReadingOrder(headings: Heading[], articles: Heading[]): Heading[] {
  const out = headings.filter((h) => !h.missing);
  articles.forEach((a, i) => {
    if (!a.missing) return;
    const next = articles.slice(i + 1).find((n) => !n.missing);
    const at = next ? out.indexOf(next) : -1;
    out.splice(at < 0 ? out.length : at, 0, a);
  });
  return out;
}

/** Relative levels: the top rank present is 1, each rank below one more, with no gaps. */
export function levels(headings: Heading[]): number[] {
  const ranks = [...new Set(headings.map((h) => h.rank))].sort((x, y) => x - y);
  return headings.map((h) => ranks.indexOf(h.rank) + 1);
}
