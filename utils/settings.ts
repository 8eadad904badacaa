import { storage } from '#imports';
import { findHostRule, hostOf } from './engine/hosts/find';
import type { NoiseKind } from './engine/types';

export type ReaderTheme = 'light' | 'sepia' | 'dark';
export type ReaderFont = 'sans' | 'serif';

export interface ReaderPrefs {
  theme: ReaderTheme;
  /** CSS pixels of the body text. */
  fontSize: number;
  font: ReaderFont;
}

export interface Settings {
  /** Clean recognised pages as soon as they load. */
  autoClean: boolean;
  /** Sites where pages are not cleaned on load: host rule ids, or hostnames for other sites. */
  offSites: string[];
  /**
   * Noise the user leaves in place ('pinyin' = keep the pinyin annotation). A list of what to keep,
   * not of what to hide, so that a kind added in a later release is hidden by default.
   */
  keep: NoiseKind[];
  reader: ReaderPrefs;
  /** Put 伪原创 spun words back on pages with the evidence for it. */
  repairSpin: boolean;
  /** Convert traditional-script mirrors of simplified originals to simplified. */
  simplifyMirrors: boolean;
}

// A Record makes the compiler list every NoiseKind here.
const kinds: Record<NoiseKind, true> = {
  'download-prompt': true,
  paywall: true,
  ad: true,
  contact: true,
  related: true,
  comments: true,
  navigation: true,
  meta: true,
  boilerplate: true,
  'page-marker': true,
  'chunk-marker': true,
  duplicate: true,
  watermark: true,
  site: true,
  pinyin: true,
};
export const noiseKinds = Object.keys(kinds) as NoiseKind[];

export const themes: readonly ReaderTheme[] = ['light', 'sepia', 'dark'];
export const fonts: readonly ReaderFont[] = ['sans', 'serif'];
export const fontSizes = { min: 14, max: 28, step: 2 } as const;

export const defaultSettings: Settings = {
  autoClean: true,
  offSites: [],
  keep: [],
  reader: { theme: 'light', fontSize: 18, font: 'sans' },
  repairSpin: true,
  simplifyMirrors: true,
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const pick = <T>(options: readonly T[], v: unknown, fallback: T): T => (options.includes(v as T) ? (v as T) : fallback);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : []);

export function clampFontSize(v: unknown): number {
  const n = typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : defaultSettings.reader.fontSize;
  return Math.min(fontSizes.max, Math.max(fontSizes.min, n));
}

/** Any stored value (older, partial, edited by hand or corrupt) made into valid settings. */
export function repairSettings(raw: unknown): Settings {
  const v = isObject(raw) ? raw : {};
  const r = isObject(v.reader) ? v.reader : {};
  const d = defaultSettings;
  return {
    autoClean: typeof v.autoClean === 'boolean' ? v.autoClean : d.autoClean,
    offSites: [...new Set(strings(v.offSites))],
    keep: [...new Set(strings(v.keep).filter((k): k is NoiseKind => (noiseKinds as string[]).includes(k)))],
    reader: {
      theme: pick(themes, r.theme, d.reader.theme),
      fontSize: r.fontSize === undefined ? d.reader.fontSize : clampFontSize(r.fontSize),
      font: pick(fonts, r.font, d.reader.font),
    },
    repairSpin: typeof v.repairSpin === 'boolean' ? v.repairSpin : d.repairSpin,
    simplifyMirrors: typeof v.simplifyMirrors === 'boolean' ? v.simplifyMirrors : d.simplifyMirrors,
  };
}

/**
 * WXT counts a value without version metadata as version 1, so a later shape only needs
 * `version: 2` and `migrations: { 2: (v1) => … }` here.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: defaultSettings,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return repairSettings(await settingsItem.getValue());
}

let writes: Promise<unknown> = Promise.resolve();

/** Changes run one after another, so quick successive changes (a dragged slider) are not lost. */
export function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = writes.then(async () => {
    const value = repairSettings(change(await loadSettings()));
    await settingsItem.setValue(value);
    return value;
  });
  writes = next.catch(() => undefined);
  return next;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((v) => cb(repairSettings(v)));
}

/** The key a page is switched off under: its host rule id, else its hostname without "www.". */
export function siteKey(url: string): string {
  return findHostRule(url)?.id ?? hostOf(url).replace(/^www\./, '');
}

export function autoCleanOn(s: Settings, url: string): boolean {
  return s.autoClean && !s.offSites.includes(siteKey(url));
}

export function setSiteAuto(s: Settings, key: string, on: boolean): Settings {
  const rest = s.offSites.filter((k) => k !== key);
  return { ...s, offSites: on ? rest : [...rest, key] };
}

export function setKept(s: Settings, kind: NoiseKind, kept: boolean): Settings {
  const rest = s.keep.filter((k) => k !== kind);
  return { ...s, keep: kept ? [...rest, kind] : rest };
}
