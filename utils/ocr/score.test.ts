import { describe, expect, it } from 'vitest';
import { characterError } from './score';

describe('characterError', () => {
  it('is 0 for the same text however it is spaced or in full-width forms', () => {
    expect(characterError('一、加强领导，\n 2023年', '一、加强领导,2023年')).toBe(0);
  });
  it('counts substitutions, insertions and deletions against the truth length', () => {
    expect(characterError('双拥工作总结', '双拥土作总')).toBeCloseTo(2 / 6);
    expect(characterError('abc', 'abxc')).toBeCloseTo(1 / 3);
  });
  it('is 1 for any text read from an empty truth', () => {
    expect(characterError('', 'x')).toBe(1);
    expect(characterError(' ', '')).toBe(0);
  });
});
