import { describe, expect, it } from 'vitest';
import { parseAnnouncements, parseStatus, parseWithdrawalDelay, parseZkLighterInfo } from '../../src/index.js';

describe('status routes', () => {
  it('parses /, /info, withdrawalDelay, announcement', () => {
    expect(parseStatus({ status: 200, network_id: 304, timestamp: 1700000000 })).toEqual({
      status: 200,
      network_id: 304,
      timestamp: 1700000000,
    });
    expect(
      parseZkLighterInfo({ contract_address: '0x3B4D794a66304F130a4Db8F2551B0070dfCf5ca7' }).contract_address,
    ).toBe('0x3B4D794a66304F130a4Db8F2551B0070dfCf5ca7');
    expect(parseWithdrawalDelay({ seconds: 3600 }).seconds).toBe(3600);
    expect(parseAnnouncements({ code: 200, announcements: null }).announcements).toEqual([]);
    expect(() => parseStatus({ status: 200 })).toThrow(/timestamp/);
  });
});
