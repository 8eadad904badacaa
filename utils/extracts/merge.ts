import { cleanTags, normalise } from './identity';
import type { Extract } from './types';

/**
 * Two notes for one extract: both kept unless one already contains the other. A note is the user's own
 * writing, so two tabs saving, an import or an undo must never silently drop one of them.
 */
export function mergeNotes(older: string, newer: string): string {
  if (older.includes(newer)) return older;
  if (newer.includes(older)) return newer;
  return `${older}\n\n${newer}`;
}

/** Two copies of one extract: the newer one's content, both sets of tags and both notes. */
export function mergeExtracts<T extends Extract>(a: T, b: T): T {
  const [newer, older] = b.updatedAt > a.updatedAt ? [b, a] : [a, b];
  const tags = cleanTags([...newer.tags, ...older.tags]);
  return { ...newer, savedAt: Math.min(a.savedAt, b.savedAt), tags, note: mergeNotes(older.note, newer.note) } as T;
}

/**
 * The user's edit of `base` applied to `current`, the record as stored now: tags and a note added in
 * another tab since the editor opened are kept, rather than overwritten by the editor's older copy.
 */
export function applyEdit(
  base: Pick<Extract, 'tags' | 'note'>,
  current: Pick<Extract, 'tags' | 'note'>,
  edit: { tags?: string[]; note?: string },
) {
  const had = new Set(base.tags.map(normalise));
  const tags = edit.tags ? cleanTags([...edit.tags, ...current.tags.filter((t) => !had.has(normalise(t)))]) : current.tags;
  const noteEdited = edit.note !== undefined && edit.note !== base.note;
  const noteChangedElsewhere = current.note !== base.note;
  const note = !noteEdited ? current.note : noteChangedElsewhere ? mergeNotes(current.note, edit.note!) : edit.note!;
  return { tags, note };
}
