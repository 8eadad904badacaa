/**
 * 伪原创 repair (chinese-text-rules.md §4.2), the spin part: spun words back to the originals, longest
 * match first. The unambiguous forms come found (spin-gate.ts spinSpans, which every page carries for the
 * gate) and are replaced outright; a form that is also a normal word (开展, 效劳, 情势) only when the
 * page's own wording or jieba's word frequencies call for the original in the window around it (decide,
 * below). Not in the content script: entrypoints/spin-dictionary.ts offers spinRepairer with the words,
 * Node makes it from its imports (node-parts.ts).
 */
import {
  formIndex,
  repairUnambiguous,
  spinSpans,
  type Form,
  type SpinEdit,
  type SpinRepaired,
  type SpinRepairer,
  type SpinSpans,
} from './spin-gate';
import { GOVERNORS, ITEM_HEAD, MANNER, OBJECTLESS, ONGOING, TITLE_END } from './spin-pairs';
import type { WordFrequencies } from './spin-words';

export type { SpinEdit } from './spin-gate';

/** Hanzi of context on each side of a candidate (a window stops at punctuation or a non-Han character). */
const REACH = 4;
/** The fewest occurrences a compound the swap broke must have in jieba's counts (its rarest entries have 3). */
const MIN_COMPOUND = 3;
/** How much more often that compound must occur than any word the written form makes with its neighbours. */
const COMPOUND_RATIO = 10;
/**
 * How much more often the original must occur than the written form's best reading: 20×. 发展 is only 10× 开展, and most 开展 in a report are meant (开展活动); 进行 is 27× 进展.
 */
const COMMONER = 20;
const HAN = /\p{Script=Han}/u;
/** A table of spin-pairs.ts (`spun original` per line) as spun → original. */
const pairMap = (table: string) => new Map(table.split('\n').map((l) => l.split(' ') as [string, string]));

function leftOf(s: string): string {
  let i = s.length;
  while (i > 0 && s.length - i < REACH && HAN.test(s[i - 1]!)) i--;
  return s.slice(i);
}
function rightOf(s: string, from: number): string {
  let i = from;
  while (i < s.length && i - from < REACH && HAN.test(s[i]!)) i++;
  return s.slice(from, i);
}

/**
 * The most frequent dictionary word of the window that takes in the form (`whole`: all of it, else any
 * part) and reaches past it: the compound a swap broke (心理咨询) or one the written form makes (醒目).
 */
function crossing(left: string, form: string, right: string, w: WordFrequencies, whole: boolean): number {
  const s = left + form + right;
  const from = left.length;
  const to = from + form.length;
  let top = 0;
  for (let i = 0; i < to; i++)
    for (let n = 2; n <= w.longest && i + n <= s.length; n++) {
      const end = i + n;
      if (end <= from || (i >= from && end <= to) || (whole && (i > from || end < to))) continue;
      const f = w.freq.get(s.slice(i, end));
      if (f && f > top) top = f;
    }
  return top;
}

/**
 * What the verbs of OBJECTLESS mean where nothing they could act on follows; the left neighbours where
 * that decided them decide the verb elsewhere on the page (经济社会开展。 → 经济社会开展总体规划). Decided,
 * with the page's own wording, before the word frequencies are asked.
 */
const objectless = pairMap(OBJECTLESS);
/**
 * The character after a verb that leaves it without an object: a clause end, 的, or a conjunction. The end of a
 * text is not one: a page's text node can end where a link holding the object starts.
 */
const NO_OBJECT = /^[\s，。、；：！？,.;:!?）)》」』”〞的和与及]/u;
const MANNER_END = new RegExp(`(?:${MANNER.join('|')})$`);

const itemHead = pairMap(ITEM_HEAD);
/**
 * A numbered item's marker right before a position: 1. 2、 三、 (四) at the start of a line, or 一是 二是
 * at the start of a line or a sentence.
 */
