import { describe, expect, it } from 'vitest';
import { parseAccountApiKeys, parseMakerOnlyApiKeys } from '../../src/index.js';

describe('apikeys / getMakerOnlyApiKeys', () => {
  it('parses keys and maker-only key indexes', () => {
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
    expect(parseMakerOnlyApiKeys({ code: 200, api_key_indexes: [3, 4] }).api_key_indexes).toEqual([3, 4]);
  });
});
