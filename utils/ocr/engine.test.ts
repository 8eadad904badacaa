import { describe, expect, it } from 'vitest';
import { ocrThreads } from './engine';

describe('ocrThreads', () => {
  it('reads on two threads where the page is cross-origin isolated, else one', () => {
    expect(ocrThreads(true, 2)).toBe(2);
    expect(ocrThreads(true, 16)).toBe(2);
    expect(ocrThreads(true, 1)).toBe(1);
    expect(ocrThreads(false, 16)).toBe(1);
  });
});
