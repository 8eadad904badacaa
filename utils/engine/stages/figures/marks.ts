import type { Figure } from '../../types';
import { CN } from './grammar';

/**
 * What a character is to the one pass over a block: where a number can begin, or a mark that moves the
 * open sentence, quote or 《》 title. None of the marks occurs in a number run, a figure or a qualifier,
 * so the pass may jump over those.
 */
export const NUMBER_START = 1;
export const SENTENCE_END = 2;
const QUOTE_OPEN = 3;
const QUOTE_CLOSE = 4;
const QUOTE_STRAIGHT = 5;
const BOOK_OPEN = 6;
const BOOK_CLOSE = 7;
export const ROLE = new Uint8Array(0x10000);
const assign = (chars: string, role: number) => {
  for (const ch of chars) ROLE[ch.charCodeAt(0)] = role;
};
assign(`0123456789０１２３４５６７８９Xx×*＊%％${CN}`, NUMBER_START);
assign('。！？；!?;\n', SENTENCE_END);
assign('“〝「『', QUOTE_OPEN);
assign('”〞」』', QUOTE_CLOSE);
assign('"', QUOTE_STRAIGHT);
assign('《', BOOK_OPEN);
assign('》', BOOK_CLOSE);

const MAX_SENTENCE = 400;

/** Where the pass over a block stands: the open sentence, quote and 《》 title. */
export interface Cursor {
  sentence: number;
  quote: number;
  book: number;
}

export function mark(c: Cursor, role: number, i: number): void {
  switch (role) {
    case SENTENCE_END:
      // Unbalanced quotes and 《 are common in OCR'd text: a sentence end closes them.
      c.sentence = i + 1;
      c.quote = -1;
      c.book = -1;
      break;
    case QUOTE_OPEN:
      c.quote = i;
      break;
    case QUOTE_CLOSE:
      c.quote = -1;
      break;
    case QUOTE_STRAIGHT:
      c.quote = c.quote < 0 ? i : -1;
      break;
    case BOOK_OPEN:
      c.book = i;
      break;
    case BOOK_CLOSE:
      c.book = -1;
      break;
  }
}

/**
 * Gives the figures found since `from` the sentence [start, end) they stand in, cut once: a figure's
 * sentence is only known when the pass reaches its end.
 */
export function closeSentence(text: string, start: number, end: number, figures: Figure[], from: number): void {
  if (from === figures.length) return;
  const sentence = text.slice(start, end).trim();
  for (let k = from; k < figures.length; k++) {
    const f = figures[k]!;
    // A run-on block is one "sentence"; every figure copying all of it makes the result quadratic.
    f.sentence =
      sentence.length <= MAX_SENTENCE
        ? sentence
        : text.slice(Math.max(start, f.offset - MAX_SENTENCE / 2), Math.min(end, f.offset + f.raw.length + MAX_SENTENCE / 2)).trim();
  }
}

/** The first index from `i` on whose character has a role; the text's length when there is none. */
export function nextWithRole(text: string, i: number): number {
  while (i < text.length && ROLE[text.charCodeAt(i)] === 0) i++;
  return i;
}
