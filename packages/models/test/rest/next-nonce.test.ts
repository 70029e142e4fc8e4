import { describe, expect, it } from 'vitest';
import { NextNonceParamsSchema, parseNextNonce, toWireParams } from '../../src/index.js';
import { loadFixture } from '../helpers/fixtures.js';

describe('nextNonce', () => {
  it('parses nt_next_nonce.json', () => {
    const r = parseNextNonce(loadFixture('rest/nt_next_nonce.json'));
    expect(r.code).toBe(200);
    expect(r.nonce).toBe(1234567890);
  });
  it('validates params (api key 0..254)', () => {
    expect(toWireParams(NextNonceParamsSchema.parse({ accountIndex: 7, apiKeyIndex: 3 }))).toEqual({
      account_index: '7',
      api_key_index: '3',
    });
    expect(NextNonceParamsSchema.safeParse({ accountIndex: 7, apiKeyIndex: 255 }).success).toBe(false);
  });
});
