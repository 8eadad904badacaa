/**
 * A value handed over by a separately injected script. The extension's on-demand parts (pinyin
 * dictionary, Readability, reader view) run as scripts of their own in the content script's isolated
 * world, so the one place both sides see is a global; Node entry points fill the same slot at start.
 */
export function globalSlot<T>(key: string): { set(value: T | undefined): void; get(): T | undefined } {
  const holder = globalThis as unknown as Record<string, T | undefined>;
  return {
    set: (value) => void (holder[key] = value),
    get: () => holder[key],
  };
}
