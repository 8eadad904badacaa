import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { documentDraft, figuresDraft, selectionDraft } from './build';
import {
  attempt,
  deleteExtracts,
  extractsForUrl,
  listExtracts,
  openExtractsDb,
  restoreExtracts,
  saveExtract,
  updateExtract,
  type ExtractsDb,
} from './db';
import { REPORT_URL, sampleResult } from './test-data';

let n = 0;
async function freshDb(name = `db-test-${n++}`): Promise<ExtractsDb> {
  const db = await openExtractsDb(name);
  if (!db.ok) throw new Error(db.error.detail);
  return db.value;
}
const value = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

const r = sampleResult();
const quote = (text: string) => selectionDraft(r, REPORT_URL, text)!;

describe('extracts store', () => {
  it('saves, lists newest first, finds by page, updates and deletes', async () => {
    const db = await freshDb();
    const a = value(await saveExtract(db, quote('投入资金1.2亿元'), { tags: ['数据'], now: 1000 }));
    const b = value(await saveExtract(db, documentDraft(r, REPORT_URL), { now: 2000 }));
    expect(a.status).toBe('created');
    expect(a.extract).toMatchObject({ kind: 'selection', section: '大事大抓纵横联动', tags: ['数据'], savedAt: 1000 });
    expect(a.extract.haystack).toContain('投入资金1.2亿元');
    expect(value(await listExtracts(db)).map((e) => e.id)).toEqual([b.extract.id, a.extract.id]);
    expect(value(await extractsForUrl(db, `${REPORT_URL}?utm_source=x#:~:text=a`))).toHaveLength(2);

    const edited = value(await updateExtract(db, a.extract, { tags: ['数据', '总结'], note: '写进年终总结' }, 3000));
    expect(edited).toMatchObject({ tags: ['数据', '总结'], note: '写进年终总结', updatedAt: 3000, savedAt: 1000 });
    expect(edited.haystack).toContain('写进年终总结');

    const removed = value(await deleteExtracts(db, [a.extract.id, 'no-such-id']));
    expect(removed.map((e) => e.note)).toEqual(['写进年终总结']);
    expect(value(await listExtracts(db))).toHaveLength(1);
    expect(value(await restoreExtracts(db, removed))).toBe(1);
    expect(value(await listExtracts(db)).find((e) => e.id === a.extract.id)).toEqual(edited);
  });

  it('does not duplicate a selection saved twice: reports it, or merges the new tags and note', async () => {
    const db = await freshDb();
    const first = value(await saveExtract(db, quote('每季度召开一次'), { tags: ['待读'], now: 1 }));
    const again = value(await saveExtract(db, quote(' 每季度 召开一次 '), { now: 2 }));
    expect(again.status).toBe('exists');
    expect(again.extract).toEqual(first.extract);
    const tagged = value(await saveExtract(db, quote('每季度召开一次'), { tags: ['总结', '待读'], note: '例子', now: 3 }));
    expect(tagged.status).toBe('updated');
    expect(tagged.extract).toMatchObject({ tags: ['待读', '总结'], note: '例子', savedAt: 1, updatedAt: 3 });
    expect(value(await listExtracts(db))).toHaveLength(1);
  });

  it('refreshes a re-saved document and keeps its tags', async () => {
    const db = await freshDb();
    await saveExtract(db, documentDraft(r, REPORT_URL), { tags: ['报告'] });
    const again = value(await saveExtract(db, documentDraft({ ...r, text: `${r.text}\n\n新增一段。` }, REPORT_URL)));
    expect(again.status).toBe('updated');
    expect(again.extract).toMatchObject({ tags: ['报告'] });
    expect(again.extract.text.endsWith('新增一段。')).toBe(true);
  });

  it('keeps every write when several tabs save at once (one transaction each)', async () => {
    const name = `db-test-tabs-${n++}`;
    const [tab1, tab2] = [await freshDb(name), await freshDb(name)];
    const texts = Array.from({ length: 20 }, (_, i) => `第${i}条摘录`);
    await Promise.all(
      texts.flatMap((t, i) => [
        saveExtract(tab1, quote(t), { tags: [`a${i}`] }),
        saveExtract(tab2, quote(t), { tags: [`b${i}`] }),
        saveExtract(tab2, figuresDraft(r, REPORT_URL, [r.figures[i % 2]!])!),
      ]),
    );
    const all = value(await listExtracts(tab1));
    expect(all).toHaveLength(22);
    const fifth = all.find((e) => e.text === '第5条摘录')!;
    expect([...fifth.tags].sort()).toEqual(['a5', 'b5']);
  });

  it('reports a full disk as a typed quota error, and nothing is saved', async () => {
    const db = await freshDb();
    const full = new Proxy(db, {
      get: (target, key) =>
        key === 'transaction'
          ? () => {
              throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            }
          : Reflect.get(target, key),
    });
    const result = await saveExtract(full, quote('投入资金'));
    expect(result).toMatchObject({ ok: false, error: { code: 'quota' } });
    expect(value(await listExtracts(db))).toHaveLength(0);
    expect(await attempt(() => Promise.reject(new Error('disk gone')))).toMatchObject({
      ok: false,
      error: { code: 'write', detail: 'Error: disk gone' },
    });
  });

  it('says so when editing an extract deleted elsewhere', async () => {
    const db = await freshDb();
    const saved = value(await saveExtract(db, quote('每季度召开一次')));
    await deleteExtracts(db, [saved.extract.id]);
    expect(await updateExtract(db, saved.extract, { note: 'x' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
