import type { ExtractResult, Figure } from '../engine/types';
import { normalise, withoutFragment } from './identity';
import type { Draft } from './types';

type Source = Pick<ExtractResult, 'title' | 'site'>;

function common(result: Source, url: string) {
  return { url: withoutFragment(url), title: result.title.trim(), site: result.site };
}

export function documentDraft(result: ExtractResult, url: string): Draft {
  return {
    kind: 'document',
    ...common(result, url),
    text: result.text,
    markdown: result.markdown,
    outline: result.outline,
    figures: result.figures,
  };
}

/** Paragraphs of the serialised text, without the title line (text and Markdown list the same paragraphs). */
function paragraphs(result: Pick<ExtractResult, 'title' | 'text' | 'markdown'>) {
  const text = result.text.split(/\n{2,}/);
  const md = result.markdown.split(/\n{2,}/);
  const skip = result.title && text[0] === result.title.trim() ? 1 : 0;
  const aligned = text.length === md.length;
  return { text: text.slice(skip), md: aligned ? md.slice(skip) : text.slice(skip) };
}

/** Index of the paragraph that is this heading: it holds the heading and little else (marker, colon). */
function headingAt(paras: string[], heading: string, from: number): number {
  const h = normalise(heading);
  for (let i = from; i < paras.length; i++) {
    const p = normalise(paras[i]!);
    if (p.includes(h) && p.length <= h.length + 8) return i;
  }
  return -1;
}

/** The text of one outline section: its heading up to the next heading of the same or a higher level. */
export function sectionSlice(result: ExtractResult, index: number): { text: string; markdown: string } | null {
  const entry = result.outline[index];
  if (!entry || entry.missing) return null;
  const paras = paragraphs(result);
  // Walk the outline in order so a heading repeated later (a conclusion echoing the intro) is found in place.
  let at = 0;
  let start = -1;
  for (let i = 0; i <= index; i++) {
    const e = result.outline[i]!;
    if (e.missing) continue;
    const found = headingAt(paras.text, e.text, at);
    if (found < 0) continue;
    at = found + 1;
    if (i === index) start = found;
  }
  if (start < 0) return null;
  let end = paras.text.length;
  for (const next of result.outline.slice(index + 1)) {
    if (next.missing || next.level > entry.level) continue;
    const found = headingAt(paras.text, next.text, start + 1);
    if (found >= 0) {
      end = found;
      break;
    }
  }
  return { text: paras.text.slice(start, end).join('\n\n'), markdown: paras.md.slice(start, end).join('\n\n') };
}

export function sectionDraft(result: ExtractResult, url: string, index: number): Draft | null {
  const slice = sectionSlice(result, index);
  if (!slice) return null;
  return { kind: 'section', ...common(result, url), heading: result.outline[index]!.text, ...slice };
}

export function figuresDraft(result: ExtractResult, url: string, figures: readonly Figure[]): Draft | null {
  if (figures.length === 0) return null;
  const text = figures.map((f) => `${f.raw}：${f.sentence}`).join('\n');
  return { kind: 'figures', ...common(result, url), text, figures: [...figures] };
}

/** The heading of the section a quote comes from: the last outline heading before it in the text. */
export function sectionOf(result: ExtractResult, quote: string): string | null {
  const firstLine = quote.split('\n').find((l) => l.trim()) ?? '';
  const paras = paragraphs(result).text;
  const needle = normalise(firstLine).slice(0, 30);
  const where = needle ? paras.findIndex((p) => normalise(p).includes(needle)) : -1;
  if (where < 0) return null;
  let section: string | null = null;
  let at = 0;
  for (const e of result.outline) {
    if (e.missing) continue;
    const found = headingAt(paras, e.text, at);
    if (found < 0) continue;
    if (found > where) break;
    at = found + 1;
    section = e.text;
  }
  return section;
}

/** `section` undefined: looked up in the outline; null: the caller knows there is none. */
export function selectionDraft(result: ExtractResult, url: string, quote: string, section?: string | null): Draft | null {
  const text = quote.trim();
  if (!text) return null;
  return { kind: 'selection', ...common(result, url), text, section: section === undefined ? sectionOf(result, text) : section };
}
