import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { Ocr, OcrLine, Pixels } from './engine';
import { ocrHost } from './host';

const page = (width = 800, height = 1131): Pixels => ({ width, height, data: new Uint8Array(width * height * 4) });
const line: OcrLine = { text: '一、总体情况', x: 100, y: 40, width: 140, height: 20, confidence: 0.97 };
const engine = (read: Ocr['read']): Ocr => ({ read, close: vi.fn(async () => undefined) });
let n = 0;
/** A key no other test used: the cache is one IndexedDB for the file. */
const key = () => `https://max.book118.com/p/${++n}.png#800x1131`;

describe('ocrHost', () => {
  it('reads a page, then gives it from the cache without decoding or reading it again', async () => {
    const read = vi.fn(async () => [line]);
    const decode = vi.fn(async () => page());
    const host = ocrHost({ load: async () => engine(read), decode });
    const k = key();
    await expect(host.read('https://max.book118.com/p/1.png', k)).resolves.toEqual({
      ok: true,
      cached: false,
      blocks: [{ text: '一、总体情况', confidence: 0.97 }],
    });
    await expect(host.read('https://max.book118.com/p/1.png', k)).resolves.toMatchObject({ ok: true, cached: true });
    expect(decode).toHaveBeenCalledTimes(1);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('a blank, tiny or undecodable image has no text, and the engine is not even loaded for the last two', async () => {
    const load = vi.fn(async () => engine(async () => []));
    const host = ocrHost({
      load,
      decode: async (src) => (src.includes('tiny') ? page(16, 16) : src.includes('corrupt') ? Promise.reject(new Error('bad')) : page()),
    });
    await expect(host.read('https://x.book118.com/tiny.png', key())).resolves.toEqual({ ok: false, code: 'no-text' });
    await expect(host.read('https://x.book118.com/corrupt.jpg', key())).resolves.toEqual({ ok: false, code: 'no-text' });
    expect(load).not.toHaveBeenCalled();
    await expect(host.read('https://x.book118.com/blank.png', key())).resolves.toEqual({ ok: false, code: 'no-text' });
  });

  it('an engine that fails to load or to read fails that page only; the next page loads it again', async () => {
    const load = vi
      .fn()
      .mockRejectedValueOnce(new Error('wasm'))
      .mockResolvedValue(engine(async () => [line]));
    const host = ocrHost({ load, decode: async () => page() });
    await expect(host.read('https://x.book118.com/1.png', key())).resolves.toEqual({ ok: false, code: 'failed' });
    await expect(host.read('https://x.book118.com/2.png', key())).resolves.toMatchObject({ ok: true });
    expect(load).toHaveBeenCalledTimes(2);
    const broken = ocrHost({ load: async () => engine(() => Promise.reject(new Error('OrtRun'))), decode: async () => page() });
    await expect(broken.read('https://x.book118.com/3.png', key())).resolves.toEqual({ ok: false, code: 'failed' });
  });

  it('reads one page at a time, in the order asked', async () => {
    const order: string[] = [];
    const host = ocrHost({
      load: async () => engine(async (p) => (order.push(`read ${p.width}`), [line])),
      decode: async (src) => (order.push(`decode ${src}`), page(Number(src.slice(-3)))),
    });
    await Promise.all([host.read('a/800', key()), host.read('b/900', key())]);
    expect(order).toEqual(['decode a/800', 'read 800', 'decode b/900', 'read 900']);
  });

  it('lets the engine go a while after the last page, and says so; a page meanwhile puts that off', async () => {
    const ocr = engine(async () => [line]);
    const idle = vi.fn();
    const host = ocrHost({ load: async () => ocr, decode: async () => page(), idle, idleMs: 150 });
    await host.read('https://x.book118.com/1.png', key());
    await new Promise((r) => setTimeout(r, 80));
    await host.read('https://x.book118.com/2.png', key());
    await new Promise((r) => setTimeout(r, 80));
    expect(idle).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(idle).toHaveBeenCalledTimes(1));
    expect(ocr.close).toHaveBeenCalled();
  });
});
