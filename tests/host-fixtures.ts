import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TextLayer } from '../utils/engine/types';
import { repoRoot } from './pages';

/**
 * One page per host rule (at least), in fixtures/hosts/<id>/ (more pages: <id>--<label>/):
 * page.html, expected.json (what the rule must do on it) and SOURCE.md (where the page came from).
 */
export const hostFixturesDir = join(repoRoot, 'fixtures/hosts');

/** Written by `npm run new-host` into a fixture that nobody has labelled yet; hosts.test.ts fails on it. */
export const UNLABELLED = 'JINGDU-UNLABELLED';

export interface HostExpectation {
  /** The address the page was saved from: the host rule is found from it. */
  url: string;
  /** The host rule id the page must be detected as. */
  site: string;
  /** The text layer the engine must report, where it matters (preview-only sites). */
  textLayer?: TextLayer;
  /** Strings of the document that must be in the extracted text. */
  kept: string[];
  /** Noise strings of the page that must not be in the extracted text. */
  gone: string[];
  /** Set by new-host until the fixture is labelled. */
  unlabelled?: boolean;
  /** The page is one the repository already holds (a gold case): its path from the repository root, instead of page.html. */
  page?: string;
}

export interface HostFixture {
  name: string;
  html: string;
  expected: HostExpectation;
  source: string;
}

export function hostFixtures(dir = hostFixturesDir): HostFixture[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const read = (file: string) => (existsSync(join(dir, name, file)) ? readFileSync(join(dir, name, file), 'utf8') : '');
      const json = read('expected.json');
      const expected = (json ? JSON.parse(json) : {}) as HostExpectation;
      const html = expected.page ? readFileSync(join(repoRoot, expected.page), 'utf8') : read('page.html');
      return { name, html, expected, source: read('SOURCE.md') };
    });
}

/** Why a fixture is not (yet) a labelled page, or null when it is. */
export function unlabelledReason(f: HostFixture): string | null {
  if (!f.html.trim()) return 'page.html is missing or empty';
  if (!f.source.trim()) return 'SOURCE.md is missing or empty';
  if (f.expected.unlabelled || [f.html, f.source, JSON.stringify(f.expected)].some((t) => t.includes(UNLABELLED))) {
    return 'still the new-host placeholder: save a real page as page.html, say where it came from in SOURCE.md and fill expected.json';
  }
  if (!f.expected.url || !f.expected.site) return 'expected.json needs url and site';
  if (!f.expected.kept?.length || !f.expected.gone?.length) return 'expected.json needs some kept and some gone strings';
  return null;
}
