import { readingSize } from '@/utils/markdown-blocks';
import type { ExtractResult, Held, NoiseKind, OutlineEntry, TextLayer } from '../engine/types';

/**
 * What the popup's first paint shows of a page's result: status, counts and the outline, without the
 * text, Markdown, figures and removed strings, which can be hundreds of kilobytes on a long document
 * and would all be copied across the message channel before anything is drawn. The popup asks for the
 * full result right after.
 */
export interface Glance {
  detected: boolean;
  title: string;
  textLayer: TextLayer;
  held?: Held;
  /** Characters of Chinese plus words of other scripts in the text (the reader's measure). */
  chars: number;
  /** There is text to copy, read or save. */
  readable: boolean;
  outline: OutlineEntry[];
  figures: number;
  /** Removals counted by kind, most first; ties keep the engine's order. */
  removed: [NoiseKind, number][];
}

/** Kinds by how often they were removed, most first; ties keep the engine's order. */
export function countByKind(removed: readonly { kind: NoiseKind }[]): [NoiseKind, number][] {
  const counts = new Map<NoiseKind, number>();
  for (const r of removed) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

export function glanceOf(result: ExtractResult): Glance {
  return {
    detected: result.detected,
    title: result.title,
    textLayer: result.textLayer,
    ...(result.held ? { held: result.held } : {}),
    chars: readingSize(result.text),
    readable: result.textLayer !== 'none' && result.text.trim() !== '',
    outline: result.outline,
    figures: result.figures.length,
    removed: countByKind(result.removed),
  };
}
