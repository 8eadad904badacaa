import type { Block, Figure, OutlineEntry } from '../types';

/** Finds the statistics a report claims (placeholder until the figures stage lands). */
export function findFigures(blocks: Block[], outline: OutlineEntry[], title: string): Figure[] {
  void blocks;
  void outline;
  void title;
  return [];
}
