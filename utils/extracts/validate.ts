import type { Expected, ImportError } from './messages';

/** A parser returns the checked value (unknown keys dropped) or throws Invalid with the first problem. */
export type Parser<T> = (value: unknown, path: string) => T;

export class Invalid extends Error {
  constructor(readonly error: ImportError) {
    super(error.code);
  }
}

const fail = (path: string, expected: Expected): never => {
  throw new Invalid({ code: 'invalid', path, expected });
};

export const text =
  (max: number): Parser<string> =>
  (v, path) => {
    if (typeof v !== 'string') return fail(path, 'text');
    if (v.length > max) throw new Invalid({ code: 'too-long', path, vars: { max } });
    return v;
  };

export const number: Parser<number> = (v, path) => (typeof v === 'number' && Number.isFinite(v) ? v : fail(path, 'number'));

export const count: Parser<number> = (v, path) => (Number.isInteger(v) && (v as number) >= 0 ? (v as number) : fail(path, 'number'));

export const boolean: Parser<boolean> = (v, path) => (typeof v === 'boolean' ? v : fail(path, 'boolean'));

export const oneOf =
  <T extends string>(values: readonly T[]): Parser<T> =>
  (v, path) =>
    values.includes(v as T) ? (v as T) : fail(path, 'known-value');

export const nullable =
  <T>(inner: Parser<T>): Parser<T | null> =>
  (v, path) =>
    v === null ? null : inner(v, path);

export const optional =
  <T>(inner: Parser<T>): Parser<T | undefined> =>
  (v, path) =>
    v === undefined ? undefined : inner(v, path);

export const list =
  <T>(item: Parser<T>, max: number): Parser<T[]> =>
  (v, path) => {
    if (!Array.isArray(v)) return fail(path, 'list');
    if (v.length > max) throw new Invalid({ code: 'too-many', path, vars: { max } });
    return v.map((x, i) => item(x, `${path}[${i}]`));
  };

export const either =
  <A, B>(a: Parser<A>, isA: (v: unknown) => boolean, b: Parser<B>): Parser<A | B> =>
  (v, path) =>
    isA(v) ? a(v, path) : b(v, path);

type Shape = Record<string, Parser<unknown>>;
export type Parsed<S extends Shape> = { [K in keyof S]: ReturnType<S[K]> };

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Keeps only the known keys (an absent optional key stays absent), so files cannot smuggle fields in. */
export const object =
  <S extends Shape>(shape: S): Parser<Parsed<S>> =>
  (v, path) => {
    if (!isObject(v)) return fail(path, 'object');
    const out: Record<string, unknown> = {};
    for (const [key, parse] of Object.entries(shape)) {
      const value = parse(v[key], path ? `${path}.${key}` : key);
      if (value !== undefined) out[key] = value;
    }
    return out as Parsed<S>;
  };
