import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { documentDraft, figuresDraft, sectionDraft, selectionDraft } from './build';
import { listExtracts, openExtractsDb, saveExtract, type ExtractsDb } from './db';
import { exportJson, FORMAT } from './export-data';
import { importExtracts, MAX_FIELD, MAX_IMPORT_BYTES, parseExport, readImportFile } from './import';
import { importErrorMessage } from './messages';
import { generateLibrary, REPORT_URL, sampleResult } from './test-data';

let n = 0;
async function freshDb(): Promise<ExtractsDb> {
  const db = await openExtractsDb(`import-test-${n++}`);
  if (!db.ok) throw new Error(db.error.detail);
  return db.value;
}
const all = async (db: ExtractsDb) => {
  const r = await listExtracts(db);
  if (!r.ok) throw new Error(r.error.detail);
  return r.value;
};
const r = sampleResult();

async function library(): Promise<ExtractsDb> {
  const db = await freshDb();
  await saveExtract(db, documentDraft(r, REPORT_URL), { tags: ['报告'], now: 1 });
  await saveExtract(db, sectionDraft(r, REPORT_URL, 0)!, { now: 2 });
  await saveExtract(db, figuresDraft(r, REPORT_URL, r.figures)!, { now: 3 });
  await saveExtract(db, selectionDraft(r, REPORT_URL, '每季度召开一次')!, { tags: ['总结'], note: '备注', now: 4 });
  return db;
}

const file = (extracts: unknown[], over: object = {}) => JSON.stringify({ format: FORMAT, version: 1, extracts, ...over });
const good = () => JSON.parse(file([]));

