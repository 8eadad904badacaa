import { describe, expect, it } from 'vitest';
import { charClass, classesOf, inClass, SENTENCE_END } from './char-class';

describe('character classes', () => {
  it('gives each class its own bit over its characters and ranges', () => {
    const vowels = charClass('aeiou');
    const digits = charClass('', [0x30, 0x39]);
    expect(vowels & digits).toBe(0);
    expect(inClass('e'.charCodeAt(0), vowels)).toBe(true);
    expect(inClass('e'.charCodeAt(0), digits)).toBe(false);
    expect(inClass('7'.charCodeAt(0), digits)).toBe(true);
    expect(classesOf('7'.charCodeAt(0), vowels | digits)).toBe(digits);
  });

  it('puts nothing in a class past the end of a text', () => {
    expect(inClass('。'.charCodeAt(0), SENTENCE_END)).toBe(true);
    expect(inClass(''.charCodeAt(0), -1)).toBe(false);
    expect(classesOf(''.charCodeAt(0), -1)).toBe(0);
  });
});
