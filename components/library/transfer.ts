import { formatDate } from '../../utils/extracts/chunks';
import { exportFiguresCsv, exportJson, exportText } from '../../utils/extracts/export-data';
import { exportMarkdown, exportMarkdownZip } from '../../utils/extracts/export-markdown';
import type { Extract, Progress } from '../../utils/extracts/types';
import type { Lang } from '../../utils/i18n';

export const FORMATS = ['md-zip', 'md', 'txt', 'json', 'csv'] as const;
export type ExportFormat = (typeof FORMATS)[number];

const TYPES: Record<ExportFormat, [string, string]> = {
  'md-zip': ['zip', 'application/zip'],
  md: ['md', 'text/markdown;charset=utf-8'],
  txt: ['txt', 'text/plain;charset=utf-8'],
  json: ['json', 'application/json'],
  csv: ['csv', 'text/csv;charset=utf-8'],
};

/** The file for a format, named like "jingdu-extracts-2025-03-09.json". */
export async function exportFile(format: ExportFormat, records: readonly Extract[], lang: Lang, onProgress?: Progress, now = Date.now()) {
  const content =
    format === 'md-zip'
      ? await exportMarkdownZip(records, lang, onProgress)
      : format === 'md'
        ? await exportMarkdown(records, lang, onProgress)
        : format === 'txt'
          ? await exportText(records, lang, onProgress)
          : format === 'json'
            ? await exportJson(records, onProgress, now)
            : await exportFiguresCsv(records, lang, onProgress);
  const [ext, type] = TYPES[format];
  const name = `jingdu-extracts-${formatDate(now).slice(0, 10)}.${ext}`;
  return { blob: new Blob([content as BlobPart], { type }), name };
}

/** Saves through an <a download>: the library page needs no `downloads` permission. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started reading the blob by the next tasks; revoking at once can cancel it in Firefox.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
