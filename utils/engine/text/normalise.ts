/** Text with all whitespace removed: how lengths and equality of CJK text are compared. */
export const squash = (s: string) => s.replace(/\s+/g, '');

/** Key for "the same text": NFKC (full/half-width alike) without whitespace. */
export const textKey = (s: string) => squash(s.normalize('NFKC'));

/** Quote marks, which a <title> drops where its heading has them (某市“十四五”规划 titled 某市十四五规划). */
const QUOTES = /[“”"‘’'「」『』〝〞]/g;
/** A title's text as a <title> and a heading of it both hold it: without quote marks. */
export const withoutQuotes = (s: string) => s.replace(QUOTES, '');

/**
 * textKey of a text whose only whitespace is single spaces (`s.replace(/\s+/g, ' ')`): NFKC turns no
 * other character into whitespace but a space (tested over every code point), so a plain replace of
 * spaces does what the regex would, several times faster.
 */
export const collapsedKey = (s: string) => s.normalize('NFKC').replaceAll(' ', '');

/**
 * A set of long texts found equal without hashing each: V8 hashes every character of a string key,
 * and most texts here differ already in their length or their ends.
 */
export class TextSet {
  private readonly buckets = new Map<number, string[]>();

  private bucket(s: string): number {
    return s.length * 0x100000000 + s.charCodeAt(0) * 0x10000 + s.charCodeAt(s.length - 1);
  }

  has(s: string): boolean {
    return this.buckets.get(this.bucket(s))?.includes(s) ?? false;
  }

  add(s: string): void {
    const k = this.bucket(s);
    const list = this.buckets.get(k);
    if (!list) this.buckets.set(k, [s]);
    else if (!list.includes(s)) list.push(s);
  }
}

/** What a removal records of the text it removed. */
export const snippet = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, 300);

/** Whether a UTF-16 code unit is a hanzi (CJK unified ideographs, extension A, compatibility). */
export const isHan = (c: number) => (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

/** Whether a UTF-16 code unit is whitespace as /\s/ defines it. */
export function isSpace(c: number): boolean {
  // Hanzi first: most characters of the text read are above every space but one.
  if (c > 0x3000) return c === 0xfeff;
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** squash(s).length without building the string: counted on every text node of a page. */
export function visibleLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) n++;
  return n;
}
