import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { hostFixtures, unlabelledReason } from '../../../tests/host-fixtures';
import { norm, parse } from '../../../tests/pages';
import { extract } from '../index';
import { nodeParts } from '../node-parts';
import { hostRules } from './all';
import { findHostRule } from './find';
import { contentMatches } from './matches';

const ruleFiles = readdirSync(dirname(fileURLToPath(import.meta.url)))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !['all.ts', 'define.ts', 'find.ts', 'matches.ts'].includes(f))
  .map((f) => f.replace(/\.ts$/, ''));
const fixtures = hostFixtures();

describe('host rules', () => {
  it('registers every rule file once, with the file name as id', () => {
    expect(hostRules.map((r) => r.id).sort()).toEqual(ruleFiles.sort());
    expect(new Set(hostRules.map((r) => r.id)).size).toBe(hostRules.length);
  });

  it('claims each hostname in one rule only', () => {
    const hosts = hostRules.flatMap((r) => r.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  it('matches each of its hostnames and their subdomains, and not lookalike hosts', () => {
    for (const rule of hostRules) {
      for (const h of rule.hosts) {
        expect(findHostRule(`https://${h}/p-1.html`)?.id, h).toBe(rule.id);
        expect(findHostRule(`http://m.${h}/p-1.html`)?.id, h).toBe(rule.id);
      }
    }
    expect(findHostRule('https://m.doc88.com/p-1.html')?.id).toBe('doc88');
    expect(findHostRule('https://www.360docs.net/doc/1.html')?.id).toBe('360docs');
    expect(findHostRule('https://www.360doc.com/content/1.shtml')?.id).toBe('360doc');
    expect(findHostRule('https://notdoc88.com/p-1.html')).toBeUndefined();
    expect(findHostRule('not a url')).toBeUndefined();
  });

  it('gives the content script exactly the rules hosts, never <all_urls>', () => {
    expect(contentMatches).toHaveLength(hostRules.flatMap((r) => r.hosts).length);
    expect(contentMatches).not.toContain('<all_urls>');
    for (const m of contentMatches) expect(m).toMatch(/^\*:\/\/\*\.[a-z0-9.-]+\/\*$/);
  });

  it('names preview-only sites honestly and gives selectors that parse', () => {
    expect(hostRules.filter((r) => r.textLayer === 'preview-only').map((r) => r.id)).toEqual(
      expect.arrayContaining(['doc88', 'wenku-baidu', 'book118']),
    );
    const { document: doc } = parseHTML('<html><body></body></html>');
    for (const rule of hostRules) {
      for (const sel of [
        ...(rule.content ?? []),
        ...(rule.title ?? []),
        ...(rule.preview ?? []),
        ...Object.values(rule.noise ?? {}).flat(),
      ]) {
        expect(() => doc.querySelectorAll(sel), `${rule.id}: ${sel}`).not.toThrow();
      }
    }
  });
});

describe('host fixtures (fixtures/hosts)', () => {
  it('has at least one labelled page for every host rule', () => {
    const covered = new Set(fixtures.filter((f) => !unlabelledReason(f)).map((f) => f.expected.site));
    expect(hostRules.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s: does what its expected.json says', (name, f) => {
    expect(unlabelledReason(f), name).toBeNull();
    const { url, site, textLayer, kept, gone } = f.expected;
    expect(name === site || name.startsWith(`${site}--`), 'folder is named <id> or <id>--<label>').toBe(true);
    expect(findHostRule(url)?.id, url).toBe(site);
    const result = extract(parse(f.html), url, nodeParts);
    expect(result.detected).toBe(true);
    expect(result.site).toBe(site);
    if (textLayer) expect(result.textLayer).toBe(textLayer);
    const text = norm(result.text);
    expect(
      kept.filter((k) => !text.includes(norm(k))),
      'kept strings missing',
    ).toEqual([]);
    expect(
      gone.filter((g) => text.includes(norm(g))),
      'noise strings left',
    ).toEqual([]);
  });
});
