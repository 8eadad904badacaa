/**
 * How a separately injected part reaches the content script. The parts (utils/page/parts.ts) run as
 * scripts of their own in the content script's isolated world, so the one place both sides see is a
 * global of that world; the page's own scripts cannot see it.
 */
export function handoff<T>(key: string): { offer(value: T | undefined): void; take(): T | undefined } {
  const holder = globalThis as unknown as Record<string, T | undefined>;
  return {
    offer: (value) => void (holder[key] = value),
    take: () => holder[key],
  };
}
