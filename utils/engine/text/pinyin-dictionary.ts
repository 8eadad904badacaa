import { pinyin } from 'pinyin-pro';
import type { ReadingsOf } from './pinyin';

/** pinyin-pro as the readings part (Node's parts, and the part injected into a tab). */
export function pinyinReadingsOf(): ReadingsOf {
  // Kept by code unit: verification asks for the same few thousand hanzi again and again.
  const known = new Map<number, readonly string[]>();
  return (code) => {
    let r = known.get(code);
    if (!r) {
      // pinyin-pro covers traditional forms (國 說 實 …) directly; polyphones yield every reading.
      r = pinyin(String.fromCharCode(code), { multiple: true, toneType: 'none', type: 'array' });
      if (r.length) known.set(code, r);
    }
    return r;
  };
}

export const pinyinReadings: ReadingsOf = pinyinReadingsOf();
