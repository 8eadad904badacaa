import { withoutFragment } from './identity';

/** Above this many characters a quote becomes a textStart,textEnd range: shorter links, same landing. */
export const EXACT_MAX = 150;
const TERM_MIN = 10;
const TERM_MAX = 40;
const TERM_HARD = 20;
const PAUSE = /[，。、；：！？,.;:!?）)」』”\s]/;

/** `-`, `,` and `&` are the directive's own syntax, so they must be escaped inside a term. */
export function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/**
 * A term must start and end on a word boundary to match. Chinese has no spaces, so cut after a
 * punctuation mark when one is near; otherwise cut at a fixed length (ICU usually breaks between
 * ideographs, so this still matches in most text).
 */
function head(line: string): string {
  if (line.length <= TERM_MAX) return line;
  for (let i = TERM_MAX; i >= TERM_MIN; i--) if (PAUSE.test(line[i - 1]!)) return line.slice(0, i).trim();
  return line.slice(0, TERM_HARD);
}

function tail(line: string): string {
  if (line.length <= TERM_MAX) return line;
  for (let i = line.length - TERM_MAX; i <= line.length - TERM_MIN; i++) {
    if (PAUSE.test(line[i]!)) return line.slice(i + 1).trim();
  }
  return line.slice(-TERM_HARD);
}

/** The page address with a text fragment (`#:~:text=`) that scrolls to and highlights the quote. */
export function textFragmentUrl(url: string, quote: string): string {
  // Browsers match a single term only inside one block, so a quote across paragraphs becomes a range.
  const lines = quote
    .split(/\n+/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (lines.length === 0) return url;
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  const directive =
    lines.length === 1 && first.length <= EXACT_MAX ? encodeTerm(first) : `${encodeTerm(head(first))},${encodeTerm(tail(last))}`;
  return `${withoutFragment(url)}#:~:text=${directive}`;
}
