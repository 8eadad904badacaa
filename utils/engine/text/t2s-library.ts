import * as OpenCC from 'opencc-js/t2cn';
import type { T2sFrom, ToSimplified } from './t2s';

/** OpenCC's traditional → simplified tables as the t2s part (Node's parts, and the part injected into a tab). */
export function openccToSimplified(): ToSimplified {
  const made = new Map<T2sFrom, (text: string) => string>();
  return (from) => {
    let convert = made.get(from);
    if (!convert) made.set(from, (convert = OpenCC.Converter({ from, to: 'cn' })));
    return convert;
  };
}
