import { isTraditional, toSimplified } from '../engine/text/t2s';
import { ensurePart, type TextSource } from './part-loader';

/** Makes sure a page in traditional script can be converted: OpenCC's tables come only for such text. */
export const ensureToSimplified = (within: readonly TextSource[], request: () => Promise<unknown>): Promise<boolean> =>
  ensurePart(() => toSimplified() !== undefined, (texts) => texts.some(isTraditional), within, request);
