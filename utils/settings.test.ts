import { storage } from '#imports';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  autoCleanOn,
  defaultSettings,
  loadSettings,
  noiseKinds,
  repairSettings,
  setKept,
  setSiteAuto,
  settingsItem,
  siteKey,
  updateSettings,
  watchSettings,
  type Settings,
} from './settings';

beforeEach(() => fakeBrowser.reset());

describe('settings storage', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(defaultSettings);
    expect(defaultSettings.autoClean).toBe(true);
    expect(defaultSettings.keep).toEqual([]);
  });

  it('reads a change back', async () => {
    await updateSettings((s) => ({ ...setKept(s, 'pinyin', true), reader: { ...s.reader, theme: 'dark' } }));
    expect(await loadSettings()).toMatchObject({ keep: ['pinyin'], reader: { theme: 'dark', fontSize: 18 } });
  });

  it('applies changes made in quick succession', async () => {
    await Promise.all([
      updateSettings((s) => setKept(s, 'ad', true)),
      updateSettings((s) => setKept(s, 'meta', true)),
      updateSettings((s) => setSiteAuto(s, 'doc88', false)),
    ]);
    expect(await loadSettings()).toMatchObject({ keep: ['ad', 'meta'], offSites: ['doc88'] });
  });

  it('repairs a partial or corrupt stored value', async () => {
    await fakeBrowser.storage.local.set({
      settings: { autoClean: 'yes', offSites: ['doc88', 3, '', 'doc88'], keep: ['ad', 'bogus'], reader: { fontSize: 400, font: 'comic' } },
    });
    expect(await loadSettings()).toEqual({
      autoClean: true,
      offSites: ['doc88'],
      keep: ['ad'],
      reader: { theme: 'light', fontSize: 28, font: 'sans' },
      repairSpin: true,
      simplifyMirrors: true,
    });
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    expect(await loadSettings()).toEqual(defaultSettings);
  });

  it('lets a later version migrate what version 1 wrote', async () => {
    await updateSettings((s) => ({ ...s, autoClean: false }));
    const v2 = storage.defineItem<Settings & { compact: boolean }>('local:settings', {
      fallback: { ...defaultSettings, compact: false },
      version: 2,
      migrations: { 2: (old: Settings) => ({ ...old, compact: !old.autoClean }) },
    });
    expect(await v2.getValue()).toMatchObject({ autoClean: false, compact: true });
    expect(await v2.getMeta()).toEqual({ v: 2 });
  });

  it('tells watchers the repaired value', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await settingsItem.setValue({ autoClean: false } as Settings);
    await new Promise((r) => setTimeout(r, 0));
    stop();
    expect(seen.at(-1)).toEqual({ ...defaultSettings, autoClean: false });
  });
});

describe('settings helpers', () => {
  it('lists every noise kind once', () => {
    expect(new Set(noiseKinds).size).toBe(noiseKinds.length);
    expect(noiseKinds).toContain('pinyin');
    expect(noiseKinds).toContain('download-prompt');
  });

  it('switches automatic cleaning off per site and globally', () => {
    const url = 'https://www.doc88.com/p-1.html';
    expect(siteKey(url)).toBe('doc88');
    expect(siteKey('https://www.example.org/a')).toBe('example.org');
    expect(autoCleanOn(defaultSettings, url)).toBe(true);
    const off = setSiteAuto(defaultSettings, 'doc88', false);
    expect(autoCleanOn(off, url)).toBe(false);
    expect(autoCleanOn(off, 'https://www.docin.com/p-1.html')).toBe(true);
    expect(setSiteAuto(off, 'doc88', true).offSites).toEqual([]);
    expect(autoCleanOn({ ...defaultSettings, autoClean: false }, url)).toBe(false);
  });

  it('toggles kept kinds without duplicates', () => {
    const s = setKept(setKept(defaultSettings, 'ad', true), 'ad', true);
    expect(s.keep).toEqual(['ad']);
    expect(setKept(s, 'ad', false).keep).toEqual([]);
  });

  it('leaves valid settings as they are', () => {
    const s: Settings = {
      autoClean: false,
      offSites: ['x.com'],
      keep: ['meta'],
      reader: { theme: 'sepia', fontSize: 22, font: 'serif' },
      repairSpin: false,
      simplifyMirrors: false,
    };
    expect(repairSettings(s)).toEqual(s);
  });

  it('turns spin repair and mirror conversion on for settings stored before they existed', () => {
    const s = repairSettings({ autoClean: true, offSites: [], keep: [] });
    expect([s.repairSpin, s.simplifyMirrors]).toEqual([true, true]);
    expect(repairSettings({ repairSpin: 'yes' }).repairSpin).toBe(true);
  });
});
