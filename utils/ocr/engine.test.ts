import { describe, expect, it } from 'vitest';
import { ocrThreads, readScale } from './engine';

describe('ocrThreads', () => {
  it('reads on two threads where the page is cross-origin isolated, else one', () => {
    expect(ocrThreads(true, 2)).toBe(2);
    expect(ocrThreads(true, 16)).toBe(2);
    expect(ocrThreads(true, 1)).toBe(1);
    expect(ocrThreads(false, 16)).toBe(1);
  });
});

describe('readScale', () => {
  it('narrows a page by up to NARROW, never below the read-width floor, never widens it', () => {
    expect(readScale(1240)).toBeCloseTo(0.62);
    expect(readScale(800)).toBeCloseTo(0.8);
    expect(readScale(640)).toBe(1);
    expect(readScale(300)).toBe(1);
    expect(readScale(4000, 0.9)).toBe(0.9);
  });
});
