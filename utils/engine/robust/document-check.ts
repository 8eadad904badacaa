/**
 * Robustness properties of the engine over generated and mutated pages (issue "Speed and safety,
 * proven"). Every generated page is checked against all four promises at once, so a case costs one
 * parse:
 *   1. analyse never throws, with or without force; an unforced analysis of an unrecognised page
 *      plans nothing; analysing does not change the page; the result stays proportional to the page;
 *   2. cleaning twice equals cleaning once (the visible text does not change on a second pass);
 *   3. the plan removes no more than the engine reports in `removed` (see checkAccounting);
 *   4. undoing restores the page exactly, in linkedom and happy-dom, and through PageCleaner.
 * Engine bugs these found are pinned by the regression tests (regressions.test.ts). The properties
 * still recognise those bugs' signatures (counted in `drifts` and `knownBugs`, printed at the end of
 * each property file): since the fixes most counts are 0, and a rare second-pass drift (the root moving
 * once noise is hidden, a notice or title duplicate found only on the second pass) remains, reported,
 * not hidden.
 */
import { PageCleaner } from '../../page/cleaner';
import { givenParts } from '../../page/part-source';
import { analyse, applyPlan, type Analysis, type NoiseKind } from '../index';
import { nodeParts } from '../node-parts';
import { locate } from '../stages/locate';
import { recognise } from '../stages/recognise';
import { isBlockTag, segment } from '../stages/segment';
import { pinyinReadings } from '../text/pinyin-dictionary';
import { checkAccounting, checkResultSize, fail, firstDifference, HIDDEN_STYLE, planSize, short, visibleText } from './checks';

/**
 * Known ways a second cleaning still differs from the first (each is reported as an engine bug and
 * pinned by a regression test in regressions.test.ts). A drift is only excused when it is explained by one of them;
 * anything else fails. Remove an entry once its bug is fixed.
 *  - root-moves: the content root is chosen by raw text weight, noise included, so on the cleaned
 *    page another element wins and a different part of the page gets repaired or treated as chrome;
 *  - title-changes: the title is taken from raw text (pinyin and spam spans included), so after the
 *    first cleaning a different title makes different blocks duplicates of it;
 *  - uncut-blocks: block rules see a block's text before span rules cut it, so a notice that a spam
 *    span hid from them is found on the second pass, inside a block the first pass already edited;
 *  - merged-segments: once a block element is hidden, the text on either side of it becomes one
 *    repair segment, and a segment holding any noise text node is dropped whole, so its content is
 *    neither repaired nor extracted (the second pass, with the noise node emptied, repairs it).
 */
export const drifts = { 'root-moves': 0, 'title-changes': 0, 'uncut-blocks': 0, 'merged-segments': 0 };
type Drift = keyof typeof drifts;

function blockOf(n: Node): Element | null {
  let el = n.nodeType === 1 ? (n as Element) : n.parentElement;
  while (el && !isBlockTag(el.localName)) el = el.parentElement;
  return el;
}

function shown(n: Node): boolean {
  for (let el = n.nodeType === 1 ? (n as Element) : n.parentElement; el; el = el.parentElement) {
    if (HIDDEN_STYLE.test(el.getAttribute('style') ?? '')) return false;
  }
  return true;
}

/** Called with the page as found; leaves it that way. */
function explainDrift(doc: Document, url: string, first: Analysis, second: Analysis): Drift | null {
  const rule = recognise(doc, url, pinyinReadings).rule;
  const found = locate(doc, rule);
  const undo = applyPlan(first.plan);
  const cleaned = locate(doc, rule);
  // What the second pass changed that a reader could see (hiding the hidden again changes nothing).
  const hides = second.plan.hide.map((h) => h.el).filter(shown);
  const edits = [...second.plan.edits].filter(([n, t]) => t !== n.data && shown(n)).map(([n]) => n);
  undo();
  if (found.root !== cleaned.root) return 'root-moves';
  if (found.title !== cleaned.title) return 'title-changes';

  const hidden = new Set(first.plan.hide.map((h) => h.el));
  const merged = segment(found.root, (el) => hidden.has(el)).filter(
    (seg) => seg.nodes.some((n) => first.plan.edits.get(n) === '') && seg.nodes.some((n) => !first.plan.edits.has(n) && /\S/.test(n.data)),
  );
  const mergedNodes = [...new Set<Node>(merged.flatMap((seg) => seg.nodes))];
  const inMerged = hides.every((el) => mergedNodes.some((n) => el.contains(n))) && edits.every((n) => mergedNodes.includes(n));
  if (merged.length && inMerged) return 'merged-segments';

  const cutNodes = [...first.plan.edits].filter(([n, t]) => t !== '' && t !== n.data).map(([n]) => n);
  const cutBlocks = new Set(cutNodes.map(blockOf));
  const touchesCut = (el: Element) => cutNodes.some((n) => el.contains(n)) || cutBlocks.has(blockOf(el));
  const onlyCut = hides.every(touchesCut) && edits.every((n) => cutBlocks.has(blockOf(n)));
  return cutNodes.length && onlyCut ? 'uncut-blocks' : null;
}

