/** Text with all whitespace removed: how lengths and equality of CJK text are compared. */
export const squash = (s: string) => s.replace(/\s+/g, '');

/** Key for "the same text": NFKC (full/half-width alike) without whitespace. */
export const textKey = (s: string) => squash(s.normalize('NFKC'));

/** What a removal records of the text it removed. */
export const snippet = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, 300);
