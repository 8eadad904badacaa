import type { PartName, Parts } from '../engine/parts';
import { handoff } from './handoff';

/**
 * Where a driver of the engine gets the parts an analysis asks for: `take` what is there now (a sync
 * analysis gets only that), `load` what is not (a part injected into the tab on first need).
 */
export interface PartSource {
  take<K extends PartName>(name: K): Parts[K];
  load<K extends PartName>(name: K): Promise<Parts[K]>;
}

const offered = <K extends PartName>(name: K) => handoff<NonNullable<Parts[K]>>(`__jingduPart:${name}`);

/** An injected part hands itself over (entrypoints/readability.ts and the others). */
export const offerPart = <K extends PartName>(name: K, value: NonNullable<Parts[K]>): void => offered(name).offer(value);

/**
 * The parts of a tab: injected by the background on request. A refused injection (the extension
 * reloaded, no access to the frame) leaves the part missing and the page working without it.
 * @param request asks the background to inject the part's script into this frame
 */
export function injectedParts(request: (name: PartName) => Promise<unknown>): PartSource {
  const take = <K extends PartName>(name: K): Parts[K] => offered(name).take();
  return {
    take,
    async load(name) {
      const have = take(name);
      if (have) return have;
      try {
        await request(name);
      } catch {
        return undefined;
      }
      return take(name);
    },
  };
}

/** Parts already at hand (Node, tests): nothing to load. */
export const givenParts = (parts: Parts): PartSource => ({ take: (name) => parts[name], load: async (name) => parts[name] });
