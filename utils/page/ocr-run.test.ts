import { describe, expect, it } from 'vitest';
import type { OcrPageResult } from '../ocr/protocol';
import { OcrRun, type OcrPage, type OcrProgress } from './ocr-run';

const page = (i: number, src: string | null = `https://max.book118.com/p/${i}.png`): OcrPage<number> => ({
  element: i,
  number: i + 1,
  source: () => src,
  key: `${src}#800x1131`,
});

function setup(answer: (src: string) => OcrPageResult | Promise<OcrPageResult>) {
  const shown: number[] = [];
  const seen: OcrProgress[] = [];
  let clock = 0;
  const reads: string[] = [];
  const run = new OcrRun<number>(
    async (src) => {
      reads.push(src);
      clock += 2000;
      return answer(src);
    },
    (el) => shown.push(el),
    (p) => seen.push(p),
    () => clock,
  );
  return { run, shown, seen, reads };
}

const text: OcrPageResult = { ok: true, blocks: [{ text: '一、总体情况', confidence: 0.98 }], cached: false };

describe('OcrRun', () => {
  it('reads 200 pages in order, with progress after each and time left from the pages read', async () => {
    const { run, shown, seen, reads } = setup(() => text);
    await run.start(Array.from({ length: 200 }, (_, i) => page(i)));
    expect(reads).toEqual(Array.from({ length: 200 }, (_, i) => `https://max.book118.com/p/${i}.png`));
    expect(shown).toEqual(Array.from({ length: 200 }, (_, i) => i));
    const dones = seen.map((p) => p.done);
    expect(dones.slice(1, -1)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(seen.find((p) => p.done === 50)?.secondsLeft).toBe(300);
    expect(run.progress).toMatchObject({ running: false, done: 200, total: 200, stopped: false, empty: [], failed: [] });
  });

  it('stops after the page being read when asked, and says it stopped', async () => {
    let run!: OcrRun<number>;
    const s = setup(() => {
      if (s.reads.length === 3) run.stop();
      return text;
    });
    run = s.run;
    await run.start(Array.from({ length: 200 }, (_, i) => page(i)));
    expect(s.shown).toEqual([0, 1, 2]);
    expect(run.progress).toMatchObject({ running: false, done: 3, total: 200, stopped: true, secondsLeft: null });
  });

  it('counts blank, unreadable and failed pages by number and goes on with the rest', async () => {
    const { run, shown } = setup((src) =>
      src.includes('/1.') ? { ok: false, code: 'no-text' } : src.includes('/2.') ? Promise.reject(new Error('port closed')) : text,
    );
    await run.start([page(0), page(1), page(2), page(3, null), page(4)]);
    expect(shown).toEqual([0, 4]);
    expect(run.progress).toMatchObject({ done: 5, empty: [2, 4], failed: [3] });
  });

  it('names pages by their number in the document, not their place in this run', async () => {
    const { run } = setup(() => ({ ok: false, code: 'no-text' }));
    await run.start([page(6), page(9)]);
    expect(run.progress).toMatchObject({ done: 2, total: 2, empty: [7, 10] });
  });

  it('counts cached pages and leaves them out of the time estimate', async () => {
    const { run } = setup((src) => ({ ...text, cached: !src.includes('/0.') }) as OcrPageResult);
    await run.start([page(0), page(1), page(2)]);
    expect(run.progress).toMatchObject({ cached: 2, done: 3, secondsLeft: 0 });
  });

  it('a text layer that cannot be shown does not end the run', async () => {
    const shown: number[] = [];
    const run = new OcrRun<number>(
      async () => text,
      (el) => {
        if (el === 0) throw new Error('detached');
        shown.push(el);
      },
    );
    await run.start([page(0), page(1)]);
    expect(shown).toEqual([1]);
    expect(run.progress.done).toBe(2);
  });
});
