// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { HELLO_EVENT, KEY_EVENT, readBatch, recordsEvent, type WireRun } from './canvas-wire';
import { canvasStore, listenForCanvasText } from './canvas-listen';

const run = (over: Partial<Record<number, unknown>> = {}): unknown[] => Object.assign(['c0', '总结', 10, 20, 32, 16, 0], over);

/** A stand-in for the page-world recorder's side of the handshake. */
function recorder() {
  let key: string | null = null;
  const onKey = (e: Event) => {
    key = (e as CustomEvent).detail as string;
    e.preventDefault();
    document.removeEventListener(KEY_EVENT, onKey);
  };
  document.addEventListener(KEY_EVENT, onKey);
  document.dispatchEvent(new CustomEvent(HELLO_EVENT));
  return {
    key: () => key,
    send: (runs: unknown[], cleared: string[] = []) =>
      document.dispatchEvent(new CustomEvent(recordsEvent(key!), { detail: JSON.stringify({ runs, cleared }) })),
  };
}

beforeEach(() => {
  delete (globalThis as Record<string, unknown>).__jingduCanvas;
});

describe('readBatch', () => {
  it('reads a well-formed batch', () => {
    expect(readBatch(JSON.stringify({ runs: [run()], cleared: ['c1'] }))).toEqual({ runs: [run()], cleared: ['c1'] });
  });

  it.each([
    ['not a string', { runs: [], cleared: [] }],
    ['not JSON', '{runs'],
    ['a bad canvas id', JSON.stringify({ runs: [run({ 0: 'x<script>' })], cleared: [] })],
    ['a number that is not finite', JSON.stringify({ runs: [run({ 2: 1e309 })], cleared: [] })],
    ['a negative width', JSON.stringify({ runs: [run({ 4: -1 })], cleared: [] })],
    ['a zero size', JSON.stringify({ runs: [run({ 5: 0 })], cleared: [] })],
    ['text too long', JSON.stringify({ runs: [run({ 1: 'x'.repeat(5000) })], cleared: [] })],
    ['a missing field', JSON.stringify({ runs: [run().slice(0, 6)], cleared: [] })],
    ['no cleared list', JSON.stringify({ runs: [] })],
  ])('refuses %s, whole', (_, detail) => {
    expect(readBatch(detail)).toBeNull();
  });
});

describe('listenForCanvasText', () => {
  it('gives the key to a recorder that started first, and keeps what it sends', () => {
    const rec = recorder();
    const store = listenForCanvasText(document);
    expect(rec.key()).toMatch(/^[0-9a-f]{32}$/);
    rec.send([run(), run({ 1: '报告', 2: 42 })]);
    expect(store.runs.get('c0')?.map((r: WireRun) => r[1])).toEqual(['总结', '报告']);
  });

  it('answers the hello of a recorder that starts later, once', () => {
    const store = listenForCanvasText(document);
    const rec = recorder();
    expect(rec.key()).not.toBeNull();
    // Someone saying hello after the recorder took the key gets nothing.
    let leaked: unknown = null;
    document.addEventListener(KEY_EVENT, (e) => (leaked = (e as CustomEvent).detail));
    document.dispatchEvent(new CustomEvent(HELLO_EVENT));
    expect(leaked).toBeNull();
    rec.send([run()]);
    expect(store.runs.get('c0')).toHaveLength(1);
  });

  it('ignores forged and malformed messages, and drops a cleared canvas', () => {
    const rec = recorder();
    const store = listenForCanvasText(document);
    let changes = 0;
    store.watch(() => changes++);
    document.dispatchEvent(new CustomEvent(recordsEvent('guess'), { detail: JSON.stringify({ runs: [run()], cleared: [] }) }));
    document.dispatchEvent(new CustomEvent(recordsEvent(rec.key()!), { detail: '{"runs": [1]}' }));
    expect(store.runs.size).toBe(0);
    rec.send([run(), run({ 0: 'c1' })]);
    rec.send([], ['c0']);
    expect([...store.runs.keys()]).toEqual(['c1']);
    expect(changes).toBe(2);
  });

  it('is one store per page, however often it is started', () => {
    const a = listenForCanvasText(document);
    expect(listenForCanvasText(document)).toBe(a);
    expect(canvasStore()).toBe(a);
  });
});
