import { describe, expect, it } from 'vitest';
import { parseWsFrame } from '../../src/index.js';

describe('pool_data / pool_info / notification / account_market / spot avg entry', () => {
  it('parse to their kinds', () => {
    const p = parseWsFrame({
      type: 'update/pool_info',
      channel: 'pool_info:1',
      pool_info: { status: 0, operator_fee: '10.00', total_shares: 5 },
    });
    expect(p.kind === 'pool_info' && p.pool_info?.operator_fee).toBe('10.00');
    const d = parseWsFrame({ type: 'subscribed/pool_data', channel: 'pool_data:1', trades: null, orders: [] });
    expect(d.kind === 'pool_data' && d.trades).toEqual([]);
    const n = parseWsFrame({
      type: 'update/notification',
      channel: 'notification:1',
      notifs: [{ id: 'n1', kind: 'liquidation', account_index: 1, content: { x: 1 }, ack: false }],
    });
    expect(n.kind === 'notification' && n.notifs[0]?.kind).toBe('liquidation');
    const m = parseWsFrame({
      type: 'update/account_market',
      channel: 'account_market:0:1',
      account: 1,
      position: { market_id: 0, sign: -1, position: '0.1000' },
      assets: null,
    });
    expect(m.kind === 'account_market' && [m.position?.sign, m.assets]).toEqual([-1, []]);
    const s = parseWsFrame({
      type: 'update/account_spot_avg_entry_prices',
      channel: 'account_spot_avg_entry_prices:1',
      avg_entry_prices: { ETH: { asset_id: 1, avg_entry_price: '3031.70', asset_size: '0.5', last_trade_id: 9 } },
    });
    expect(s.kind === 'account_spot_avg_entry_prices' && s.avg_entry_prices[0]?.avg_entry_price).toBe('3031.70');
  });
});
