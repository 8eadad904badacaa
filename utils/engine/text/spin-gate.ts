/**
 * 伪原创 evidence (chinese-text-rules.md §4.2), the part of spin repair every page carries: the
 * unambiguous forms (mangled non-words, spun compounds, never-grammatical forms) and the scan that finds
 * them. A page with too few is never touched and loads nothing; one with enough is repaired by the spin
 * part (spin.ts, which the driver answers with: engine/parts.ts), or, when that part could not be had,
 * by replacing its unambiguous forms alone (repairUnambiguous).
 */
import { UNAMBIGUOUS } from './spin-pairs';
import { charClass, inClass } from './char-class';

export interface SpinEdit {
  /** Offset of the spun form in the text given. */
  at: number;
  /** Offset of the restored form in the repaired text. */
  to: number;
  spun: string;
  restored: string;
  /** Decided in context with word frequencies (not from the unambiguous list). */
  context: boolean;
}

export interface SpinRepaired {
  text: string;
  edits: SpinEdit[];
}

export interface Form {
  spun: string;
  originals: string[];
  unambiguous: boolean;
}

/** Forms of a table (`spun original…` per line) by their first character, longest first. */
export function formIndex(table: string, unambiguous: boolean): Map<string, Form[]> {
  const byFirst = new Map<string, Form[]>();
  for (const line of table.split('\n')) {
    const [spun, ...originals] = line.split(' ');
    if (!spun || !originals.length) continue;
    const list = byFirst.get(spun[0]!) ?? [];
    list.push({ spun, originals, unambiguous });
    byFirst.set(spun[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.spun.length - a.spun.length);
  return byFirst;
}

// The unambiguous forms are constant: indexed once, on the first text scanned, for every page alike.
let sure: Map<string, Form[]> | undefined;
const sureForms = () => (sure ??= formIndex(UNAMBIGUOUS, true));
/**
 * The first characters of unambiguous forms (a class of the shared character table), and their first two
 * as one number: one table read per character of a page without spin, a set lookup only where a form
 * could start (可, 不 and 进 are common).
 */
let starters: { first: number; two: Set<number> } | undefined;
function starterTable() {
  if (!starters) {
    let chars = '';
    const two = new Set<number>();
    for (const list of sureForms().values())
      for (const { spun } of list) {
        chars += spun[0];
        two.add(spun.charCodeAt(0) * 0x10000 + spun.charCodeAt(1));
      }
    starters = { first: charClass(chars), two };
  }
  return starters;
}

/** The unambiguous spun forms of a text by start, found once: their count is the page evidence, and the repair takes them. */
export type SpinSpans = ReadonlyMap<number, Form>;

export const NO_SPANS: SpinSpans = new Map();

/**
 * The unambiguous forms of a text, longest first over the whole string (交融式开展 before 军民交融, which
 * overlaps it), as a map from start to form. Most texts have no character any form starts with.
 */
export function spinSpans(text: string): SpinSpans {
  const byFirst = sureForms();
  const starts = starterTable();
  const found: Array<{ at: number; f: Form }> = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!inClass(c, starts.first) || !starts.two.has(c * 0x10000 + text.charCodeAt(i + 1))) continue;
    const list = byFirst.get(text[i]!);
    if (list) for (const f of list) if (text.startsWith(f.spun, i)) found.push({ at: i, f });
  }
  if (!found.length) return NO_SPANS;
  const taken = new Map<number, Form>();
  found.sort((a, b) => b.f.spun.length - a.f.spun.length || a.at - b.at);
  const used = new Uint8Array(text.length);
  for (const { at, f } of found) {
    if (used.subarray(at, at + f.spun.length).some((u) => u)) continue;
    used.fill(1, at, at + f.spun.length);
    taken.set(at, f);
  }
  return taken;
}

/** How many unambiguous spun forms the text holds: the page-level evidence the repair is gated on. */
export const spinHits = (text: string): number => spinSpans(text).size;

/** Fewer unambiguous hits than this on a page and it is never touched (chinese-text-rules.md §4.2). */
export const SPIN_GATE = 3;

/** Whether texts hold enough spin evidence to ask for the spin part (the pipeline asks before loading it). */
export const hasSpinEvidence = (texts: readonly string[]): boolean => {
  let hits = 0;
  for (const t of texts) if ((hits += spinHits(t)) >= SPIN_GATE) return true;
  return false;
};

/** A text with its unambiguous forms (its spinSpans) replaced, and nothing else: the repair without the spin part. */
export function repairUnambiguous(text: string, spans: SpinSpans): SpinRepaired {
  if (!spans.size) return { text, edits: [] };
  const edits: SpinEdit[] = [];
  let out = '';
  let from = 0;
  for (const at of [...spans.keys()].sort((a, b) => a - b)) {
    const f = spans.get(at)!;
    out += text.slice(from, at);
    edits.push({ at, to: out.length, spun: f.spun, restored: f.originals[0]!, context: false });
    out += f.originals[0]!;
    from = at + f.spun.length;
  }
  return { text: out + text.slice(from), edits };
}

/**
 * The spin part (engine/parts.ts `spin`): the repair that decides forms that are also normal words, with
 * jieba's word frequencies and the context pairs they were cut for. Made by spin.ts spinRepairer.
 */
export interface SpinRepairer {
  /**
   * Starts a page: learns what all its texts say of their words (spin.ts Collocations), then repairs each
   * text of it (given with its spinSpans). Left context is read as already repaired, right as written.
   */
  page(texts: readonly string[]): (text: string, spans: SpinSpans) => SpinRepaired;
}
