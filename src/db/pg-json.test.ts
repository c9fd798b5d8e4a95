import { describe, expect, it } from 'vitest';
import { pgJson, pgStorable } from './pg-json.js';

describe('pgJson', () => {
  it('replaces NUL and lone surrogates, keeps pairs, escaped backslashes and other controls', () => {
    expect(JSON.parse(pgJson({ a: 'x\u0000y', b: '\uD800', c: 'z\uDFFF' }))).toEqual({
      a: 'x\uFFFDy',
      b: '\uFFFD',
      c: 'z\uFFFD',
    });
    expect(JSON.parse(pgJson(['🔌', '\\u0000', '\\\u0000', '\t\u0001']))).toEqual([
      '🔌',
      '\\u0000',
      '\\\uFFFD',
      '\t\u0001',
    ]);
  });

  it('pgStorable cleans strings and keys deep inside, and returns clean values untouched', () => {
    const clean = { a: ['x', { b: 1 }], c: '🔌' };
    expect(pgStorable(clean)).toBe(clean);
    const dirty = { a: ['x', { b: 'y\u0000' }], ['k\uD800']: 2, c: '🔌' };
    expect(pgStorable(dirty)).toEqual({ a: ['x', { b: 'y\uFFFD' }], ['k\uFFFD']: 2, c: '🔌' });
    expect(dirty.a[1]).toEqual({ b: 'y\u0000' }); // the original is not changed (the message log keeps it)
  });
});
