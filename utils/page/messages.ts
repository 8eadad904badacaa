import type { ExtractResult } from '../engine/types';
import type { PageState } from './cleaner';

/** Messages the extension's own pages send to a tab's content script. */
export type PageMessage =
  | { type: 'jingdu:clean' }
  | { type: 'jingdu:show-original' }
  | { type: 'jingdu:result' };

export interface PageStatus {
  state: PageState;
  detected: boolean;
  result?: ExtractResult;
}

const TYPES = new Set<string>(['jingdu:clean', 'jingdu:show-original', 'jingdu:result']);

export function isPageMessage(msg: unknown): msg is PageMessage {
  return typeof msg === 'object' && msg !== null && TYPES.has((msg as { type?: unknown }).type as string);
}
