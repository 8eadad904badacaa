import type { Figure } from '../../types';
import * as chars from '../../text/char-class';
import { CN } from './grammar';

/** Read once: an imported binding is a getter call per read where this runs as CommonJS (tsx). */
const { charClass, classesOf, SENTENCE_END } = chars;

/**
 * What a character is to the one pass over a block: where a number can begin, or a mark that moves the
 * open sentence, quote or 《》 title. None of the marks occurs in a number run, a figure or a qualifier,
 * so the pass may jump over those.
 */
export const NUMBER_START = charClass(`0123456789０１２３４５６７８９Xx×*＊%％${CN}`);
export { SENTENCE_END };
const QUOTE_OPEN = charClass('“〝「『');
const QUOTE_CLOSE = charClass('”〞」』');
const QUOTE_STRAIGHT = charClass('"');
const BOOK_OPEN = charClass('《');
const BOOK_CLOSE = charClass('》');
/** Every role: a character has at most one. */
const ROLES = NUMBER_START | SENTENCE_END | QUOTE_OPEN | QUOTE_CLOSE | QUOTE_STRAIGHT | BOOK_OPEN | BOOK_CLOSE;
/** The role of a code unit, 0 for none. */
export const roleOf = (c: number) => classesOf(c, ROLES);

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
  while (i < text.length && classesOf(text.charCodeAt(i), ROLES) === 0) i++;
  return i;
}
