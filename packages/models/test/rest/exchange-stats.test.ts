import { describe, expect, it } from 'vitest';
import { parseExchangeMetrics, parseExchangeStats, parseExecuteStats } from '../../src/index.js';

describe('exchange stats / metrics / execute stats', () => {
  it('parses all three', () => {
    const s = parseExchangeStats({
      code: 200,
      total: 1,
      order_book_stats: [{ symbol: 'ETH', last_trade_price: 2361.31, daily_trades_count: 5 }],
      daily_usd_volume: 1.5e9,
      daily_trades_count: 5,
    });
    expect([s.order_book_stats[0]?.symbol, s.daily_usd_volume]).toEqual(['ETH', 1.5e9]);
    expect(parseExchangeMetrics({ code: 200, metrics: [{ timestamp: 1, data: 2.5 }] }).metrics).toEqual([
      { timestamp: 1, data: 2.5 },
    ]);
    expect(parseExecuteStats({ period: 'd', result: [{ x: 1 }] }).result).toEqual([{ x: 1 }]);
  });
});
