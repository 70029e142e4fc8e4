import { describe, expect, it } from 'vitest';
import { parseSendTxBatchResponse, parseSendTxResponse } from '../../src/index.js';
import { loadFixture } from '../helpers/fixtures.js';

describe('sendTx', () => {
  it('parses ccxt_send_tx_response.json', () => {
    const r = parseSendTxResponse(loadFixture('rest/ccxt_send_tx_response.json'));
    expect(r.code).toBe(200);
    expect(r.message).toBe('{"ratelimit": "didn\'t use volume quota"}');
    expect(r.tx_hash).toBe('txhash');
    expect(r.predicted_execution_time_ms).toBe(1766088500120);
    expect(r.volume_quota_remaining).toBeUndefined();
  });
  it('parses a batch response', () => {
    const r = parseSendTxBatchResponse({ code: 200, tx_hash: ['a', 'b'], predicted_execution_time_ms: 5 });
    expect(r.tx_hash).toEqual(['a', 'b']);
  });
});
