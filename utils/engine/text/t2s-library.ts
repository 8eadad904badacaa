import * as OpenCC from 'opencc-js/t2cn';
import { setToSimplified, toSimplified, type T2sFrom } from './t2s';

/** Installs OpenCC's traditional → simplified tables (Node commands, tests, and the injected extension script). */
export function installToSimplified(): void {
  if (toSimplified()) return;
  const made = new Map<T2sFrom, (text: string) => string>();
  setToSimplified((from) => {
    let convert = made.get(from);
    if (!convert) made.set(from, (convert = OpenCC.Converter({ from, to: 'cn' })));
    return convert;
  });
}