const ITEM_MARKER =
  /(?:(?:^|\n)[ \t\u3000]*(?:\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）])|(?:^|[\n。；：;:])[ \t\u3000]*[一二三四五六七八九十]{1,3}是)[ \t\u3000]*$/u;
/** Whether a form opens a numbered item and a verb of ongoing work follows it (ITEM_HEAD). */
const atItemHead = (text: string, at: number, form: string) =>
  ITEM_MARKER.test(text.slice(Math.max(0, at - 12), at)) && ONGOING.includes(text.slice(at + form.length, at + form.length + 2));

const titleEnd = pairMap(TITLE_END);
/**
 * Whether a form ends a 《title》 opened earlier on its line, and is no genre jieba lists with the word before
 * it (《…测定方法》, 《…教学方法》 name methods: standards and textbooks).
 */
function endsTitle(text: string, at: number, form: string, w: WordFrequencies): boolean {
  if (text[at + form.length] !== '》') return false;
  const before = text.slice(Math.max(0, at - 40), at);
  const open = before.lastIndexOf('《');
  return open >= 0 && !/[》\n]/.test(before.slice(open)) && !w.freq.has(before.slice(-2) + form);
}

/**
 * What a page says of its own words, learnt from all its texts before any is repaired (learnSpin):
 * `verbs`, each verb of OBJECTLESS that stood without an object with the two hanzi before it (社会开展 of
 * 经济社会开展。); `written`, each original of a context pair with the two hanzi after it (past an opening
 * quote) where the page writes it (创建全国 of 创建“全国双拥模范城”): a spun form before the same characters is that original;
 * `around`, each original with the two characters on either side of it: a page that repeats a sentence (a summary
 * and its body, a reposted paragraph) says the same phrase both times, so a spun form between the same four
 * characters is that original (干部培训方案,开 beside 干部培训计划,开). One side alone is no such evidence
 * (某部队建立“一艇包一村” is meant beside 部队建设).
 */
interface Collocations {
  verbs: Set<string>;
  written: Set<string>;
  around: Set<string>;
}
const collocations = (): Collocations => ({ verbs: new Set(), written: new Set(), around: new Set() });
/**
 * A word at `at` (`len` characters as written) as `word` with the two characters on each side, or null
 * near either end of the text: the key of Collocations `around`.
 */
const around = (text: string, at: number, len: number, word: string) =>
  at >= 2 && at + len + 2 <= text.length ? `${text.slice(at - 2, at)}|${word}|${text.slice(at + len, at + len + 2)}` : null;

/** The verb at `at` with the two hanzi before it as written, or null when fewer than two precede it. */
function collocation(text: string, at: number, verb: string): string | null {
  return at >= 2 && HAN.test(text[at - 2]!) && HAN.test(text[at - 1]!) ? text.slice(at - 2, at) + verb : null;
}

const standsAlone = (text: string, at: number, verb: string) =>
  NO_OBJECT.test(text.slice(at + verb.length, at + verb.length + 1)) && !MANNER_END.test(text.slice(Math.max(0, at - 2), at));

/**
 * The two hanzi after a word when they start what it governs or heads, past an opening quote: quotes
 * around a title are typography, not wording (创建“全国双拥模范城” and 创建全国双拥模范城 say the same).
 */
