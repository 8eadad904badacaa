import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { goldCases, repoRoot } from './pages';

/** The extract command as a user runs it (`npm run -s extract -- …`), through a shell when it pipes. */
const TSX = join(repoRoot, 'node_modules/.bin/tsx');
const SCRIPT = join(repoRoot, 'scripts/extract.ts');
const run = (...args: string[]) => spawnSync(TSX, [SCRIPT, ...args], { cwd: repoRoot, encoding: 'utf8' });

const dir = mkdtempSync(join(tmpdir(), 'jingdu-extract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const gold = goldCases().find((c) => c.name === 'pub-huiwen-summary')!;
const page = join(dir, 'page.html');
writeFileSync(page, gold.html);
const empty = join(dir, 'empty.html');
writeFileSync(empty, '  \n');
const binary = join(dir, 'image.html');
writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));

describe('npm run extract', () => {
  it('prints one JSON object for one page, with the fields of the extract contract', () => {
    const r = run(page, '--url', gold.gold.url);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ file: page, detected: true, site: 'huiwenwang', textLayer: 'full' });
    for (const key of ['title', 'text', 'markdown', 'outline', 'figures', 'removed', 'reasons']) expect(out).toHaveProperty(key);
  });

  it('says in one line what is wrong with a bad file, and exits non-zero', () => {
    for (const [file, said] of [
      [join(dir, 'missing.html'), 'no such file'],
      [dir, 'is a folder'],
      [empty, 'empty file'],
      [binary, 'not HTML'],
    ]) {
      const r = run(file!);
      expect(r.status, file).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toEqual([expect.stringContaining(said!)]);
    }
  });

  it('goes on past a bad file among several: one JSON line each, in order, the bad one an error', () => {
    const r = run(page, join(dir, 'missing.html'), page, '--url', gold.gold.url);
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.file, l.detected ?? l.error])).toEqual([
      [page, true],
      [join(dir, 'missing.html'), expect.stringContaining('no such file')],
      [page, true],
    ]);
    expect(run(empty, binary).status).toBe(1);
  });

  it('stops quietly when its reader stops reading (| head)', () => {
    const r = spawnSync('sh', ['-c', `"${TSX}" "${SCRIPT}" "${page}" "${page}" "${page}" | head -c 10`], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(r.stdout).toHaveLength(10);
    expect(r.stderr).toBe('');
  });
});
