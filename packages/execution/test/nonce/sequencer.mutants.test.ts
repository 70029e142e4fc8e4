/**
 * TxSequencer behaviours the unit mutation profile showed unguarded (MUTATION.md, run 4): the
 * signal handed to the resync, what is remembered for a drop recovery (only accepted jobs, at
 * most 256), and the recovery's guards (closed, same gap twice, nonce moved, order, non-ok resends).
 */
import { describe, expect, it } from 'vitest';
import { OptimisticNonceManager } from '../../src/nonce/nonce-manager.js';
import { type SendClassification, TxSequencer } from '../../src/nonce/sequencer.js';

interface Tx {
  readonly name: string;
  readonly nonce: bigint;
}

/** A job whose send answers `verdict` (a function of the signed tx) and records every send. */
const jobOf = (params: {
  name: string;
  sent: Tx[];
  verdict?: (tx: Tx) => SendClassification;
  resigned?: [string, bigint, bigint][];
}) => ({
  sign: ({ firstNonce }: { firstNonce: bigint }): Tx => ({ name: params.name, nonce: firstNonce }),
  send: async (tx: Tx) => {
    params.sent.push(tx);
    return params.verdict?.(tx) ?? 'ok';
  },
  classify: ({ result }: { result?: SendClassification }): SendClassification => result ?? 'unknown',
  ...(params.resigned === undefined
    ? {}
    : {
        onResigned: ({ before, after }: { before: Tx; after: Tx }) =>
          params.resigned?.push([params.name, before.nonce, after.nonce]),
      }),
});

const fixed = (n: bigint) => new OptimisticNonceManager({ fetchNextNonce: async () => n });

