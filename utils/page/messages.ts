import type { ExtractResult } from '../engine/types';
import type { SaveStatus } from '../extracts/db';
import type { StoreErrorCode } from '../extracts/types';
import type { PageState } from './cleaner';
import type { Glance } from './glance';
import type { OcrStatus } from './ocr-run';

/** Read image pages (OCR): start, stop, or ask how it stands; answered with an OcrStatus. */
export type OcrAction = 'start' | 'stop' | 'status';
export type { OcrStatus };

export type SaveFailure = StoreErrorCode | 'too-long' | 'no-selection' | 'no-answer';
/** How saving a selection went, for the page to tell the user. */
export type SaveOutcome = { ok: true; status: SaveStatus } | { ok: false; code: SaveFailure };

/** Messages the extension's own pages send to a tab's content script. */
export type PageMessage =
  | { type: 'jingdu:clean' }
  | { type: 'jingdu:show-original' }
  | { type: 'jingdu:result' }
  /** Answered with the status and a Glance of the result, what the popup draws first. */
  | { type: 'jingdu:glance' }
  | { type: 'jingdu:scroll-to'; block: number; offset?: number }
  /** Show the spun words as the page wrote them (true) or repaired (false). */
  | { type: 'jingdu:spin-view'; spun: boolean }
  /** Convert a page in traditional script to simplified although it is no mirror (the user asked). */
  | { type: 'jingdu:simplify' }
  | { type: 'jingdu:reader'; open?: boolean }
  /** Answered with a PageSelection. */
  | { type: 'jingdu:selection' }
  | { type: 'jingdu:saved'; outcome: SaveOutcome }
  | { type: 'jingdu:ocr'; action: OcrAction };

export interface PageStatus {
  state: PageState;
  detected: boolean;
  /** Host rule id, "generic", or null. */
  site: string | null;
  readerOpen: boolean;
  /** The spun words are shown as the page wrote them. */
  spunShown?: boolean;
  result?: ExtractResult;
  glance?: Glance;
  /** The page's address, which saved extracts point back to. */
  url?: string;
}

/** What the user selected (in the page, or in the reader when it is open) and the result it belongs to. */
export interface PageSelection {
  text: string;
  result: ExtractResult;
}

/** The one message a content script sends the background. */
export interface SaveMessage extends PageSelection {
  type: 'jingdu:save';
  what: 'selection';
}

const SAVE_STATUSES: readonly unknown[] = ['created', 'updated', 'exists'] satisfies SaveStatus[];
const SAVE_FAILURES: readonly unknown[] = [
  'quota',
  'unavailable',
  'write',
  'not-found',
  'empty',
  'too-long',
  'no-selection',
  'no-answer',
] satisfies SaveFailure[];

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

export function isSaveOutcome(x: unknown): x is SaveOutcome {
  if (!isObject(x)) return false;
  return x.ok === true ? SAVE_STATUSES.includes(x.status) : x.ok === false && SAVE_FAILURES.includes(x.code);
}

export function isPageMessage(msg: unknown): msg is PageMessage {
  if (!isObject(msg)) return false;
  switch (msg.type) {
    case 'jingdu:clean':
    case 'jingdu:show-original':
    case 'jingdu:result':
    case 'jingdu:glance':
    case 'jingdu:selection':
    case 'jingdu:simplify':
      return true;
    case 'jingdu:scroll-to':
      return (
        Number.isInteger(msg.block) &&
        (msg.block as number) >= 0 &&
        (msg.offset === undefined || (Number.isInteger(msg.offset) && (msg.offset as number) >= 0))
      );
    case 'jingdu:spin-view':
      return typeof msg.spun === 'boolean';
    case 'jingdu:reader':
      return msg.open === undefined || typeof msg.open === 'boolean';
    case 'jingdu:saved':
      return isSaveOutcome(msg.outcome);
    case 'jingdu:ocr':
      return msg.action === 'start' || msg.action === 'stop' || msg.action === 'status';
    default:
      return false;
  }
}
