import type { Block, OutlineEntry } from '../types';

/** Finds the headings of a cleaned document (placeholder until the outline stage lands). */
export function findOutline(blocks: Block[], title: string): OutlineEntry[] {
  void blocks;
  void title;
  return [];
}
