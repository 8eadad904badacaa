import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { listExtracts, openExtractsDb, saveExtract } from './db';
import { DB_VERSION, migrations, STORE, upgrade, type ExtractsDb, type V1Record } from './migrations';
import { haystackOf } from './search';
import { selectionDraft } from './build';
import { extractId } from './identity';
import { REPORT_URL, sampleResult } from './test-data';
import type { Draft } from './types';

/** Opens a database at an old version, built by the shipped steps up to it. */
function openAt(name: string, version: number): Promise<ExtractsDb> {
  return openDB(name, version, { upgrade: (db, from, to, tx) => upgrade(db as ExtractsDb, from, to ?? version, tx as never) });
}

const v1Records: V1Record[] = [
  {
    id: 'a',
    kind: 'selection',
    url: `${REPORT_URL}?utm_source=wechat`,
    title: '荣获双拥模范城综述',
    site: '31doc',
    savedAt: 1,
    updatedAt: 1,
    tags: ['ＡＩ'],
    note: '',
    text: '投入资金 1.2亿元',
    section: '大事大抓',
  },
  {
    id: 'b',
    kind: 'figures',
    url: 'https://www.huiwenwang.cn/doc/1.html',
    title: '工作总结',
    site: 'huiwen',
    savedAt: 2,
    updatedAt: 2,
    tags: [],
    note: '对比用',
    text: '1.2亿元：投入资金1.2亿元。',
    figures: sampleResult().figures.slice(0, 1),
  },
];

describe('schema migrations', () => {
  it('has a step per version and opens a new database at the current version', async () => {
    expect(DB_VERSION).toBe(migrations.length);
    const db = await openExtractsDb('mig-fresh');
    expect(db.ok && db.value.version).toBe(DB_VERSION);
    expect(db.ok && [...db.value.transaction(STORE).store.indexNames].sort()).toEqual(['docKey', 'savedAt']);
  });

  it('upgrades a v1 database with data to the current version, keeping every record', async () => {
    const old = await openAt('mig-v1', 1);
    expect([...old.transaction(STORE).store.indexNames]).toEqual(['savedAt']);
    for (const r of v1Records) await old.put(STORE, { ...r, id: r.id === 'a' ? await extractId(r as Draft) : r.id } as never);
    old.close();

    const db = await openExtractsDb('mig-v1');
    if (!db.ok) throw new Error(db.error.detail);
    expect(db.value.version).toBe(DB_VERSION);
    const all = await listExtracts(db.value);
    expect(all.ok && all.value.map((e) => e.kind)).toEqual(['figures', 'selection']);
    const a = all.ok ? all.value.find((e) => e.kind === 'selection')! : null;
    expect(a).toMatchObject({ ...v1Records[0], id: expect.stringMatching(/^[0-9a-f]{32}$/), docKey: REPORT_URL });
    expect(a!.haystack).toBe(haystackOf(a!));
    expect(a!.haystack).toContain('ai');
    expect(await db.value.getAllKeysFromIndex(STORE, 'docKey', REPORT_URL)).toEqual([a!.id]);

    // The upgraded database works as a new one: the same selection saved again is found, not duplicated.
    const again = await saveExtract(db.value, selectionDraft(sampleResult(), REPORT_URL, '投入资金1.2亿元', '大事大抓')!);
    expect(again.ok && again.value.status).toBe('exists');
    expect((await listExtracts(db.value)).ok && (await db.value.count(STORE))).toBe(2);
    db.value.close();
  });

  it('leaves the old version and its data in place when a step fails', async () => {
    const old = await openAt('mig-fail', 1);
    await old.put(STORE, v1Records[0] as never);
    old.close();
    const failing = async () => {
      throw new Error('bad step');
    };
    const broken = openDB('mig-fail', 2, {
      upgrade: (db, from, to, tx) => upgrade(db as ExtractsDb, from, to!, tx as never, [migrations[0]!, failing]),
    });
    await expect(broken).rejects.toThrow();
    const still = await openDB('mig-fail');
    expect(still.version).toBe(1);
    expect(await still.getAll(STORE)).toEqual([v1Records[0]]);
    still.close();
  });
});
