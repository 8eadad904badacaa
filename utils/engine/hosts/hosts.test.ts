import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { hostRules } from './all';
import { findHostRule } from './find';
import { contentMatches } from './matches';

const ruleFiles = readdirSync(dirname(fileURLToPath(import.meta.url)))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !['all.ts', 'define.ts', 'find.ts', 'matches.ts'].includes(f))
  .map((f) => f.replace(/\.ts$/, ''));

describe('host rules', () => {
  it('registers every rule file once, with the file name as id', () => {
    expect(hostRules.map((r) => r.id).sort()).toEqual(ruleFiles.sort());
    expect(new Set(hostRules.map((r) => r.id)).size).toBe(hostRules.length);
  });

  it('claims each hostname in one rule only', () => {
    const hosts = hostRules.flatMap((r) => r.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  it('matches its own sample addresses and not lookalike hosts', () => {
    for (const rule of hostRules) for (const url of rule.samples) expect(findHostRule(url)?.id, url).toBe(rule.id);
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
      for (const sel of [...(rule.content ?? []), ...(rule.title ?? []), ...(rule.preview ?? []), ...Object.values(rule.noise ?? {}).flat()]) {
        expect(() => doc.querySelectorAll(sel), `${rule.id}: ${sel}`).not.toThrow();
      }
    }
  });
});