describe('import validation', () => {
  const rejects = (json: string) => {
    const result = parseExport(json);
    if (result.ok) throw new Error('accepted');
    return result.error;
  };

  it('rejects empty, truncated, foreign and newer files with a clear reason', async () => {
    const exported = await exportJson(await all(await library()));
    expect(rejects('  ')).toEqual({ code: 'empty' });
    expect(rejects(exported.slice(0, exported.length / 2))).toEqual({ code: 'not-json' });
    expect(rejects('{"type":"FeatureCollection","features":[]}')).toEqual({ code: 'foreign' });
    expect(rejects('[1,2]')).toEqual({ code: 'foreign' });
    expect(rejects(file([], { version: 2 }))).toMatchObject({ code: 'version', vars: { version: '2', supported: 1 } });
    expect(rejects(file([], { version: '1' }))).toMatchObject({ code: 'version' });
    expect(importErrorMessage(rejects(file([], { version: 2 })), 'zh')).toBe('文件的格式版本为 2，本扩展只支持到 1。请先更新净读。');
  });

  it('points at the first bad field', async () => {
    const [doc] = JSON.parse(await exportJson(await all(await library()))).extracts.filter((e: { kind: string }) => e.kind === 'document');
    const bad = (patch: object) => rejects(file([doc, { ...doc, ...patch }]));
    expect(bad({ url: 'javascript:alert(1)' })).toEqual({ code: 'invalid', path: 'extracts[1].url', expected: 'web-address' });
    expect(bad({ kind: 'video' })).toEqual({ code: 'invalid', path: 'extracts[1].kind', expected: 'known-value' });
    expect(bad({ tags: '总结' })).toMatchObject({ path: 'extracts[1].tags', expected: 'list' });
    expect(bad({ savedAt: null })).toMatchObject({ path: 'extracts[1].savedAt', expected: 'number' });
    expect(bad({ figures: [{ ...doc.figures[0], value: [1, 'x'] }] })).toMatchObject({ path: 'extracts[1].figures[0].value[1]' });
    expect(rejects(file(['x']))).toMatchObject({ path: 'extracts[0]', expected: 'object' });
    expect(rejects(JSON.stringify({ ...good(), extracts: {} }))).toMatchObject({ path: 'extracts', expected: 'list' });
    expect(importErrorMessage(bad({ url: 'javascript:alert(1)' }), 'en')).toBe(
      'Field extracts[1].url is invalid: expected a page address (http, https or file).',
    );
  });

  it('rejects a huge field and an oversized file before reading it', async () => {
    const huge = { ...JSON.parse(await exportJson(await all(await library()))).extracts[0], text: '字'.repeat(10_000_000) };
    expect(rejects(file([huge]))).toEqual({ code: 'too-long', path: 'extracts[0].text', vars: { max: MAX_FIELD } });
    const big = { size: MAX_IMPORT_BYTES + 1, text: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;
    expect(await readImportFile(big)).toMatchObject({ ok: false, error: { code: 'too-large', vars: { max: '64.0 MB' } } });
    expect(await readImportFile(new Blob([]))).toEqual({ ok: false, error: { code: 'empty' } });
  });

  it('drops unknown fields, so a file cannot plant a search haystack or anything else', async () => {
    const [one] = JSON.parse(await exportJson(await all(await library()))).extracts;
    const parsed = parseExport(file([{ ...one, haystack: 'planted', extra: 1 }]));
    expect(parsed.ok && Object.keys(parsed.value[0]!)).not.toContain('haystack');
    expect(parsed.ok && Object.keys(parsed.value[0]!)).not.toContain('extra');
  });
});

describe('import', () => {
  it('round-trips: export → import into an empty library → the same library', async () => {
    const source = await library();
    const json = await exportJson(await all(source));
    const target = await freshDb();
    const parsed = parseExport(json);
    if (!parsed.ok) throw new Error(parsed.error.code);
    const result = await importExtracts(target, parsed.value);
    expect(result).toEqual({ ok: true, value: { added: 4, merged: 0, unchanged: 0 } });
    expect(await all(target)).toEqual(await all(source));
  });

  it('merges without duplicates: the same file twice changes nothing; new tags and notes are kept', async () => {
    const db = await library();
    const before = await all(db);
    const parsed = parseExport(await exportJson(before));
    if (!parsed.ok) throw new Error(parsed.error.code);
    expect(await importExtracts(db, parsed.value)).toEqual({ ok: true, value: { added: 0, merged: 0, unchanged: 4 } });
    expect(await all(db)).toEqual(before);

    const sel = parsed.value.find((e) => e.kind === 'selection')!;
    const edited = { ...sel, tags: ['对比'], note: '', updatedAt: 99, id: 'whatever' };
    const twice = [edited, { ...edited, tags: ['再一次'] }];
    expect(await importExtracts(db, twice)).toEqual({ ok: true, value: { added: 0, merged: 2, unchanged: 0 } });
    const after = (await all(db)).find((e) => e.kind === 'selection')!;
    expect(after).toMatchObject({ tags: ['对比', '再一次', '总结'], note: '备注', savedAt: 4, updatedAt: 99 });
    expect(await all(db)).toHaveLength(4);
  });

  it('stores malicious strings verbatim (they are rendered as text, never as HTML)', async () => {
    const db = await freshDb();
    const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const draft = { ...selectionDraft(r, REPORT_URL, evil)!, title: evil };
    await saveExtract(db, draft, { note: evil, tags: [evil] });
    const parsed = parseExport(await exportJson(await all(db)));
    const target = await freshDb();
    if (!parsed.ok) throw new Error(parsed.error.code);
    await importExtracts(target, parsed.value);
    expect((await all(target))[0]).toMatchObject({ text: evil, title: evil, note: evil, tags: [evil.slice(0, 40)] });
  });

  it('writes nothing when the write fails part way (one transaction)', async () => {
    const db = await library();
    const before = await all(db);
    const parsed = parseExport(await exportJson(generateLibrary(300)));
    if (!parsed.ok) throw new Error(parsed.error.code);
    let puts = 0;
    const failing = new Proxy(db, {
      get: (target, key) => {
        if (key !== 'transaction') return Reflect.get(target, key);
        return () => {
          const tx = target.transaction('extracts', 'readwrite', { durability: 'strict' });
          const store = tx.store;
          const put = store.put.bind(store);
          store.put = ((value: never) =>
            ++puts === 150 ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : put(value)) as never;
          return tx;
        };
      },
    });
    const progress: number[] = [];
    const result = await importExtracts(failing, parsed.value, (done) => progress.push(done));
    expect(result).toMatchObject({ ok: false, error: { code: 'quota' } });
    expect(await all(db)).toEqual(before);
    expect(progress[0]).toBe(250);
  });
});