function following(text: string, end: number): string | null {
  const from = OPENING.test(text[end] ?? '') ? end + 1 : end;
  const next = text.slice(from, from + 2);
  return next.length === 2 && HAN.test(next[0]!) && HAN.test(next[1]!) ? next : null;
}
const OPENING = /[“‘《〈「『〝(（"]/;

/** Adds what a text says of its words to the page's (Collocations): run over every text of a page before repairing any. */
function learnSpin(text: string, originals: readonly string[], learned: Collocations): void {
  for (const verb of objectless.keys())
    for (let at = text.indexOf(verb); at >= 0; at = text.indexOf(verb, at + 1)) {
      const key = standsAlone(text, at, verb) ? collocation(text, at, verb) : null;
      if (key) learned.verbs.add(key);
    }
  for (const original of originals)
    for (let at = text.indexOf(original); at >= 0; at = text.indexOf(original, at + 1)) {
      const next = following(text, at + original.length);
      if (next) learned.written.add(original + next);
      const key = around(text, at, original.length, original);
      if (key) learned.around.add(key);
    }
}

/** The original the page's own words call for at `at` (Collocations), or null. */
function pageOriginal(text: string, at: number, f: Form, learned: Collocations, w: WordFrequencies): string | null {
  if (itemHead.has(f.spun) && atItemHead(text, at, f.spun)) return itemHead.get(f.spun)!;
  if (titleEnd.has(f.spun) && endsTitle(text, at, f.spun, w)) return titleEnd.get(f.spun)!;
  if (objectless.has(f.spun)) {
    if (standsAlone(text, at, f.spun)) return objectless.get(f.spun)!;
    const key = collocation(text, at, f.spun);
    if (key && learned.verbs.has(key)) return objectless.get(f.spun)!;
  }
  const next = following(text, at + f.spun.length);
  const written = (next && f.originals.find((o) => learned.written.has(o + next))) ?? null;
  return written ?? f.originals.find((o) => learned.around.has(around(text, at, f.spun.length, o) ?? '')) ?? null;
}

/**
 * The original this window calls for, or null: one that completes a listed compound with the neighbours
 * (far more often than the written form makes one), or one far commoner than the written form's best
 * reading (itself, or a word it makes with a neighbour). Compounds rank first, then frequency. jieba's dictionary lists
 * words, not collocations (经济发展 and 开展活动 are not in it): 开展/建立/创立 are left to OBJECTLESS above,
 * and what neither decides stays as written.
 */
function decide(left: string, f: Form, right: string, w: WordFrequencies): string | null {
  const against = crossing(left, f.spun, right, w, false);
  // The written form's best reading, itself or a word it makes with a neighbour: that is what the original
  // must be far commoner than (等效 in 等效劳 is 74, no reading against 服务's 13,036).
  const written = Math.max(w.freq.get(f.spun) ?? 1, against);
  let pick: string | null = null;
  let best = 0;
  for (const o of f.originals) {
    const compound = crossing(left, o, right, w, true);
    const freq = w.freq.get(o) ?? 0;
    let weight = 0;
    if (compound >= MIN_COMPOUND && compound >= COMPOUND_RATIO * against) weight = 1e12 + compound;
    // A single hanzi's count (问) is no measure against a word's.
    else if (o.length > 1 && freq >= COMMONER * written) weight = freq;
    if (weight > best) [pick, best] = [o, weight];
  }
  return pick;
}

/** Where a clause ends: what a verb there governs ends before it (、 joins the parts of one object). */
const CLAUSE_END = /[，。；：！？,.;:!?\n]/u;
/** The longest clause read for the head of a verb's object. */
const CLAUSE = 24;

/**
 * The clause after `from`, with the unambiguous forms in it read as their originals (升学征询题 → 升学问题),
 * or null where it runs past CLAUSE or the text (a text node can end before its clause does) or does not end
 * in two hanzi (its head: the last two).
 */
function clauseAfter(text: string, from: number, spans: SpinSpans): string | null {
  let clause = '';
  for (let i = from; i < text.length && i - from <= CLAUSE;) {
    if (CLAUSE_END.test(text[i]!)) return clause.length >= 4 && HAN.test(clause.at(-1)!) && HAN.test(clause.at(-2)!) ? clause : null;
    const f = spans.get(i);
    clause += f ? f.originals[0]! : text[i]!;
    i += f ? f.spun.length : 1;
  }
  return null;
}

/**
 * The original that governs the head of its clause's object as a word jieba lists (解决…问题: 解决问题 is
 * listed, 处理问题 is not), or null. Report prose keeps its verb–object collocations whole however long
 * the object grows between them (解决部队子女上学问题), so a collocation the dictionary lexicalised for the
 * original and not for the written form tells the original, as a broken compound does beside it (decide).
 */
function governing(f: Form, clause: string, head: string, w: WordFrequencies): string | null {
  const against = w.freq.get(f.spun + head) ?? 0;
  for (const o of f.originals) {
    // The original already in the clause governs the head itself (及时处理并解决问题).
    if (clause.includes(o)) continue;
    const compound = w.freq.get(o + head) ?? 0;
    if (compound >= MIN_COMPOUND && compound >= COMPOUND_RATIO * against) return o;
  }
  return null;
}

const governors = new Set(pairMap(GOVERNORS).keys());

/** The context pairs (`byFirst`, their originals) and the words they were cut for, indexed once per repairer. */
interface Context {
  byFirst: ReadonlyMap<string, Form[]>;
  originals: readonly string[];
  words: WordFrequencies;
}

/**
 * The original the head of the clause after a verb of GOVERNORS calls for (governing), or null. Not for
 * adjectives (严重/重大 before a noun compound): 严重 grades a harm, and jieba lists 重大事件 and 重大过失,
 * which 严重暴力事件 and 严重工作过失 mean as written.
 */
function headOriginal(text: string, from: number, spans: SpinSpans, f: Form, w: WordFrequencies): string | null {
  const clause = governors.has(f.spun) ? clauseAfter(text, from, spans) : null;
  if (!clause) return null;
  const head = clause.slice(-2);
  // Beside the form the head is decide's to read (a compound it breaks).
  return text.startsWith(head, from) ? null : governing(f, clause, head, w);
}

/**
 * Repairs one text of a page. Left context is read as already repaired, right context as written (the head
 * of a clause with its unambiguous forms repaired).
 */
function repairText(text: string, spans: SpinSpans, { byFirst, words }: Context, learned: Collocations): SpinRepaired {
  const starts = [...spans.keys()].sort((a, b) => a - b);
  const edits: SpinEdit[] = [];
  let out = '';
  let next = 0;
  for (let i = 0; i < text.length;) {
    while (next < starts.length && starts[next]! < i) next++;
    // A context form never reaches into an unambiguous one.
    const room = (starts[next] ?? text.length) - i;
    const hit = spans.get(i) ?? byFirst.get(text[i]!)?.find((c) => c.spun.length <= room && text.startsWith(c.spun, i));
    const restored = !hit
      ? null
      : hit.unambiguous
        ? hit.originals[0]!
        : (pageOriginal(text, i, hit, learned, words) ??
          decide(leftOf(out), hit, rightOf(text, i + hit.spun.length), words) ??
          headOriginal(text, i + hit.spun.length, spans, hit, words));
    if (hit && restored !== null) {
      edits.push({ at: i, to: out.length, spun: hit.spun, restored, context: !hit.unambiguous });
      out += restored;
      i += hit.spun.length;
    } else {
      out += text[i]!;
      i++;
    }
  }
  return edits.length ? { text: out, edits } : { text, edits };
}

/**
 * The spin part: the repair with jieba's word frequencies and the context pairs they travel with
 * (WordFrequencies.pairs), indexed here once for every page the repairer is given.
 */
export function spinRepairer(words: WordFrequencies): SpinRepairer {
  const byFirst = formIndex(words.pairs, false);
  // Every original of the context pairs: what a page's own wording is read for.
  const ctx: Context = { byFirst, originals: [...new Set([...byFirst.values()].flat().flatMap((f) => f.originals))], words };
  return {
    page(texts) {
      const learned = collocations();
      for (const t of texts) learnSpin(t, ctx.originals, learned);
      return (text, spans) => repairText(text, spans, ctx, learned);
    },
  };
}

/**
 * Repairs one text on its own (tests, scripts), learning its collocations from itself: with the
 * repairer as a page would be, without it only the unambiguous forms (as without the spin part).
 */
export const repairSpin = (text: string, repairer?: SpinRepairer | null, spans: SpinSpans = spinSpans(text)): SpinRepaired =>
  repairer ? repairer.page([text])(text, spans) : repairUnambiguous(text, spans);
