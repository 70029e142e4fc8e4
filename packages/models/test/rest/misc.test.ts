import { describe, expect, it } from 'vitest';
import {
  BlockTxsParamsSchema,
  FaucetParamsSchema,
  isRateLimitCode,
  parseBridges,
  parseCurrentHeight,
  parseResultCode,
  toWireParams,
} from '../../src/index.js';

describe('small routes', () => {
  it('parses currentHeight and bridges, lenient on unknown statuses', () => {
    expect(parseCurrentHeight({ code: 200, height: '227535532' }).height).toBe(227535532);
    expect(
      parseBridges({ code: 200, bridges: [{ status: 'bridging' }, { status: 'new' }] }).bridges.map((b) => b.status),
    ).toEqual(['bridging', 'new']);
  });
  it('validates params', () => {
    expect(toWireParams(FaucetParamsSchema.parse({ l1Address: `0x${'b'.repeat(40)}`, doL1Transfer: true }))).toEqual({
      l1_address: `0x${'b'.repeat(40)}`,
      do_l1_transfer: 'true',
    });
    expect(BlockTxsParamsSchema.safeParse({ by: 'hash', value: '1' }).success).toBe(false);
  });
  it('parses REST error bodies and recognises rate limits', () => {
    const e = parseResultCode({ code: 21104, message: 'invalid nonce' });
    expect([e.code, e.message]).toEqual([21104, 'invalid nonce']);
    expect(isRateLimitCode(23000)).toBe(true);
    expect(isRateLimitCode(429)).toBe(true);
    expect(isRateLimitCode(21104)).toBe(false);
  });
});
