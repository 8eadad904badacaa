import type { Pixels } from './engine';

/**
 * The image narrowed to `factor` of its width (area average per output column), as RGB. Recognition
 * costs in proportion to a line's width once it is scaled to the model's 48 px height, and hanzi stay
 * legible to it a good deal narrower than square, so this is where most of a page's time is saved.
 */
export function squeeze(pixels: Pixels, factor: number): Pixels {
  const { width, height, data } = pixels;
  const channels = data.length / (width * height);
  const out = Math.max(1, Math.round(width * factor));
  const rgb = new Uint8Array(out * height * 3);
  const step = width / out;
  for (let x = 0; x < out; x++) {
    const from = x * step;
    const to = from + step;
    const first = Math.floor(from);
    const last = Math.min(width - 1, Math.ceil(to) - 1);
    for (let y = 0; y < height; y++) {
      let r = 0,
        g = 0,
        b = 0,
        total = 0;
      for (let sx = first; sx <= last; sx++) {
        const w = Math.min(to, sx + 1) - Math.max(from, sx);
        const i = (y * width + sx) * channels;
        r += (data[i] ?? 0) * w;
        g += (data[i + (channels >= 3 ? 1 : 0)] ?? 0) * w;
        b += (data[i + (channels >= 3 ? 2 : 0)] ?? 0) * w;
        total += w;
      }
      const o = (y * out + x) * 3;
      rgb[o] = r / total;
      rgb[o + 1] = g / total;
      rgb[o + 2] = b / total;
    }
  }
  return { width: out, height, data: rgb };
}
