import type { Progress } from './types';

const CHUNK = 250;

/** Gives the page a chance to paint the progress bar and handle input between chunks. */
export function pause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** Maps in chunks, reporting progress after each, so thousands of extracts never freeze the page. */
export async function mapChunked<T, U>(items: readonly T[], fn: (item: T) => U, onProgress?: Progress): Promise<U[]> {
  const out: U[] = [];
  for (let i = 0; i < items.length; i += CHUNK) {
    for (const item of items.slice(i, i + CHUNK)) out.push(fn(item));
    onProgress?.(Math.min(i + CHUNK, items.length), items.length);
    if (i + CHUNK < items.length) await pause();
  }
  return out;
}

/** Local date and time as "2025-03-09 14:05": sorts as text and Excel/WPS read it as a date. */
export function formatDate(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