/** The four properties on one document. Returns what happened, for the coverage summary. */
export function checkDocument(doc: Document, url: string, keepList: readonly NoiseKind[]): { detected: boolean; touched: boolean } {
  const keep = new Set<string>(keepList);
  const before = doc.documentElement.outerHTML;

  // 1. Never throws; reading is not rewriting.
  const plain = analyse(doc, url, nodeParts, { keep: keepList });
  checkResultSize(plain, doc);
  if (!plain.result.detected && planSize(plain) > 0) fail('untouched', 'an unrecognised page got a plan without force');
  if (doc.documentElement.outerHTML !== before) fail('pure', 'analyse changed the document');
  const first = analyse(doc, url, nodeParts, { keep: keepList, force: true });
  for (let b = 0; b < 3; b++) first.elementAt(b, 5);

  // 3. Accounting, on the document as found.
  checkAccounting(first, keep);

  // 2. Idempotence.
  const undoFirst = applyPlan(first.plan);
  const once = visibleText(doc);
  const second = analyse(doc, url, nodeParts, { keep: keepList, force: true });
  const undoSecond = applyPlan(second.plan);
  const twice = visibleText(doc);
  undoSecond();
  undoFirst();

  // 4. Exact restore, of both layers in reverse order.
  const after = doc.documentElement.outerHTML;
  if (after !== before) fail('restore', `undo left the page different ${firstDifference(before, after)}`);

  if (twice !== once) {
    const known = explainDrift(doc, url, first, second);
    if (!known) {
      const removed = second.result.removed.map((r) => `${r.kind}:${short(r.text, 60)}`).join(', ');
      fail('idempotent', `a second cleaning changed the visible text ${firstDifference(once, twice)}; second pass removed ${removed}`);
    }
    drifts[known!]++;
  }
  return { detected: plain.result.detected, touched: planSize(first) > 0 };
}

/** PageCleaner's state marker is the one intended trace of cleaning; everything else must return. */
function outerWithoutMarker(doc: Document): string {
  const html = doc.documentElement;
  const marker = html.getAttribute('data-jingdu');
  html.removeAttribute('data-jingdu');
  const out = html.outerHTML;
  if (marker !== null) html.setAttribute('data-jingdu', marker);
  return out;
}

export function checkCleaner(doc: Document, url: string, keep: readonly NoiseKind[]): void {
  const before = outerWithoutMarker(doc);
  const cleaner = new PageCleaner(
    doc,
    () => url,
    () => ({ keep }),
    givenParts(nodeParts),
  );
  const cleaned = cleaner.clean();
  if (!cleaned && outerWithoutMarker(doc) !== before) fail('cleaner', 'an unrecognised page was changed without force');
  cleaner.restore();
  if (outerWithoutMarker(doc) !== before)
    fail('cleaner', `restore after clean() left a difference ${firstDifference(before, outerWithoutMarker(doc))}`);
  cleaner.clean(true);
  const once = visibleText(doc);
  cleaner.clean(true); // already clean: must be a no-op
  if (visibleText(doc) !== once) fail('cleaner', 'a second clean() changed the page');
  cleaner.restore();
  cleaner.restore(); // restoring twice must not undo anything twice
  const after = outerWithoutMarker(doc);
  if (after !== before) fail('cleaner', `restore after clean(true) left a difference ${firstDifference(before, after)}`);
}
