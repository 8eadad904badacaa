import { useEffect, useState } from 'preact/hooks';
import type { Extract } from '@/utils/extracts/types';
import { savedKey } from './save';

const keysOf = (keys: (string | null)[]) => new Set(keys.filter((k): k is string => k !== null));

/**
 * The keys (see save.ts) of what from this page is in the library, to mark its save buttons. A
 * library that cannot be read only leaves the marks off; a save then reports the error itself.
 */
export function useSaved(url: string | null) {
  const [saved, setSaved] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    if (!url) return;
    let current = true;
    // The library code is loaded here, after the popup's first paint.
    void import('@/utils/extracts/api')
      .then(({ savedFromPage }) => savedFromPage(url))
      .then((r) => current && r.ok && setSaved(keysOf(r.value.map(savedKey))));
    return () => void (current = false);
  }, [url]);

  const mark = (e: Extract) => setSaved((before) => keysOf([...before, savedKey(e)]));
  return { saved, mark };
}
