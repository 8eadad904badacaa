import { useMemo, useState } from 'preact/hooks';
import { Actions } from '../../components/library/Actions';
import { DocumentGroup } from '../../components/library/DocumentGroup';
import { Notice, type NoticeState } from '../../components/library/Notice';
import { SearchBar } from '../../components/library/SearchBar';
import { libraryText } from '../../components/library/strings';
import { download, exportFile, type ExportFormat } from '../../components/library/transfer';
import { useLibrary } from '../../components/library/useLibrary';
import { deleteExtracts, restoreExtracts, updateExtract } from '../../utils/extracts/db';
import { plainText } from '../../utils/extracts/export-data';
import { importExtracts, readImportFile } from '../../utils/extracts/import';
import { fileName } from '../../utils/extracts/export-markdown';
import { clipMarkdown, documentMarkdown } from '../../utils/extracts/markdown';
import { importErrorMessage, labels } from '../../utils/extracts/messages';
import { storeErrorMessage } from '../../utils/extracts/store-messages';
import { facets, groupByDocument, search, type DocumentGroup as Group, type Query } from '../../utils/extracts/search';
import type { Extract, StoreError, StoredExtract } from '../../utils/extracts/types';
import { uiLang, type Lang } from '../../utils/i18n';

const PAGE = 30;

export function App({ lang = uiLang() }: { lang?: Lang }) {
  const t = libraryText(lang);
  const { db, records, failure, reload } = useLibrary();
  const [query, setQuery] = useState<Query>({ text: '', site: null, tag: null });
  const [limit, setLimit] = useState(PAGE);
  const [notice, setNotice] = useState<NoticeState | null>(null);

  const all = records ?? [];
  const filtered = query.text.trim() !== '' || !!query.site || !!query.tag;
  const matches = useMemo(() => (filtered ? search(all, query) : all), [all, query, filtered]);
  const groups = useMemo(() => groupByDocument(matches), [matches]);
  const { sites, tags } = useMemo(() => facets(all), [all]);
  const busy = notice?.kind === 'progress';

  const fail = (error: StoreError) => setNotice({ kind: 'error', message: storeErrorMessage(error, lang), detail: error.detail });
  const progress = (message: string) => (done: number, total: number) => setNotice({ kind: 'progress', message, done, total });

  async function remove(list: readonly StoredExtract[]) {
    if (!db) return;
    const result = await deleteExtracts(
      db,
      list.map((e) => e.id),
    );
    if (!result.ok) return fail(result.error);
    await reload();
    const removed = result.value;
    setNotice({
      kind: 'undo',
      message: t('deleted', { n: removed.length }),
      onUndo: async () => {
        const restored = await restoreExtracts(db, removed);
        if (!restored.ok) return fail(restored.error);
        setNotice(null);
        await reload();
      },
    });
  }

  async function edit(base: Extract, tags: string[], note: string) {
    if (!db) return;
    const result = await updateExtract(db, base, { tags, note });
    if (!result.ok) return fail(result.error);
    setNotice({ kind: 'info', message: t('saved') });
    await reload();
  }

  async function copy(e: Extract, as: 'text' | 'markdown') {
    const text = as === 'text' ? plainText(e, lang) : clipMarkdown(e, lang);
    try {
      await navigator.clipboard.writeText(text);
      setNotice({ kind: 'info', message: t('copied') });
    } catch (error) {
      setNotice({ kind: 'error', message: t('copyFailed'), detail: String(error) });
    }
  }

  async function exportAs(format: ExportFormat, list: readonly Extract[]) {
    if (format === 'csv' && !list.some((e) => (e.kind === 'figures' || e.kind === 'document') && e.figures.length)) {
      return setNotice({ kind: 'info', message: t('noFigures') });
    }
    try {
      const { blob, name } = await exportFile(format, list, lang, progress(t('exporting')));
      download(blob, name);
      setNotice({ kind: 'info', message: t('exported', { n: list.length }) });
    } catch (error) {
      // Out of memory for a huge export is the realistic cause; the message says what failed.
      setNotice({ kind: 'error', message: t('exportFailed'), detail: String(error) });
    }
  }

  function exportDocument(group: Group<Extract>) {
    const blob = new Blob([documentMarkdown(group, lang)], { type: 'text/markdown;charset=utf-8' });
    download(blob, `${fileName(group.title, labels(lang)('md.untitled'))}.md`);
  }

  async function importFile(file: File) {
    if (!db) return;
    setNotice({ kind: 'progress', message: t('importing'), done: 0, total: 0 });
    const parsed = await readImportFile(file);
    if (!parsed.ok) {
      return setNotice({ kind: 'error', message: t('importFailed', { reason: importErrorMessage(parsed.error, lang) }) });
    }
    const result = await importExtracts(db, parsed.value, progress(t('importing')));
    if (!result.ok) {
      const reason = storeErrorMessage(result.error, lang);
      return setNotice({ kind: 'error', message: t('importFailed', { reason }), detail: result.error.detail });
    }
    await reload();
    setNotice({ kind: 'info', message: t('imported', { ...result.value }) });
  }

  return (
    <div class="page">
      <header class="top">
        <div>
          <h1>{t('title')}</h1>
          <p class="muted">{t('tagline')}</p>
        </div>
        <Actions
          t={t}
          total={all.length}
          shown={filtered ? matches.length : null}
          busy={busy || !db}
          onExport={(format) => void exportAs(format, matches)}
          onImport={(file) => void importFile(file)}
          onDeleteAll={() => void remove(all)}
        />
      </header>
      <SearchBar query={query} sites={sites} tags={tags} t={t} onChange={(q) => (setQuery(q), setLimit(PAGE))} />
      <Notice notice={notice} t={t} onDismiss={() => setNotice(null)} />
      {failure && (
        <p class="notice error" role="alert">
          {storeErrorMessage(failure, lang)}
        </p>
      )}
      <p class="muted count" data-testid="count">
        {filtered ? t('shown', { n: matches.length, d: groups.length }) : t('count', { n: all.length, d: groups.length })}
      </p>
      <main>
        {records === null && !failure && <p class="empty">{t('loading')}</p>}
        {records !== null && all.length === 0 && (
          <p class="empty" data-testid="empty">
            {t('empty')}
          </p>
        )}
        {all.length > 0 && groups.length === 0 && <p class="empty">{t('noMatch')}</p>}
        {groups.slice(0, limit).map((g) => (
          <DocumentGroup
            key={g.docKey}
            group={g}
            t={t}
            lang={lang}
            onCopy={(e, as) => void copy(e, as)}
            onEdit={(e, tags, note) => void edit(e, tags, note)}
            onDelete={(e) => void remove([e as StoredExtract])}
            onExportDocument={exportDocument}
          />
        ))}
        {groups.length > limit && (
          <button type="button" class="more" onClick={() => setLimit(limit + PAGE)}>
            {t('moreGroups', { n: groups.length - limit })}
          </button>
        )}
      </main>
      <footer class="privacy muted">{t('privacy')}</footer>
    </div>
  );
}
