/** Text with all whitespace removed: how lengths and equality of CJK text are compared. */
export const squash = (s: string) => s.replace(/\s+/g, '');

/** Key for "the same text": NFKC (full/half-width alike) without whitespace. */
export const textKey = (s: string) => squash(s.normalize('NFKC'));

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
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** squash(s).length without building the string: counted on every text node of a page. */
export function visibleLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) n++;
  return n;
}
