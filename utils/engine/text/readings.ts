import { globalSlot } from '../slot';

/**
 * Where pinyin verification gets the readings of a hanzi. The dictionary is large (pinyin-pro,
 * ~145 KB gzipped), so the engine does not import it: Node entry points install it at start, and the
 * extension injects it into a tab only when the page has annotation candidates. Both fill this slot.
 */
export type ReadingsOf = (ch: string) => readonly string[];

const slot = globalSlot<ReadingsOf>('__jingduReadings');
export const setReadings = slot.set;
export const readingSource = slot.get;
