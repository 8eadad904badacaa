/** Runs one stage, adding the milliseconds it took to `timings[stage]` when timings are kept (the benchmark). */
export function timed<T>(timings: Record<string, number> | undefined, stage: string, run: () => T): T {
  if (!timings) return run();
  const start = performance.now();
  const out = run();
  timings[stage] = (timings[stage] ?? 0) + performance.now() - start;
  return out;
}
