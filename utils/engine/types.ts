// Shared shapes of the engine. Pure data: no DOM types leak into the JSON result.

export type NoiseKind =
  | 'download-prompt'
  | 'paywall'
  | 'meta'
  | 'boilerplate'
  | 'ad'
  | 'contact'
  | 'related'
  | 'comments'
  | 'navigation'
  | 'page-marker'
  | 'chunk-marker'
  | 'pinyin'
  | 'duplicate'
  | 'watermark'
  /** Everything else of the site outside the document (hidden on screen, never part of the text). */
  | 'site';

export interface Removal {
  kind: NoiseKind;
  text: string;
}

/** One block of the cleaned document, in reading order. */
export interface Block {
  text: string;
  /** Lower-case tag of the element the block came from: p, li, h1…h6, td, div… */
  tag: string;
  /** The whole block is bold (<strong>/<b> or font-weight ≥ 600). */
  bold: boolean;
  /** Recognised text (an OCR layer's data-confidence): the recogniser's lowest line confidence, 0–1. */
  confidence?: number;
}

export interface OutlineEntry {
  /** Relative level: the top level present is 1. */
  level: number;
  text: string;
  /** Index into the blocks the outline was computed from. */
  block: number;
  /** Character offset of the heading (including its marker) inside that block's text. */
  offset: number;
  /** The numbering marker as written ("一、", "（一）", "1.") or "" for unnumbered headings. */
  marker: string;
  /** True for a table-of-contents entry whose article is not in the shown text. */
  missing?: boolean;
}

export type Bound = 'exact' | 'lower' | 'upper' | 'approx' | 'range';
export type FigureKind = 'money' | 'count' | 'percent' | 'area' | 'length' | 'weight' | 'other';

export interface Figure {
  raw: string;
  value: number | [number, number] | null;
  unit: string | null;
  scale?: string;
  bound: Bound;
  qualifier?: string;
  masked: boolean;
  mask?: string;
  kind: FigureKind;
  sentence: string;
  section: string | null;
  block: number;
  offset: number;
  /** Read by OCR from a block the recogniser was unsure of: to be checked against the page image. */
  lowConfidence?: true;
}

/** A spun (伪原创) word put back, and where the cleaned text has it. */
export interface SpinRepair {
  spun: string;
  restored: string;
  /** Index into the blocks the text was built from, and the restored word's offset in that block's text. */
  block: number;
  offset: number;
  /** Decided in context with word frequencies, not from the list of forms that are never normal words. */
  context: boolean;
}

/** The 伪原创 repair of a page that showed the evidence for it. */
export interface SpinResult {
  /** Unambiguous spun forms found: the evidence (≥ 3). */
  hits: number;
  repairs: SpinRepair[];
  /** False when the word frequencies could not be loaded: only the unambiguous forms were repaired. */
  context: boolean;
}

/** A page in traditional script, and whether it was converted to simplified. */
export interface ScriptResult {
  traditional: true;
  /** Why the page is taken for a mirror of a simplified original (host, pinyin, mainland terms); empty if not. */
  mirror: string[];
  /** OpenCC's source variant used (t2s, tw2s, hk2s). */
  from: 't' | 'tw' | 'hk';
  converted: boolean;
  /** Characters OpenCC changed. */
  chars: number;
  /** Conversion was wanted but OpenCC's tables could not be loaded. */
  unavailable?: boolean;
}

/**
 * Where the document's text comes from: the page's own text ('full'), the preview block of a page whose
 * document is drawn ('preview-only'), or the text layer put into the page for what it draws on canvases
 * ('canvas', exact) or shows as page images ('ocr', recognised).
 */
export type TextLayer = 'full' | 'preview-only' | 'canvas' | 'ocr' | 'none';

/**
 * Why a recognised page was left as it is: it shows no document, or the document is so small a part of
 * what it shows that hiding the rest would leave the reader looking at almost nothing.
 */
export type Held = 'no-document' | 'little-document';

export interface ExtractResult {
  detected: boolean;
  site: string | null;
  reasons: string[];
  title: string;
  textLayer: TextLayer;
  /** Set when the page was recognised but not cleaned. */
  held?: Held;
  text: string;
  markdown: string;
  outline: OutlineEntry[];
  figures: Figure[];
  removed: Removal[];
  /** Present when spin repair was asked for and the page had the evidence. */
  spin?: SpinResult;
  /** Present when the page's text is in traditional script. */
  script?: ScriptResult;
}
