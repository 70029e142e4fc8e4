import { describe, expect, it } from 'vitest';
import { parsePublicPoolsMetadata } from '../../src/index.js';

describe('publicPoolsMetadata', () => {
  it('parses pools', () => {
    const r = parsePublicPoolsMetadata({
      code: 200,
      public_pools: [{ account_index: 281474976710654, name: 'LLP', total_asset_value: '1.5' }],
    });
    expect(r.public_pools[0]).toEqual({ account_index: 281474976710654, name: 'LLP', total_asset_value: '1.5' });
  });
});
