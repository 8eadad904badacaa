import type { ExtractResult, Figure } from '@/utils/engine/types';
import type { SaveResult } from '@/utils/extracts/api';
import type { Extract } from '@/utils/extracts/types';
import type { PopupT } from './strings';

/** What a save button asks the popup to put in the library. */
export type SaveRequest =
  | { what: 'document'; tags: string[]; note: string }
  /** `index` is the entry's position in the outline. */
  | { what: 'section'; index: number }
  | { what: 'figures'; figures: readonly Figure[] };

/** Resolves to whether it was saved (or was already), so a form can clear itself. */
export type OnSave = (request: SaveRequest) => Promise<boolean>;

// Keys mirror the library's identities (utils/extracts/identity.ts), so a button can show "saved".
export const DOCUMENT_KEY = 'document';
export const sectionKey = (heading: string) => `section:${heading}`;
export const figuresKey = (figures: readonly Figure[]) => `figures:${figures.map((f) => `${f.raw}@${f.block}:${f.offset}`).join('|')}`;

/** The popup key of a stored extract; selections have no button of their own. */
export function savedKey(e: Extract): string | null {
  switch (e.kind) {
    case 'document':
      return DOCUMENT_KEY;
    case 'section':
      return sectionKey(e.heading);
    case 'figures':
      return figuresKey(e.figures);
    case 'selection':
      return null;
  }
}

/** The library code (IndexedDB) is loaded with the first save or mark, not with the popup's first paint. */
export async function saveRequest(request: SaveRequest, result: ExtractResult, url: string): Promise<SaveResult> {
  const { saveDocument, saveFigures, saveSection } = await import('@/utils/extracts/api');
  switch (request.what) {
    case 'document':
      return saveDocument(result, url, { tags: request.tags, note: request.note });
    case 'section':
      return saveSection(result, url, request.index);
    case 'figures':
      return saveFigures(result, url, request.figures);
  }
}

/** Names what was saved, for the confirmation. */
export function savedWhat(t: PopupT, request: SaveRequest, result: ExtractResult): string {
  switch (request.what) {
    case 'document':
      return t('saveWhat.document');
    case 'section': {
      const e = result.outline[request.index];
      return t('saveWhat.section', { heading: e ? e.marker + e.text : '' });
    }
    case 'figures':
      return request.figures.length === 1
        ? t('saveWhat.figure', { raw: request.figures[0]!.raw })
        : t('saveWhat.figures', { n: request.figures.length });
  }
}
