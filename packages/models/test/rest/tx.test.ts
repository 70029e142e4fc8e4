import { describe, expect, it } from 'vitest';
import { TX_STATUS, parseEnrichedTx, parseTxs } from '../../src/index.js';
import { decodeTxJson } from '../../src/rest/tx.js';
import { loadFixture } from '../helpers/fixtures.js';

describe('tx routes', () => {
  it('parses EnrichedTx and Txs, decoding info lazily', () => {
    const obj = loadFixture('ws/docs_account_tx_transaction_object.json') as Record<string, unknown>;
    const e = parseEnrichedTx({ ...obj, code: 200, committed_at: 1, verified_at: 2 });
    expect([e.status, e.committed_at]).toEqual([TX_STATUS.EXECUTED, 1]);
    expect(decodeTxJson(e.info)).toMatchObject({ MarketIndex: 3, Index: 404 });
    expect(decodeTxJson(e.event_info)).toEqual({ a: 1, i: 404, u: 123, ae: '' });
    expect(decodeTxJson('{bad')).toBeUndefined();
    expect(parseTxs({ code: 200, txs: [obj] }).txs[0]?.sequence_index).toBe(5678);
  });
});
