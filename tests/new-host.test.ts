import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hostOfUrl, identifierOf, newHost, NewHostError, register } from '../scripts/new-host';
import type { HostRule } from '../utils/engine/hosts/define';
import { hostFixtures, unlabelledReason } from './host-fixtures';
import { repoRoot } from './pages';

/** A temp copy of the parts of the repository new-host reads and writes: the rules and the host fixtures. */
let root = '';
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'jingdu-new-host-'));
  cpSync(join(repoRoot, 'utils/engine/hosts'), join(root, 'utils/engine/hosts'), { recursive: true });
  mkdirSync(join(root, 'fixtures/hosts'), { recursive: true });
  cpSync(join(repoRoot, 'fixtures/hosts/doc88'), join(root, 'fixtures/hosts/doc88'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Every file under the temp root with its content, to see that a refusal wrote nothing. */
function snapshot(dir = root): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) Object.assign(out, snapshot(p));
    else out[relative(root, p)] = readFileSync(p, 'utf8');
  }
  return out;
}

describe('new-host', () => {
  it('writes the rule, registers it in id order and writes a placeholder fixture the meta-test rejects', async () => {
    const { host, written } = newHost('example-wenku', 'https://www.Example-Wenku.com/p-1.html', root);
    expect(host).toBe('example-wenku.com');
    expect(written).toEqual([
      'utils/engine/hosts/example-wenku.ts',
      'utils/engine/hosts/all.ts',
      'fixtures/hosts/example-wenku/page.html',
      'fixtures/hosts/example-wenku/expected.json',
      'fixtures/hosts/example-wenku/SOURCE.md',
    ]);
    const rule = readFileSync(join(root, 'utils/engine/hosts/example-wenku.ts'), 'utf8');
    expect(rule).toContain("hosts: ['example-wenku.com']");
    expect(rule).toMatch(/content: \[\],\n  title: \[\],\n  noise: \{\},/);
    expect(rule).toMatch(/^\/\/ .*fill in/m);

    const all = readFileSync(join(root, 'utils/engine/hosts/all.ts'), 'utf8');
    expect(all).toContain("import exampleWenku from './example-wenku';\nimport fanwen from './fanwen';");
    expect(all).toContain('  ekdoc,\n  exampleWenku,\n  fanwen,');
    // The copy still loads, with the new rule registered and found by its address.
    const { hostRules } = (await import(pathToFileURL(join(root, 'utils/engine/hosts/all.ts')).href)) as { hostRules: HostRule[] };
    const { findHostRule } = await import(pathToFileURL(join(root, 'utils/engine/hosts/find.ts')).href);
    expect(hostRules.map((r) => r.id)).toContain('example-wenku');
    expect(findHostRule('https://m.example-wenku.com/p-2.html')?.id).toBe('example-wenku');

    const [fixture] = hostFixtures(join(root, 'fixtures/hosts')).filter((f) => f.name === 'example-wenku');
    expect(fixture!.expected).toMatchObject({ url: 'https://www.Example-Wenku.com/p-1.html', site: 'example-wenku', unlabelled: true });
    expect(unlabelledReason(fixture!)).toMatch(/placeholder/);
    // The labelled fixture copied in is accepted by the same check.
    expect(unlabelledReason(hostFixtures(join(root, 'fixtures/hosts')).find((f) => f.name === 'doc88')!)).toBeNull();
  });

  it('keeps all.ts in order at both ends and for ids that start with a digit', () => {
    const all = readFileSync(join(repoRoot, 'utils/engine/hosts/all.ts'), 'utf8');
    expect(register(all, '0wenku')).toMatch(
      /import type \{ HostRule \} from '\.\/define';\nimport h0wenku from '\.\/0wenku';\nimport h163wenku/,
    );
    expect(register(all, '0wenku')).toContain('= [\n  h0wenku,\n  h163wenku,');
    expect(register(all, 'zz-docs')).toContain("import zixin from './zixin';\nimport zzDocs from './zz-docs';\n");
    expect(register(all, 'zz-docs')).toContain('  zixin,\n  zzDocs,\n];');
    expect(identifierOf('wenku-baidu')).toBe('wenkuBaidu');
    expect(identifierOf('360docs')).toBe('h360docs');
  });

  it.each([
    ['Bad_Id', 'https://a-new-site.com/', /kebab-case/],
    ['-lead', 'https://a-new-site.com/', /kebab-case/],
    ['', 'https://a-new-site.com/', /kebab-case/],
    ['define', 'https://a-new-site.com/', /not a rule/],
    ['doc88', 'https://a-new-site.com/', /taken/],
    ['new-site', 'ftp://a-new-site.com/x', /http or https/],
    ['new-site', 'not a url', /not an address/],
    ['new-site', 'https://127.0.0.1/x', /hostname/],
    ['new-site', 'https://localhost/x', /hostname/],
    ['new-site', 'https://www.doc88.com/p-1.html', /covered by the doc88 rule/],
    ['new-site', 'https://m.docin.com/p-1.html', /covered by the docin rule/],
    ['new-site', 'https://baidu.com/', /would also cover wenku\.baidu\.com/],
  ])('refuses id %j with %j and writes nothing', (id, url, message) => {
    const before = snapshot();
    expect(() => newHost(id, url, root)).toThrow(NewHostError);
    expect(() => newHost(id, url, root)).toThrow(message);
    expect(snapshot()).toEqual(before);
  });

  it('refuses an id whose fixture folder exists', () => {
    mkdirSync(join(root, 'fixtures/hosts/new-site'));
    expect(() => newHost('new-site', 'https://a-new-site.com/', root)).toThrow(/exists already/);
  });

  it('as a command: says why and exits non-zero on a refusal, prints usage on wrong arguments', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts/new-host.ts'), ...args], { cwd: repoRoot, encoding: 'utf8' });
    const taken = run('doc88', 'https://www.doc88.com/p-1.html');
    expect(taken.status).toBe(1);
    expect(taken.stderr).toMatch(/new-host: id "doc88" is taken.*nothing written/);
    const usage = run('only-one');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/usage: npm run new-host -- <id> <url>/);
    expect(hostOfUrl('http://www.a.example.org/x')).toBe('a.example.org');
  });
});
