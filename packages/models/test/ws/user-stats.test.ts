import { describe, expect, it } from 'vitest';
import { parseWsFrame } from '../../src/index.js';
import { loadFixture } from '../helpers/fixtures.js';

describe('user_stats frames', () => {
  it('parses nt_user_stats_with_position.json field for field', () => {
    const f = parseWsFrame(loadFixture('ws/nt_user_stats_with_position.json'));
    if (f.kind !== 'user_stats') throw new Error(`kind ${f.kind}`);
    const figures = {
      available_balance: '39.168314',
      buying_power: '0',
      collateral: '39.995369',
      leverage: '0.41',
      margin_usage: '2.07',
      portfolio_value: '39.995169',
    };
    expect(f.stats).toEqual({ ...figures, account_trading_mode: 0, cross_stats: figures, total_stats: figures });
  });
  it('parses docs_user_stats_update.json and nt_user_stats_update.json', () => {
    const d = parseWsFrame(loadFixture('ws/docs_user_stats_update.json'));
    if (d.kind !== 'user_stats') throw new Error(`kind ${d.kind}`);
    expect(d.stats.collateral).toBe('5000.00');
    expect(d.stats.leverage).toBe('3.0');
    expect(d.stats.account_trading_mode).toBeUndefined();
    expect(d.stats.cross_stats?.buying_power).toBe('0');
    const n = parseWsFrame(loadFixture('ws/nt_user_stats_update.json'));
    expect(n.kind === 'user_stats' && n.stats.portfolio_value).toBe('40.000000');
  });
});
