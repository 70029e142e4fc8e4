import { describe, expect, it } from 'vitest';
import { compareShape } from './shape.js';

describe('compareShape', () => {
  it('reports missing keys, extra keys and type changes, and accepts optional keys', () => {
    expect(compareShape({ a: '1', b: 2 }, { a: '1', b: 2 })).toEqual([]);
    expect(compareShape({ a: 1 }, { a: '1' })).toEqual(['$.a: expected string, got number']);
    expect(compareShape({}, { a: '1' })).toEqual(['$.a: missing']);
    expect(compareShape({ a: '1', z: 0 }, { a: '1' })).toEqual(['$.z: not in fixture']);
    expect(compareShape({}, { a: '1' }, { optional: ['a'] })).toEqual([]);
    expect(compareShape({ l: [{ x: 1 }] }, { l: [{ x: '1' }] })).toEqual(['$.l[0].x: expected string, got number']);
    expect(compareShape({ m: { '7': { x: 1 } } }, { m: { '0': { x: 1 } } }, { maps: ['m'] })).toEqual([]);
    expect(compareShape({ n: [1] }, { n: null })).toEqual([]);
  });
});
