export interface PinyinSpan {
  start: number;
  end: number;
  raw: string;
}

/** Removes inline pinyin annotations (placeholder until the pinyin module lands). */
export function stripPinyin(text: string, before = ''): { text: string; spans: PinyinSpan[] } {
  void before;
  return { text, spans: [] };
}
