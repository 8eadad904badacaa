// "Nothing lost": several tabs saving at once, a full disk and a crash between writes leave every extract
// already saved intact, and the user is told what happened in Chinese and English.
import 'fake-indexeddb/auto';
import { unwrap } from 'idb';
import { describe, expect, it } from 'vitest';
import { documentDraft, selectionDraft } from './build';
import { attempt, deleteExtracts, listExtracts, openExtractsDb, restoreExtracts, saveExtract, updateExtract, type ExtractsDb } from './db';
import { exportJson } from './export-data';
import { importExtracts, parseExport } from './import';
import { storeErrorMessage } from './store-messages';
import { generateLibrary, REPORT_URL, sampleResult } from './test-data';
import type { StoreErrorCode } from './types';

let n = 0;
const value = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};
const open = async (name: string) => value(await openExtractsDb(name));
const all = async (db: ExtractsDb) => value(await listExtracts(db));

const r = sampleResult();
const quote = (text: string) => selectionDraft(r, REPORT_URL, text)!;

/** Each "tab" has its own connection, as each extension page or worker does. */
async function tabs(count: number) {
  const name = `durability-${n++}`;
  return Promise.all(Array.from({ length: count }, () => open(name)));
}

/**
 * The same database, except that in each write transaction the `at`-th put or delete is carried out and
 * then the browser aborts the transaction: with QuotaExceededError, as Chrome does when the disk fills, or
 * with no error, as when the tab or worker dies before the commit.
 */
function failing(db: ExtractsDb, at: number, reason: 'QuotaExceededError' | 'crash'): ExtractsDb {
  return new Proxy(db, {
    get(target, key) {
      if (key !== 'transaction') return Reflect.get(target, key);
      return (...args: Parameters<ExtractsDb['transaction']>) => {
        const tx = target.transaction(...args);
        const raw = unwrap(tx) as IDBTransaction & { _abort(name: string): void };
        const store = tx.store as unknown as Record<'put' | 'delete', (...a: unknown[]) => Promise<unknown>>;
        let writes = 0;
        for (const method of ['put', 'delete'] as const) {
          const real = store[method]!.bind(store);
          store[method] = (...a) => {
            const request = real(...a);
            // Once that write is done inside the transaction, before the commit. _abort is fake-indexeddb's
            // abort with an error, the step a request or commit that hits the quota takes.
            const abort = () => (reason === 'crash' ? raw.abort() : raw._abort(reason));
            if (++writes === at) void request.then(abort, () => {});
            return request;
          };
        }
        return tx;
      };
    },
  });
}

