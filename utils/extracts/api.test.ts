import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { libraryDb, saveDocument, saveFigures, saveSection, saveSelection, savedFromPage } from './api';
import { storeErrorMessage } from './store-messages';
import { REPORT_URL, sampleResult } from './test-data';

describe('save API for the popup, context menu and reader', () => {
  it('saves each kind into the library database and finds them by page', async () => {
    const r = sampleResult();
    const results = [
      await saveDocument(r, REPORT_URL),
      await saveSection(r, REPORT_URL, 1, { tags: ['机制'] }),
      await saveFigures(r, REPORT_URL, [r.figures[0]!]),
      await saveFigures(r, REPORT_URL, r.figures),
      await saveSelection(r, `${REPORT_URL}#:~:text=x`, '每季度召开一次', { note: '好句子' }),
      await saveSelection(r, REPORT_URL, '每季度召开一次'),
    ];
    expect(results.map((x) => x.ok && x.value.status)).toEqual(['created', 'created', 'created', 'created', 'created', 'exists']);
    const saved = await savedFromPage(`${REPORT_URL}#top`);
    expect(saved.ok && saved.value.map((e) => e.kind).sort()).toEqual(['document', 'figures', 'figures', 'section', 'selection']);
    expect(await libraryDb()).toBe(await libraryDb());
  });

  it('says there is nothing to save for an empty selection or an unknown section', async () => {
    const r = sampleResult();
    const empty = await saveSelection(r, REPORT_URL, '  ');
    expect(empty).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(await saveSection(r, REPORT_URL, 42)).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(!empty.ok && storeErrorMessage(empty.error, 'zh')).toBe('没有可保存的内容。');
  });
});
