import type { ExtractResult } from '../engine/types';
import type { SaveResult } from '../extracts/api';
import { isPageUrl } from '../extracts/identity';
import type { PageSelection, SaveOutcome } from '../page/messages';
import { sendToPage, type TabsApi } from './reader';
import { isPageSelection, isSaveMessage, MAX_SELECTION } from './validate';

export const saveMenuId = 'jingdu-save-selection';

/** What the save handlers need from the browser and the library; tests pass fakes. */
export interface SaveDeps {
  runtimeId: string;
  saveSelection(result: ExtractResult, url: string, text: string): Promise<SaveResult>;
}

export interface Sender {
  id?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/**
 * The page address to save under, when the sender is this extension's content script in the top frame
 * of a tab showing a web page; null for anything else (another extension, an extension page, a frame).
 */
export function pageUrlOf(sender: Sender, runtimeId: string): string | null {
  const url = sender.tab?.url;
  if (sender.id !== runtimeId || sender.tab?.id === undefined || sender.frameId !== 0 || !url) return null;
  return isPageUrl(url) ? url : null;
}

export async function saveSelectionAt(deps: SaveDeps, selection: PageSelection, url: string): Promise<SaveOutcome> {
  const text = selection.text.trim();
  if (!text) return { ok: false, code: 'no-selection' };
  if (text.length > MAX_SELECTION) return { ok: false, code: 'too-long' };
  const saved = await deps.saveSelection(selection.result, url, text);
  return saved.ok ? { ok: true, status: saved.value.status } : { ok: false, code: saved.error.code };
}

/** runtime.onMessage: the reader's save button. Undefined (no answer) for anything not from our page script. */
export function handleSaveMessage(deps: SaveDeps, msg: unknown, sender: Sender): Promise<SaveOutcome> | undefined {
  const url = pageUrlOf(sender, deps.runtimeId);
  return url !== null && isSaveMessage(msg) ? saveSelectionAt(deps, msg, url) : undefined;
}

/**
 * The "save extract" menu: asks the tab's content script for the selection (the menu's own
 * selectionText loses line breaks), saves it, and has the page show how it went. Null when the page
 * runs no script, so there is nobody to tell.
 */
export async function handleSaveMenuClick(
  api: TabsApi,
  deps: SaveDeps,
  menuItemId: string | number,
  tab?: { id?: number; url?: string },
): Promise<SaveOutcome | null> {
  if (menuItemId !== saveMenuId || tab?.id === undefined || tab.id < 0 || !tab.url || !isPageUrl(tab.url)) return null;
  const reply = await sendToPage<unknown>(api, tab.id, { type: 'jingdu:selection' });
  if (reply === null) return null;
  const outcome: SaveOutcome = isPageSelection(reply) ? await saveSelectionAt(deps, reply, tab.url) : { ok: false, code: 'no-answer' };
  await api.sendMessage(tab.id, { type: 'jingdu:saved', outcome }).catch(() => {});
  return outcome;
}
