import { describe, expect, it } from 'vitest';
import { isRateLimitCode, parseBridges, parseCurrentHeight, parseResultCode } from '../../src/index.js';

describe('small routes', () => {
  it('parses currentHeight and bridges, lenient on unknown statuses', () => {
    expect(parseCurrentHeight({ code: 200, height: '227535532' }).height).toBe(227535532);
    expect(
      parseBridges({ code: 200, bridges: [{ status: 'bridging' }, { status: 'new' }] }).bridges.map((b) => b.status),
    ).toEqual(['bridging', 'new']);
  });
  it('parses REST error bodies and recognises rate limits', () => {
    const e = parseResultCode({ code: 21104, message: 'invalid nonce' });
    expect([e.code, e.message]).toEqual([21104, 'invalid nonce']);
    expect(isRateLimitCode(23000)).toBe(true);
    expect(isRateLimitCode(429)).toBe(true);
    expect(isRateLimitCode(21104)).toBe(false);
  });
});
