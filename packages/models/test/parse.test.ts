import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as models from '../src/index.js';
import { isLighterParseError, parseWsFrame } from '../src/index.js';
import { listFixtures, loadFixture } from './helpers/fixtures.js';

const PAYLOAD_PARSERS = Object.entries(models).filter(
  ([name, value]) =>
    /^parse[A-Z]/.test(name) && typeof value === 'function' && !['parseWith', 'parseJsonText'].includes(name),
) as [string, (raw: unknown) => unknown][];

function outcome(fn: () => unknown): 'ok' | 'typed' {
  try {
    fn();
    return 'ok';
  } catch (e) {
    if (isLighterParseError(e)) return 'typed';
    throw e;
  }
}

/** Replace the value at a random path of a JSON tree. */
function mutate(value: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object') return replacement;
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  if (entries.length === 0) return replacement;
  const [head = 0, ...rest] = path;
  const [key, child] = entries[head % entries.length]!;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...(value as object) };
  (copy as Record<string, unknown>)[key] = mutate(child, rest, replacement);
  return copy;
}

describe('parsers never leak a foreign error', () => {
  it('every exported parse* function throws only LighterParseError on garbage', () => {
    expect(PAYLOAD_PARSERS.length).toBeGreaterThan(40);
    for (const [name, parse] of PAYLOAD_PARSERS) {
      for (const garbage of [null, 42, 'x', [], {}, { code: 'abc' }, { code: 200, nonce: {} }]) {
        expect(() => outcome(() => parse(garbage)), name).not.toThrow();
      }
    }
  });

  it('property: parseWsFrame on arbitrary JSON values is ok or a typed error', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.constantFrom('update/order_book', 'subscribed/trade', 'update/account_all', 'error', 'x'),
        (v, type) => {
          expect(() => outcome(() => parseWsFrame(v))).not.toThrow();
          const withType = v !== null && typeof v === 'object' && !Array.isArray(v) ? { ...v, type } : { type, v };
          expect(() => outcome(() => parseWsFrame(withType))).not.toThrow();
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('property: mutating any leaf of any WS fixture gives ok or a typed error, never a crash', () => {
    const frames = listFixtures('ws')
      .flatMap((f) => {
        const raw = loadFixture(`ws/${f}`);
        return Array.isArray(raw) ? raw : [raw];
      })
      .filter((f) => typeof f === 'object');
    fc.assert(
      fc.property(
        fc.constantFrom(...frames),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.oneof(fc.jsonValue(), fc.constant(undefined)),
        (frame, path, replacement) => {
          const mutated = mutate(frame, path, replacement);
          expect(() => outcome(() => parseWsFrame(mutated))).not.toThrow();
          expect(() => outcome(() => parseWsFrame(JSON.stringify(mutated) ?? 'undefined'))).not.toThrow();
        },
      ),
      { numRuns: 1000 },
    );
  });
});
