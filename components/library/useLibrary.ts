import { useCallback, useEffect, useState } from 'preact/hooks';
import { libraryDb } from '../../utils/extracts/api';
import { listExtracts, onExternalChange, type ExtractsDb } from '../../utils/extracts/db';
import type { StoreError, StoredExtract } from '../../utils/extracts/types';

export interface Library {
  db: ExtractsDb | null;
  /** Newest first; null while loading. */
  records: StoredExtract[] | null;
  /** Why the library could not be opened or read. */
  failure: StoreError | null;
  reload: () => Promise<void>;
}

/** Opens the library, lists it, and lists it again whenever any tab, the popup or the background writes. */
export function useLibrary(open: () => ReturnType<typeof libraryDb> = libraryDb): Library {
  const [db, setDb] = useState<ExtractsDb | null>(null);
  const [records, setRecords] = useState<StoredExtract[] | null>(null);
  const [failure, setFailure] = useState<StoreError | null>(null);

  const reload = useCallback(async () => {
    const opened = await open();
    if (!opened.ok) return setFailure(opened.error);
    setDb(opened.value);
    const listed = await listExtracts(opened.value);
    if (!listed.ok) return setFailure(listed.error);
    setFailure(null);
    setRecords(listed.value);
  }, [open]);

  useEffect(() => {
    void reload();
    return onExternalChange(() => void reload());
  }, [reload]);

  return { db, records, failure, reload };
}
