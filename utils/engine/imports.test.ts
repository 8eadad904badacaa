import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The engine's rooms, lowest first: a file runs code only from its own room or a lower one, so a page's
// walk through the engine (index → pipeline → live page → stages → text) never returns to a file it left.
// parts.ts (how a stage asks for a part) and plan.ts (what cleaning does) sit under the stages that use them.
const ROOMS = ['types', 'text', 'hosts', 'core', 'stages', 'engine'] as const;
const CORE = new Set(['parts.ts', 'plan.ts', 'timed.ts']);
const root = path.resolve(__dirname);

function roomOf(file: string): number {
  const rel = path.relative(root, file).replaceAll(path.sep, '/');
  if (rel === 'types.ts') return 0;
  if (CORE.has(rel)) return ROOMS.indexOf('core');
  const top = rel.split('/')[0]!;
  const i = ROOMS.indexOf(top as (typeof ROOMS)[number]);
  return i >= 0 ? i : ROOMS.indexOf('engine');
}

/** The engine's own files (tests and their helpers left out). */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    // robust/: the property tests and their helpers, which drive the page glue as the browser would.
    if (e.isDirectory()) return e.name === 'robust' ? [] : sources(p);
    return /\.ts$/.test(e.name) && !/\.test\.ts$|\.d\.ts$|^test-/.test(e.name) ? [p] : [];
  });
}

const files = sources(root);
const IMPORT = /^(import|export)\b(\s+type\b)?[^'"]*?from\s+'([^']+)'/gm;
/** Every import of each file, read once; `typeOnly` ones describe a shape and run nothing. */
const parsed = new Map(
  files.map((f) => [f, [...fs.readFileSync(f, 'utf8').matchAll(IMPORT)].map((m) => ({ spec: m[3]!, typeOnly: !!m[2] }))] as const),
);
const importsOf = new Map([...parsed].map(([f, all]) => [f, all.map((i) => i.spec)] as const));
const runImportsOf = new Map([...parsed].map(([f, all]) => [f, all.filter((i) => !i.typeOnly).map((i) => i.spec)] as const));
const resolve = (from: string, spec: string) => {
  const base = path.resolve(path.dirname(from), spec);
  return [`${base}.ts`, path.join(base, 'index.ts')].find((c) => fs.existsSync(c)) ?? base;
};

describe('the engine imports one way', () => {
  it('reaches nothing outside itself but packages: no UI, no page glue, no extension API', () => {
    const outside = [...importsOf].flatMap(([f, specs]) =>
      specs
        .filter((s) => (s.startsWith('.') && !resolve(f, s).startsWith(root)) || /^(@\/|~\/|wxt|webextension-polyfill|#imports)/.test(s))
        .map((s) => `${path.relative(root, f)} → ${s}`),
    );
    expect(outside).toEqual([]);
  });

  it('runs code down the rooms, never up (types ← text, hosts ← parts, plan ← stages ← pipeline and the rest)', () => {
    const upward = [...runImportsOf].flatMap(([f, specs]) =>
      specs
        .filter((s) => s.startsWith('.'))
        .map((s) => resolve(f, s))
        .filter((d) => roomOf(d) > roomOf(f))
        .map((d) => `${path.relative(root, f)} → ${path.relative(root, d)}`),
    );
    expect(upward).toEqual([]);
  });

  it('has no cycle between files, type imports included', () => {
    const state = new Map<string, 1 | 2>();
    const cycles: string[] = [];
    const visit = (f: string, stack: string[]) => {
      state.set(f, 1);
      stack.push(f);
      for (const s of importsOf.get(f) ?? []) {
        if (!s.startsWith('.')) continue;
        const d = resolve(f, s);
        if (state.get(d) === 1) cycles.push([...stack.slice(stack.indexOf(d)), d].map((x) => path.relative(root, x)).join(' → '));
        else if (!state.has(d) && importsOf.has(d)) visit(d, stack);
      }
      stack.pop();
      state.set(f, 2);
    };
    for (const f of files) if (!state.has(f)) visit(f, []);
    expect(cycles).toEqual([]);
  });
});
