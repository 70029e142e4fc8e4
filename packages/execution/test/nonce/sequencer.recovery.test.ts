// TxSequencer.recoverFromDrop against an in-test venue whose sequencer drops a tx without consuming
// its nonce (docs/protocol/transactions.md#nonces).
import { describe, expect, it } from 'vitest';
import { OptimisticNonceManager } from '../../src/nonce/nonce-manager.js';
import { type SendClassification, TxSequencer } from '../../src/nonce/sequencer.js';

/** Answers 200 to the API server's next nonce; the sequencer applies only the committed one. */
class DroppingVenue {
  committed = 10n;
  apiNext = 10n;
  dropNext = false;
  applied: string[] = [];
  async nextNonce(): Promise<bigint> {
    return this.committed;
  }
  async send(tx: { nonce: bigint; name: string }): Promise<{ code: number }> {
    if (tx.nonce !== this.committed && tx.nonce !== this.apiNext) return { code: 21104 };
    if (this.dropNext || tx.nonce !== this.committed) {
      this.dropNext = false;
      this.apiNext = tx.nonce + 1n;
      return { code: 200 };
    }
    this.committed = tx.nonce + 1n;
    this.apiNext = this.committed;
    this.applied.push(`${tx.name}@${tx.nonce}`);
    return { code: 200 };
  }
}

const classify = ({ result, error }: { result?: { code: number }; error?: unknown }): SendClassification =>
  error !== undefined ? 'unknown' : result?.code === 200 ? 'ok' : result?.code === 21104 ? 'invalid-nonce' : 'rejected';

describe('TxSequencer.recoverFromDrop', () => {
  it('re-signs the jobs after the gap from the venue nonce, not the dropped one, once per gap', async () => {
    const venue = new DroppingVenue();
    const nonces = new OptimisticNonceManager({ fetchNextNonce: () => venue.nextNonce() });
    const seq = new TxSequencer({ nonces });
    const resigned: [bigint, bigint][] = [];
    const job = (name: string) => ({
      sign: ({ firstNonce }: { firstNonce: bigint }) => ({ nonce: firstNonce, name }),
      send: (tx: { nonce: bigint; name: string }) => venue.send(tx),
      classify,
      onResigned: ({ before, after }: { before: { nonce: bigint }; after: { nonce: bigint } }) =>
        resigned.push([before.nonce, after.nonce]),
    });
    venue.dropNext = true;
    for (const n of ['A', 'B', 'C']) expect((await seq.run(job(n))).classification).toBe('ok');
    expect(venue.applied).toEqual([]);

    expect(await seq.recoverFromDrop({ droppedNonce: 10n, readNextNonce: () => venue.nextNonce() })).toBe(2);
    expect(venue.applied).toEqual(['B@10', 'C@11']);
    expect(resigned).toEqual([
      [11n, 10n],
      [12n, 11n],
    ]);
    // The same gap reported again (another probe): nothing is resent twice.
    expect(await seq.recoverFromDrop({ droppedNonce: 10n, readNextNonce: () => venue.nextNonce() })).toBe(0);
    // The local baseline follows the venue.
    await seq.run(job('D'));
    expect(venue.applied).toEqual(['B@10', 'C@11', 'D@12']);
  });

  it('does nothing when the venue nonce moved past the reported gap (the tx landed late)', async () => {
    const venue = new DroppingVenue();
    const nonces = new OptimisticNonceManager({ fetchNextNonce: () => venue.nextNonce() });
    const seq = new TxSequencer({ nonces });
    const job = (name: string) => ({
      sign: ({ firstNonce }: { firstNonce: bigint }) => ({ nonce: firstNonce, name }),
      send: (tx: { nonce: bigint; name: string }) => venue.send(tx),
      classify,
    });
    await seq.run(job('A'));
    await seq.run(job('B'));
    expect(await seq.recoverFromDrop({ droppedNonce: 10n, readNextNonce: () => venue.nextNonce() })).toBe(0);
    expect(venue.applied).toEqual(['A@10', 'B@11']);
  });
});
