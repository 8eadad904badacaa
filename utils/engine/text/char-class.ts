/**
 * Character classes for code that tests them per character (the outline's markers, the figure scan):
 * one bit each in one table per UTF-16 code unit, so a test is one load and one mask instead of a
 * string search, and the page loads one table for every class instead of a 64K table per module.
 * Int32, not Uint32: with the 31st bit set a Uint32 read would no longer be a small integer.
 */
const CLASSES = new Int32Array(0x10000);
let used = 0;

/** A new class of the characters of `chars` and the code units of each [from, to] range: its bit. */
export function charClass(chars: string, ...ranges: Array<readonly [number, number]>): number {
  if (used === 32) throw new Error('the character table holds 32 classes');
  const bit = 1 << used++;
  for (let i = 0; i < chars.length; i++) CLASSES[chars.charCodeAt(i)]! |= bit;
  for (const [from, to] of ranges) for (let c = from; c <= to; c++) CLASSES[c]! |= bit;
  return bit;
}

/** The bits of `classes` that code unit `c` is in; 0 for NaN, read past the end of a text. */
export const classesOf = (c: number, classes: number) => CLASSES[c]! & classes;

/** Whether code unit `c` is in any of `classes`. */
export const inClass = (c: number, classes: number) => (CLASSES[c]! & classes) !== 0;

/** The characters a sentence ends on, for the outline and the figure scan alike. */
export const SENTENCE_END = charClass('。！？!?；;\n');