describe('TxSequencer (mutation guards)', () => {
  it("hands the job's signal to the resync of a not-ready manager", async () => {
    const seen: (AbortSignal | undefined)[] = [];
    const nonces = new OptimisticNonceManager({
      fetchNextNonce: async (signal) => {
        seen.push(signal);
        return 5n;
      },
    });
    const seq = new TxSequencer({ nonces });
    const ac = new AbortController();
    await seq.run(jobOf({ name: 'A', sent: [] }), { signal: ac.signal });
    expect(seen).toEqual([ac.signal]);
  });

  it('a job with an unknown outcome is not re-signed after a drop; an accepted one is', async () => {
    const seq = new TxSequencer({ nonces: fixed(10n) });
    const sent: Tx[] = [];
    await seq.run(jobOf({ name: 'D', sent })); // 10, dropped
    await seq.run(jobOf({ name: 'U', sent, verdict: () => 'unknown' })); // 11
    await seq.run(jobOf({ name: 'B', sent })); // 12
    expect(await seq.recoverFromDrop({ droppedNonce: 10n, readNextNonce: async () => 10n })).toBe(1);
    expect(sent.slice(3)).toEqual([{ name: 'B', nonce: 10n }]);
  });

  it('remembers at most the last 256 accepted jobs for a re-sign', async () => {
    const seq = new TxSequencer({ nonces: fixed(10n) });
    const sent: Tx[] = [];
    // 10 is the dropped one; 257 accepted jobs behind it, of which the oldest is forgotten.
    for (let i = 0; i <= 257; i++) await seq.run(jobOf({ name: `J${i}`, sent }));
    expect(await seq.recoverFromDrop({ droppedNonce: 10n, readNextNonce: async () => 10n })).toBe(256);
    expect(sent[258]).toEqual({ name: 'J2', nonce: 10n });
  });

  it('a closed sequencer recovers nothing and reads no nonce', async () => {
    const seq = new TxSequencer({ nonces: fixed(10n) });
    await seq.run(jobOf({ name: 'A', sent: [] }));
    seq.close();
    let reads = 0;
    const readNextNonce = async () => {
      reads++;
      return 10n;
    };
    expect(await seq.recoverFromDrop({ droppedNonce: 10n, readNextNonce })).toBe(0);
    expect(reads).toBe(0);
  });

  it('the same gap reported twice is read once, even while the venue still shows it', async () => {
    const seq = new TxSequencer({ nonces: fixed(10n) });
    const sent: Tx[] = [];
    for (const n of ['D', 'B']) await seq.run(jobOf({ name: n, sent }));
    let reads = 0;
    const readNextNonce = async () => {
      reads++;
      return 10n;
    };
    expect(await seq.recoverFromDrop({ droppedNonce: 10n, readNextNonce })).toBe(1);
    expect(await seq.recoverFromDrop({ droppedNonce: 10n, readNextNonce })).toBe(0);
    expect(reads).toBe(1);
    expect(sent).toHaveLength(3);
  });

  it('does not resend jobs still in flight when the venue nonce moved past the reported gap', async () => {
    const seq = new TxSequencer({ nonces: fixed(10n) });
    const sent: Tx[] = [];
    for (const n of ['A', 'B', 'C']) await seq.run(jobOf({ name: n, sent })); // 10, 11, 12
    // The venue consumed 10 and 11; C at 12 is still on its way: no gap at 10 any more.
    expect(await seq.recoverFromDrop({ droppedNonce: 10n, readNextNonce: async () => 12n })).toBe(0);
    expect(sent).toHaveLength(3);
  });

  it('re-signs in nonce order even when the jobs were accepted out of nonce order', async () => {
    // The first baseline is 12; a 21104 then re-reads 11, so Y is accepted at 11 after X at 12.
    const baselines = [12n, 11n, 10n];
    const nonces = new OptimisticNonceManager({ fetchNextNonce: async () => baselines.shift() ?? 10n });
    const seq = new TxSequencer({ nonces });
    const sent: Tx[] = [];
    const resigned: [string, bigint, bigint][] = [];
    await seq.run(jobOf({ name: 'X', sent, resigned }));
    let first = true;
    const y = jobOf({
      name: 'Y',
      sent,
      resigned,
      verdict: () => {
        const v: SendClassification = first ? 'invalid-nonce' : 'ok';
        first = false;
        return v;
      },
    });
    expect((await seq.run(y)).signed.nonce).toBe(11n);
    expect(await seq.recoverFromDrop({ droppedNonce: 10n, readNextNonce: async () => 10n })).toBe(2);
    expect(resigned).toEqual([
      ['Y', 11n, 10n],
      ['X', 12n, 11n],
    ]);
  });

  it('a resend that is not accepted is neither counted nor reported re-signed', async () => {
    const seq = new TxSequencer({ nonces: fixed(10n) });
    const sent: Tx[] = [];
    const resigned: [string, bigint, bigint][] = [];
    let resend = false;
    await seq.run(jobOf({ name: 'D', sent }));
    await seq.run(jobOf({ name: 'R', sent, resigned, verdict: () => (resend ? 'rejected' : 'ok') }));
    resend = true;
    expect(await seq.recoverFromDrop({ droppedNonce: 10n, readNextNonce: async () => 10n })).toBe(0);
    expect(resigned).toEqual([]);
    expect(sent.at(-1)).toEqual({ name: 'R', nonce: 10n });
  });

  it('a job without onResigned is re-signed too, and a later gap still recovers', async () => {
    const seq = new TxSequencer({ nonces: fixed(10n) });
    const sent: Tx[] = [];
    for (const n of ['D', 'B']) await seq.run(jobOf({ name: n, sent })); // 10 dropped, B at 11
    expect(await seq.recoverFromDrop({ droppedNonce: 10n, readNextNonce: async () => 10n })).toBe(1);
    // B now sits at 10, C follows at 11 and E at 12; then C's nonce is dropped: E is resent.
    await seq.run(jobOf({ name: 'C', sent }));
    await seq.run(jobOf({ name: 'E', sent }));
    expect(await seq.recoverFromDrop({ droppedNonce: 11n, readNextNonce: async () => 11n })).toBe(1);
    expect(sent.at(-1)?.name).toBe('E');
  });
});
