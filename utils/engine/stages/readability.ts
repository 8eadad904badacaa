import type { Readability } from '@mozilla/readability';
import { globalSlot } from '../slot';

/**
 * Where locate() gets Readability, its last-resort content finder. Readability is a third of the
 * content script, and the fast finders settle most pages, so the engine does not import it: Node
 * entry points install it at start, and the extension injects it into a tab only when a page needs
 * it. Both fill this slot.
 */
export type ReadabilityParser = typeof Readability;

const slot = globalSlot<ReadabilityParser>('__jingduReadability');
export const setReadability = slot.set;
export const readabilitySource = slot.get;
