import { describe, expect, it } from 'vitest';
import { spendsVolumeQuota, TX_TYPE, VOLUME_QUOTA, volumeQuotaRemainingOf } from '../../src/index.js';

describe('volume quota', () => {
  it('reads the remaining quota from the field, else from the message, else says nothing', () => {
    expect(
      volumeQuotaRemainingOf({ code: 200, volume_quota_remaining: 998, message: '12 volume quota remaining.' }),
    ).toBe(998);
    expect(volumeQuotaRemainingOf({ code: 200, volume_quota_remaining: '41' })).toBe(41);
    expect(volumeQuotaRemainingOf({ code: 200, message: '10780 volume quota remaining.' })).toBe(10780);
    expect(volumeQuotaRemainingOf({ code: 200, message: '1,234,567 volume quota remaining.' })).toBe(1234567);
    expect(volumeQuotaRemainingOf({ code: 200, message: '{"ratelimit": "didn\'t use volume quota"}' })).toBeUndefined();
    expect(volumeQuotaRemainingOf({ code: 200, tx_hash: 'ab' })).toBeUndefined();
    expect(volumeQuotaRemainingOf({ type: 'jsonapi/sendtx', data: { volume_quota_remaining: 7 } })).toBe(7);
    expect(volumeQuotaRemainingOf({ volume_quota_remaining: -1 })).toBeUndefined();
    expect(volumeQuotaRemainingOf(null)).toBeUndefined();
    expect(volumeQuotaRemainingOf('5 volume quota remaining.')).toBeUndefined();
  });

  it('only order-placing txs spend it; cancels do not', () => {
    expect(
      [TX_TYPE.CREATE_ORDER, TX_TYPE.CANCEL_ALL_ORDERS, TX_TYPE.MODIFY_ORDER, TX_TYPE.CREATE_GROUPED_ORDERS].every(
        spendsVolumeQuota,
      ),
    ).toBe(true);
    expect(spendsVolumeQuota(TX_TYPE.CANCEL_ORDER)).toBe(false);
    expect(spendsVolumeQuota(TX_TYPE.TRANSFER)).toBe(false);
    expect([VOLUME_QUOTA.INITIAL, VOLUME_QUOTA.MAX, VOLUME_QUOTA.USD_PER_TX, VOLUME_QUOTA.FREE_TX_INTERVAL_MS]).toEqual(
      [1_000, 5_000_000, 10, 15_000],
    );
  });
});
