import type { SpinRepair, SpinResult } from '../types';
import type { SpinPass } from '../text/spin-page';
import type { RepairedBlock } from './repair';

/** The pass as the result reports it: each repair with its block and offset in the cleaned text. */
export function spinResult(pass: SpinPass, blocks: readonly RepairedBlock[], edits: ReadonlyMap<Text, string>): SpinResult {
  const where = new Map<Text, { block: number; start: number }>();
  blocks.forEach((b, block) =>
    b.segments.forEach((seg, i) => {
      // Block text is the segments' text trimmed and joined: close enough to point at the right element.
      let start = b.starts[i]!;
      for (const n of seg.nodes) {
        where.set(n, { block, start });
        start += (edits.get(n) ?? n.data).length;
      }
    }),
  );
  const repairs: SpinRepair[] = [];
  for (const r of pass.repairs) {
    const at = where.get(r.node);
    // A repair in a segment dropped as a duplicate is not in the text.
    if (at) repairs.push({ spun: r.spun, restored: r.restored, block: at.block, offset: at.start + r.to, context: r.context });
  }
  return { hits: pass.hits, repairs, context: pass.context };
}
