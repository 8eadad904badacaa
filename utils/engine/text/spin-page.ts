import { NO_SPANS, repairUnambiguous, SPIN_GATE, spinSpans, type SpinRepairer, type SpinSpans } from './spin-gate';

export interface NodeRepair {
  node: Text;
  /** Offset of the restored form in the node's repaired text. */
  to: number;
  spun: string;
  restored: string;
  context: boolean;
}

export interface SpinPass {
  /** Unambiguous hits on the page: the evidence. */
  hits: number;
  repairs: NodeRepair[];
  /** Each repaired node's text before the spin repair (pinyin and noise already cut): the spun original. */
  before: Map<Text, string>;
  /** The spin part was there, so words that are also normal words were decided in context. */
  context: boolean;
}

/**
 * Repairs spin in text nodes, writing into `edits` (node → new text, as every repair edit). Null when
 * the page lacks the evidence: then nothing is read twice and nothing changes.
 * @param repairer the spin part, when the driver had it to give (engine/parts.ts); without it only the
 * unambiguous forms are replaced
 */
export function repairSpinIn(nodes: readonly Text[], edits: Map<Text, string>, repairer: SpinRepairer | undefined): SpinPass | null {
  const textOf = (n: Text) => edits.get(n) ?? n.data;
  // Each text's forms are found once: counted for the gate, then handed to the repair (kept only where there are some).
  const found = new Map<Text, SpinSpans>();
  let hits = 0;
  for (const n of nodes) {
    const spans = spinSpans(textOf(n));
    if (!spans.size) continue;
    hits += spans.size;
    found.set(n, spans);
  }
  if (hits < SPIN_GATE) return null;
  const pass: SpinPass = { hits, repairs: [], before: new Map(), context: repairer !== undefined };
  // The page's collocations are learnt from all its texts before any is repaired (spin.ts Collocations).
  const repairText = repairer ? repairer.page(nodes.map(textOf)) : repairUnambiguous;
  for (const node of nodes) {
    const spans = found.get(node);
    // Without the spin part only unambiguous forms change, and this text has none.
    if (!spans && !repairer) continue;
    const text = textOf(node);
    const r = repairText(text, spans ?? NO_SPANS);
    if (!r.edits.length) continue;
    pass.before.set(node, text);
    edits.set(node, r.text);
    for (const e of r.edits) pass.repairs.push({ node, to: e.to, spun: e.spun, restored: e.restored, context: e.context });
  }
  return pass;
}
