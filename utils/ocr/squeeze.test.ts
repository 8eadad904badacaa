import { describe, expect, it } from 'vitest';
import { squeeze } from './squeeze';

describe('squeeze', () => {
  it('narrows an RGBA image by area-averaging columns, to RGB', () => {
    // One row: black, white, black, white (RGBA) → half width: two mid-grey columns.
    const rgba = new Uint8Array([0, 0, 0, 255, 255, 255, 255, 255, 0, 0, 0, 255, 255, 255, 255, 255]);
    const out = squeeze({ width: 4, height: 1, data: rgba }, 0.5);
    expect(out.width).toBe(2);
    expect([...out.data]).toEqual([127, 127, 127, 127, 127, 127]);
  });

  it('keeps height and weighs partly covered columns at 0.8', () => {
    const rgb = new Uint8Array([0, 0, 0, 100, 100, 100, 200, 200, 200, 250, 250, 250, 50, 50, 50].flatMap((v) => [v]));
    const out = squeeze({ width: 5, height: 1, data: rgb }, 0.8);
    expect(out).toMatchObject({ width: 4, height: 1 });
    // The first output column covers source 0–1.25: (0·1 + 100·0.25) / 1.25 = 20.
    expect(out.data[0]).toBe(20);
  });
});
