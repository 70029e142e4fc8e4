import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonEntries, base64Decode, base64Encode, parseJsonExact, writeJson } from '../../src/tx-info-json.js';
import { expectRejected } from './helpers.js';

describe('tx_info JSON codec', () => {
  it('keeps int64 values exact where JSON.parse would round', () => {
    expect(parseJsonExact('{"a":1152921504606846975,"b":-1,"c":[1,2],"d":null,"e":"x\\"y"}')).toEqual({
      a: 1152921504606846975n,
      b: -1n,
      c: [1n, 2n],
      d: null,
      e: 'x"y',
    });
  });

  it('writes compact Go-style JSON in the given key order', () => {
    expect(
      writeJson(
        new JsonEntries([
          ['B', 2n],
          ['A', [1n]],
          ['S', 'a<b'],
          ['N', null],
        ]),
      ),
    ).toBe('{"B":2,"A":[1],"S":"a\\u003cb","N":null}');
  });

  it('round-trips base64 like Go StdEncoding and rejects non-canonical text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = base64Encode(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(base64Decode(text, 'x')).toEqual(bytes);
      }),
      { numRuns: 300 },
    );
    expectRejected(() => base64Decode('AB==', 'Sig'), 'Sig', /canonical/);
    expectRejected(() => base64Decode('A', 'Sig'), 'Sig');
    expectRejected(() => base64Decode('AA AA', 'Sig'), 'Sig');
  });

  it('rejects malformed JSON without throwing anything but SigningInputError', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        try {
          parseJsonExact(s);
        } catch (e) {
          expect((e as { code?: string }).code).toBe('SIGNING_INPUT');
        }
      }),
      { numRuns: 500 },
    );
    expectRejected(() => parseJsonExact('[1,]'), 'tx_info');
    expectRejected(() => parseJsonExact(`${'['.repeat(40)}${']'.repeat(40)}`), 'tx_info', /deep/);
  });
});
