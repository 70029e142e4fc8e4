import { describe, expect, it } from 'vitest';
import { parseLiquidationInfos } from '../../src/index.js';

describe('liquidations', () => {
  it('parses a liquidation with its trade', () => {
    const r = parseLiquidationInfos({
      code: 200,
      liquidations: [
        {
          id: 9,
          market_id: 0,
          type: 'partial',
          trade: { price: '2000.00', size: '0.5000', taker_fee: '0', maker_fee: '0', transaction_time: 1 },
          info: { positions: [] },
          executed_at: 1700000000000,
        },
      ],
      next_cursor: null,
    });
    expect(r.liquidations[0]?.id).toBe('9');
    expect(r.liquidations[0]?.trade?.price).toBe('2000.00');
  });
});
