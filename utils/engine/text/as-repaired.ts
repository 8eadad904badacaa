import type { NoiseKind, Removal } from '../types';
import { cutJammers } from './jammer';
import { hasSpan, previewLabel, textRules } from './patterns';
import { stripPinyin, type ReadingsOf } from './pinyin';

const spanRules = textRules.flatMap((r) => (r.span ?? []).map((re) => ({ kind: r.kind, re })));

/** `text` without the runs the span rules and jammers condemn (kinds in `keep` stay), each recorded in `removed`. */
export function cutSpans(text: string, removed: Removal[], keep: ReadonlySet<NoiseKind>): string {
  let out = text;
  if (hasSpan(text)) {
    for (const { kind, re } of spanRules) {
      if (!re.global || keep.has(kind)) continue;
      out = out.replace(re, (m) => {
        removed.push({ kind, text: m });
        return '';
      });
    }
  }
  if (keep.has('watermark')) return out;
  const jammers: string[] = [];
  out = cutJammers(out, jammers);
  for (const j of jammers) removed.push({ kind: 'watermark', text: j });
  return out;
}

/**
 * A line as the cleaned page shows it: spans, pinyin and a leading preview label cut the way repair cuts
 * them from block text (kinds in `keep` stay). Noise rules judge short lines by it.
 */
export function asRepaired(text: string, readings: ReadingsOf | undefined, keep: ReadonlySet<NoiseKind> = new Set()): string {
  let t = cutSpans(text, [], keep);
  if (!keep.has('pinyin')) t = stripPinyin(t, readings).text;
  return keep.has('meta') ? t : t.replace(previewLabel, '$1');
}

/** A line outside the blocks (the title), cleaned as block text is and with its whitespace collapsed. */
export const cleanLine = (text: string, readings: ReadingsOf | undefined, keep: ReadonlySet<NoiseKind> = new Set()) =>
  asRepaired(text, readings, keep).replace(/\s+/g, ' ').trim();
