import { describe, expect, it } from 'vitest';
import { ApiKeysParamsSchema, parseAccountApiKeys, parseMakerOnlyApiKeys, toWireParams } from '../../src/index.js';

describe('apikeys / getMakerOnlyApiKeys', () => {
  it('parses keys and params (255 = all keys)', () => {
    const r = parseAccountApiKeys({
      code: 200,
      api_keys: [{ account_index: 7, api_key_index: 3, nonce: 12, public_key: 'ab'.repeat(40), transaction_time: 1 }],
    });
    expect(r.api_keys[0]).toEqual({
      account_index: 7,
      api_key_index: 3,
      nonce: 12,
      public_key: 'ab'.repeat(40),
      transaction_time: 1,
    });
    expect(toWireParams(ApiKeysParamsSchema.parse({ accountIndex: 7, apiKeyIndex: 255 }))).toEqual({
      account_index: '7',
      api_key_index: '255',
    });
    expect(parseMakerOnlyApiKeys({ code: 200, api_key_indexes: [3, 4] }).api_key_indexes).toEqual([3, 4]);
  });
});
