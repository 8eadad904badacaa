import type { ExtractResult } from '../engine/types';
import type { PageState } from './cleaner';

/** Messages the extension's own pages send to a tab's content script. */
export type PageMessage =
  | { type: 'jingdu:clean' }
  | { type: 'jingdu:show-original' }
  | { type: 'jingdu:result' }
  | { type: 'jingdu:scroll-to'; block: number }
  | { type: 'jingdu:reader'; open?: boolean };

export interface PageStatus {
  state: PageState;
  detected: boolean;
  /** Host rule id, "generic", or null. */
  site: string | null;
  readerOpen: boolean;
  result?: ExtractResult;
}

export function isPageMessage(msg: unknown): msg is PageMessage {
  if (typeof msg !== 'object' || msg === null) return false;
  const m = msg as Record<string, unknown>;
  switch (m.type) {
    case 'jingdu:clean':
    case 'jingdu:show-original':
    case 'jingdu:result':
      return true;
    case 'jingdu:scroll-to':
      return Number.isInteger(m.block) && (m.block as number) >= 0;
    case 'jingdu:reader':
      return m.open === undefined || typeof m.open === 'boolean';
    default:
      return false;
  }
}