describe('durability of saved extracts', () => {
  it('several tabs saving at once: every save kept exactly once, with all tags and notes', async () => {
    const [a, b, c, d] = await tabs(4);
    const texts = Array.from({ length: 50 }, (_, i) => `第${i}条：投入资金${i}亿元`);
    const started = performance.now();
    const results = await Promise.all([
      ...texts.flatMap((t, i) => [
        saveExtract(i % 2 ? a! : b!, quote(t), { tags: [`甲${i}`], note: `甲的备注${i}` }),
        saveExtract(i % 2 ? c! : d!, quote(t), { tags: [`乙${i}`], note: `乙的备注${i}` }),
      ]),
      ...[a, b, c, d].map((tab, i) => saveExtract(tab!, documentDraft(r, REPORT_URL), { tags: [`tab${i}`], note: `全文备注${i}` })),
    ]);
    const ms = performance.now() - started;
    const records = await all(a!);
    console.log(`${results.length} concurrent saves from 4 connections: ${records.length} records in ${ms.toFixed(0)} ms`);

    expect(results.every((x) => x.ok)).toBe(true);
    expect(records).toHaveLength(51);
    expect(results.map((x) => value(x).status).filter((s) => s === 'created')).toHaveLength(51);
    for (const [i, t] of texts.entries()) {
      const e = records.find((x) => x.text === t)!;
      expect([...e.tags].sort()).toEqual([`乙${i}`, `甲${i}`].sort());
      expect(e.note).toContain(`甲的备注${i}`);
      expect(e.note).toContain(`乙的备注${i}`);
    }
    const doc = records.find((x) => x.kind === 'document')!;
    expect([...doc.tags].sort()).toEqual(['tab0', 'tab1', 'tab2', 'tab3']);
    for (const i of [0, 1, 2, 3]) expect(doc.note).toContain(`全文备注${i}`);
    expect(doc.haystack).toContain('全文备注3');
  });

  it('a full disk: earlier extracts stay, the save reports "quota", in Chinese and English', async () => {
    const [db, other] = await tabs(2);
    await saveExtract(db!, quote('每季度召开一次'), { tags: ['总结'], note: '原备注', now: 1 });
    await saveExtract(db!, documentDraft(r, REPORT_URL), { now: 2 });
    const before = await all(db!);
    const full = failing(db!, 1, 'QuotaExceededError');

    const [fresh, again, healthy] = await Promise.all([
      saveExtract(full, quote('投入资金1.2亿元')),
      saveExtract(full, quote('每季度召开一次'), { tags: ['新'], note: '新备注' }),
      saveExtract(other!, quote('惠及家属')),
    ]);
    for (const failed of [fresh, again]) {
      expect(failed).toMatchObject({ ok: false, error: { code: 'quota', detail: expect.stringContaining('QuotaExceededError') } });
      if (failed.ok) continue;
      expect(storeErrorMessage(failed.error, 'zh')).toMatch(/^存储空间已满，未能保存/);
      expect(storeErrorMessage(failed.error, 'en')).toMatch(/^Storage is full, so nothing was saved/);
    }
    expect(healthy).toMatchObject({ ok: true, value: { status: 'created' } });
    const after = await all(db!);
    expect(after).toHaveLength(3);
    expect(after.filter((e) => e.text !== '惠及家属')).toEqual(before);
    const edit = await updateExtract(full, before[0]!, { note: '改了' });
    expect(edit).toMatchObject({ ok: false, error: { code: 'quota' } });
    expect(await all(db!)).toEqual(after);
  });

  it('every way a write can fail has a message in both languages', async () => {
    const codes = Object.keys({ quota: 1, unavailable: 1, write: 1, 'not-found': 1, empty: 1 } satisfies Record<StoreErrorCode, 1>);
    for (const code of codes as StoreErrorCode[]) {
      const [zh, en] = (['zh', 'en'] as const).map((lang) => storeErrorMessage({ code, detail: '' }, lang));
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(en).toMatch(/^[\x20-\x7e]+$/);
    }
    expect(await attempt(() => Promise.reject(new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED')))).toMatchObject({
      ok: false,
      error: { code: 'quota' },
    });
  });

  it('a crash between the writes of one operation leaves all or nothing', async () => {
    const [db] = await tabs(1);
    const saved = await Promise.all(['甲', '乙', '丙'].map((t, i) => saveExtract(db!, quote(`第${t}条`), { note: t, now: i })));
    const three = saved.map((s) => value(s).extract);
    const parsed = parseExport(await exportJson(generateLibrary(50)));
    if (!parsed.ok) throw new Error(parsed.error.code);

    for (const reason of ['crash', 'QuotaExceededError'] as const) {
      const cut = failing(db!, 2, reason);
      const code = reason === 'crash' ? 'write' : 'quota';
      expect(await importExtracts(cut, parsed.value)).toMatchObject({ ok: false, error: { code } });
      expect(
        await deleteExtracts(
          cut,
          three.map((e) => e.id),
        ),
      ).toMatchObject({ ok: false, error: { code } });
      expect(await all(db!)).toHaveLength(3);
    }
    value(
      await deleteExtracts(
        db!,
        three.map((e) => e.id),
      ),
    );
    expect(await restoreExtracts(failing(db!, 2, 'crash'), three)).toMatchObject({ ok: false, error: { code: 'write' } });
    expect(await all(db!)).toHaveLength(0);

    // Without the fault every one of them goes through: the fault was the only reason they wrote nothing.
    expect(value(await restoreExtracts(db!, three))).toBe(3);
    const { added } = value(await importExtracts(db!, parsed.value));
    expect(added).toBeGreaterThan(40);
    expect(await all(db!)).toHaveLength(3 + added);
  });

  it('an edit in the library keeps tags and a note saved from another tab since the editor opened', async () => {
    const [library, popup] = await tabs(2);
    const base = value(await saveExtract(popup!, quote('每季度召开一次'), { tags: ['总结', '旧'], now: 1 })).extract;
    await saveExtract(popup!, quote('每季度召开一次'), { tags: ['另一个标签页'], note: '另一个标签页的备注', now: 2 });
    const edited = value(await updateExtract(library!, base, { tags: ['总结', '新'], note: '库里写的备注' }, 3));
    expect(edited.tags).toEqual(['总结', '新', '另一个标签页']);
    expect(edited.note).toContain('另一个标签页的备注');
    expect(edited.note).toContain('库里写的备注');
    // Untouched fields of the edit take the stored value, not the editor's older copy.
    expect(value(await updateExtract(library!, base, { tags: ['总结'] }, 4)).note).toBe(edited.note);
  });

  it('undo of a delete keeps what was saved again in the meantime', async () => {
    const [library, popup] = await tabs(2);
    const saved = value(await saveExtract(popup!, quote('投入资金1.2亿元'), { tags: ['数据'], note: '第一次', now: 1 })).extract;
    const removed = value(await deleteExtracts(library!, [saved.id]));
    await saveExtract(popup!, quote('投入资金1.2亿元'), { tags: ['重存'], note: '删后又存', now: 2 });
    value(await restoreExtracts(library!, removed));
    const [back] = await all(library!);
    expect(back).toMatchObject({ id: saved.id, savedAt: 1, tags: ['重存', '数据'] });
    expect(back!.note).toContain('第一次');
    expect(back!.note).toContain('删后又存');
  });
});
