import type { Readability } from '@mozilla/readability';

/**
 * Where locate() gets Readability, its last-resort content finder. Readability is a third of the
 * content script, and the fast finders settle most pages, so the engine does not import it: Node
 * entry points install it at start, and the extension injects it into a tab only when a page needs
 * it. Both register here; the extension's copy arrives as a separate script in the same isolated
 * world, hence the global.
 */
export type ReadabilityParser = typeof Readability;

const KEY = '__jingduReadability';
type Holder = { [KEY]?: ReadabilityParser };

export function setReadability(source: ReadabilityParser | undefined): void {
  (globalThis as Holder)[KEY] = source;
}

export function readabilitySource(): ReadabilityParser | undefined {
  return (globalThis as Holder)[KEY];
}
