/**
 * Command results: the nonce / hash refs of what was sent, and the single-order result built from
 * them (first tx, and `skipped` present only when something was skipped).
 */
import { describe, expect, it } from 'vitest';
import type { ExecSignedTx } from '../../src/execution/contracts.js';
import { refsOf, single } from '../../src/execution/results.js';

const tx = (nonce: bigint, txHash: string) => ({ nonce, txHash, txType: 14, txInfo: '{}' }) as unknown as ExecSignedTx;

describe('results', () => {
  it('refsOf keeps the order of the signed txs, nonce as a decimal string', () => {
    expect(refsOf([tx(7n, 'aa'), tx(8n, 'bb')])).toEqual([
      { nonce: '7', txHash: 'aa' },
      { nonce: '8', txHash: 'bb' },
    ]);
    expect(refsOf([])).toEqual([]);
  });

  it('single takes the first tx and carries the outcome', () => {
    expect(
      single({ status: 'SUBMITTED', txs: refsOf([tx(7n, 'aa'), tx(8n, 'bb')]), outcome: 'unknown' }),
    ).toStrictEqual({ status: 'SUBMITTED', nonce: '7', txHash: 'aa', outcome: 'unknown' });
  });

  it('nothing sent: no nonce or hash; a skip names its reason', () => {
    expect(
      single({ status: 'PENDING_CANCEL', txs: [], outcome: 'skipped', skipped: 'ALREADY_PENDING_CANCEL' }),
    ).toStrictEqual({
      status: 'PENDING_CANCEL',
      nonce: undefined,
      txHash: undefined,
      outcome: 'skipped',
      skipped: 'ALREADY_PENDING_CANCEL',
    });
    expect('skipped' in single({ status: 'DENIED', txs: [], outcome: 'denied' })).toBe(false);
  });
});
