import { firstChar } from '../../text/heading-markers';

// What the outline steps pass each other: headings found so far, places in reading order, and the
// sentence starts of each block.

export type Kind = 'article' | 'numbered' | 'unnumbered' | 'lead';

export interface Heading {
  kind: Kind;
  block: number;
  /** Where the marker (or the unnumbered heading) starts. */
  offset: number;
  /** Where the heading text starts, after the marker. */
  start: number;
  rank: number;
  marker: string;
  text: string;
  /** The ordinal of a numbered heading. */
  value?: number;
  missing?: boolean;
  /** The heading fills its block, so no cut applies. */
  whole?: boolean;
  /** Where the raw heading text ends in its block. */
  end?: number;
  /** Numbered siblings of one list share an id: a list opens at 1 and runs to the next opening. */
  list?: number;
  /** For an unnumbered h1–h6 block: its tag level. */
  tag?: number;
  /** A title in two parts set apart by an ideographic space: its paragraphs open with lead clauses. */
  twoPart?: boolean;
}

/** Reading order of a place as one number; no block text comes near 2^32 characters. */
export const key = (block: number, offset: number) => block * 2 ** 32 + offset;

export function append<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

export function byPlace(x: Heading, y: Heading): number {
  if (x.missing !== y.missing) return x.missing ? 1 : -1;
  return key(x.block, x.offset) - key(y.block, y.offset);
}

/** Whether a place lies inside the table of contents (never read for headings). */
export type InToc = (block: number, at: number) => boolean;

/** Sentence-final punctuation, found with test(): exec would build a match for each of hundreds. */
const SENTENCE_FINAL = /[。！？!?\n]/g;
/** A closing quote (”’」』〞") right after the punctuation still belongs to the sentence… */
const isCloser = (c: number) => c === 0x201d || c === 0x2019 || c === 0x300d || c === 0x300f || c === 0x301e || c === 0x22;
/** …and so do spaces, tabs and ideographic spaces after that. */
const isGap = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000;

/** Sentence starts of a block and, for each, the index of the punctuation that closes it (-1: none). */
export interface Sentences {
  starts: number[];
  stops: number[];
}

export function sentences(text: string): Sentences {
  const starts = [firstChar(text)];
  const stops: number[] = [];
  SENTENCE_FINAL.lastIndex = 0;
  while (SENTENCE_FINAL.test(text)) {
    const stop = SENTENCE_FINAL.lastIndex - 1;
    let start = stop + 1;
    if (isCloser(text.charCodeAt(start))) start++;
    while (isGap(text.charCodeAt(start))) start++;
    stops.push(stop);
    starts.push(start);
  }
  stops.push(-1);
  return { starts, stops };
}
