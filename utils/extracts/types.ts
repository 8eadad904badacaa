import type { Figure, OutlineEntry } from '../engine/types';

export type ExtractKind = 'document' | 'section' | 'figures' | 'selection';

interface ExtractCommon {
  /** Identity hash of kind + document + normalised content: saving the same thing twice finds it. */
  id: string;
  kind: ExtractKind;
  /** The page address as saved, without its fragment. */
  url: string;
  /** The document the extract belongs to (url without fragment and tracking parameters): the grouping key. */
  docKey: string;
  /** Title of the document. */
  title: string;
  /** Host rule id of the site, "generic", or null. */
  site: string | null;
  /** Milliseconds since the epoch. */
  savedAt: number;
  updatedAt: number;
  tags: string[];
  note: string;
  /** Plain text of what was saved. */
  text: string;
}

export interface DocumentExtract extends ExtractCommon {
  kind: 'document';
  markdown: string;
  outline: OutlineEntry[];
  figures: Figure[];
}

export interface SectionExtract extends ExtractCommon {
  kind: 'section';
  heading: string;
  /** The section as Markdown, its heading line first. */
  markdown: string;
}

export interface FiguresExtract extends ExtractCommon {
  kind: 'figures';
  /** One figure or all figures of the document. */
  figures: Figure[];
}

export interface SelectionExtract extends ExtractCommon {
  kind: 'selection';
  /** Heading of the section the selection sits in, when known. */
  section: string | null;
}

export type Extract = DocumentExtract | SectionExtract | FiguresExtract | SelectionExtract;

/** What a save supplies; identity, grouping and times are filled in by the store. */
export type Draft =
  Omit<DocumentExtract, Derived> | Omit<SectionExtract, Derived> | Omit<FiguresExtract, Derived> | Omit<SelectionExtract, Derived>;
type Derived = 'id' | 'docKey' | 'savedAt' | 'updatedAt' | 'tags' | 'note';

/** A record as stored: the extract plus its search haystack (schema v2). */
export type StoredExtract = Extract & { haystack: string };

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export type StoreErrorCode = 'quota' | 'unavailable' | 'write' | 'not-found' | 'empty';
export interface StoreError {
  code: StoreErrorCode;
  /** The browser's own message, for the details line and bug reports. */
  detail: string;
}

export type Progress = (done: number, total: number) => void;
