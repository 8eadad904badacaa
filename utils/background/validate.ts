import type { ExtractResult, OutlineEntry } from '../engine/types';
import type { PageSelection, SaveMessage } from '../page/messages';

/** About 25 pages of Chinese; more than that is a whole document, which the popup saves as one. */
export const MAX_SELECTION = 50_000;
// Far above any real report (the engine serialises a few hundred thousand characters at most), low
// enough that a runaway or forged message is refused before anything is stored.
const MAX_TEXT = 5_000_000;
const MAX_TITLE = 2_000;
const MAX_ITEMS = 20_000;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isText = (x: unknown, max: number): x is string => typeof x === 'string' && x.length <= max;
const isIndex = (x: unknown) => Number.isInteger(x) && (x as number) >= 0;
const isList = (x: unknown): x is unknown[] => Array.isArray(x) && x.length <= MAX_ITEMS;

function isOutlineEntry(x: unknown): x is OutlineEntry {
  return (
    isObject(x) &&
    isIndex(x.level) &&
    isText(x.text, MAX_TITLE) &&
    isIndex(x.block) &&
    isIndex(x.offset) &&
    isText(x.marker, MAX_TITLE) &&
    (x.missing === undefined || typeof x.missing === 'boolean')
  );
}

/**
 * The engine result as the content script sends it. Checked in depth where a save reads it (title, site,
 * text, Markdown, outline); the rest only for its kind, since a selection extract never stores it.
 */
export function isEngineResult(x: unknown): x is ExtractResult {
  return (
    isObject(x) &&
    typeof x.detected === 'boolean' &&
    (x.site === null || isText(x.site, MAX_TITLE)) &&
    isText(x.title, MAX_TITLE) &&
    ['full', 'preview-only', 'none'].includes(x.textLayer as string) &&
    isText(x.text, MAX_TEXT) &&
    isText(x.markdown, MAX_TEXT) &&
    isList(x.outline) &&
    x.outline.every(isOutlineEntry) &&
    isList(x.reasons) &&
    isList(x.figures) &&
    isList(x.removed)
  );
}

/** The text may be too long or empty: that is the user's doing and gets a message, not silence. */
export function isPageSelection(x: unknown): x is PageSelection {
  return isObject(x) && isText(x.text, MAX_TEXT) && isEngineResult(x.result);
}

export function isSaveMessage(x: unknown): x is SaveMessage {
  return isObject(x) && x.type === 'jingdu:save' && x.what === 'selection' && isPageSelection(x);
}
