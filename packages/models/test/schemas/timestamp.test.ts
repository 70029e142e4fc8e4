import { describe, expect, it } from 'vitest';
import { parseFundings, parseTrades } from '../../src/index.js';
import {
  toTimestamp,
  TimestampMicrosSchema,
  TimestampMsSchema,
  TimestampSecondsSchema,
} from '../../src/schemas/timestamp.js';

describe('lenient timestamps (docs/protocol/rest.md#conventions)', () => {
  it('integers and integer strings pass in the field unit; ISO-8601 strings become that unit', () => {
    expect(TimestampMsSchema.parse(1_796_464_800_123)).toBe(1_796_464_800_123);
    expect(TimestampMsSchema.parse('1796464800123')).toBe(1_796_464_800_123);
    expect(TimestampSecondsSchema.parse(1_796_464_800)).toBe(1_796_464_800);
    expect(TimestampMsSchema.parse('2026-12-05T10:00:00.250Z')).toBe(1_796_464_800_250);
    expect(TimestampSecondsSchema.parse('2026-12-05T10:00:00Z')).toBe(1_796_464_800);
    expect(TimestampMicrosSchema.parse('2026-12-05T10:00:00.250123Z')).toBe(1_796_464_800_250_123);
    expect(TimestampMsSchema.parse('2026-12-05T12:00:00+02:00')).toBe(1_796_464_800_000);
    // no zone: UTC, as the venue's examples are, never the machine's local time
    expect(TimestampMsSchema.parse('2026-12-05 10:00:00')).toBe(1_796_464_800_000);
  });

  it('refuses what is no timestamp, naming the unit', () => {
    for (const bad of ['soon', '12/05/2026', 1.5, null, true, '2026-13-45T99:00:00Z']) {
      expect(TimestampMsSchema.safeParse(bad).success, String(bad)).toBe(false);
    }
    expect(TimestampMsSchema.safeParse('soon').error?.issues[0]?.message).toBe(
      'timestamp (ms): an integer or an ISO-8601 string',
    );
    expect(toTimestamp({ value: undefined, unit: 's' })).toBeUndefined();
  });

  it('every timestamp field uses it: an ISO trade time and ISO funding time parse in their units', () => {
    const trades = parseTrades({
      code: 200,
      trades: [
        {
          trade_id: 1,
          tx_hash: 'ab',
          type: 'trade',
          market_id: 0,
          size: '1',
          price: '2',
          usd_amount: '2',
          ask_id: 1,
          bid_id: 2,
          ask_account_id: 3,
          bid_account_id: 4,
          is_maker_ask: true,
          block_height: 1,
          timestamp: '2026-12-05T10:00:00Z',
          transaction_time: '2026-12-05T10:00:00.000001Z',
        },
      ],
    });
    expect(trades.trades[0]).toMatchObject({ timestamp: 1_796_464_800_000, transaction_time: 1_796_464_800_000_001 });
    const f = parseFundings({
      code: 200,
      resolution: '1h',
      fundings: [{ timestamp: '2026-12-05T10:00:00Z', value: '0', rate: '0', direction: 'long' }],
    });
    expect(f.fundings[0]?.timestamp).toBe(1_796_464_800);
  });
});
