/**
 * The sequencer's serialisation (parity S4): one job at a time per key — a job is not even
 * signed before the previous job's send has settled — and sends leave in nonce order.
 */
import { describe, expect, it } from 'vitest';
import { OptimisticNonceManager } from '../../src/nonce/nonce-manager.js';
import { TxSequencer } from '../../src/nonce/sequencer.js';

/** A promise with its resolver, to hold a send open until the test releases it. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('TxSequencer serialisation', () => {
  it('one tx at a time per key: the next job is signed only after the previous send settled', async () => {
    const nonces = new OptimisticNonceManager({ fetchNextNonce: async () => 10n });
    const seq = new TxSequencer({ nonces });
    const log: string[] = [];
    const gates = [deferred(), deferred(), deferred()];
    const runs = gates.map((gate, i) =>
      seq.run({
        sign: ({ firstNonce }) => {
          log.push(`sign ${i} @${firstNonce}`);
          return firstNonce;
        },
        send: async (nonce) => {
          log.push(`send ${i} @${nonce}`);
          await gate.promise;
          log.push(`done ${i}`);
          return nonce;
        },
        classify: () => 'ok',
      }),
    );
    // Release the sends in reverse: the order of the log must still be strictly job by job.
    gates[2]!.resolve();
    gates[1]!.resolve();
    await new Promise((r) => setImmediate(r));
    expect(log.filter((l) => l.startsWith('sign 1') || l.startsWith('sign 2'))).toEqual([]);
    gates[0]!.resolve();
    const results = await Promise.all(runs);
    expect(log).toEqual([
      'sign 0 @10',
      'send 0 @10',
      'done 0',
      'sign 1 @11',
      'send 1 @11',
      'done 1',
      'sign 2 @12',
      'send 2 @12',
      'done 2',
    ]);
    expect(results.map((r) => r.signed)).toEqual([10n, 11n, 12n]);
  });

  it('a failed job does not stall the queue: the next job still runs, with the next nonce', async () => {
    const nonces = new OptimisticNonceManager({ fetchNextNonce: async () => 0n });
    const seq = new TxSequencer({ nonces });
    const failing = seq.run({
      sign: () => {
        throw new Error('bad input');
      },
      send: async () => 0,
      classify: () => 'ok',
    });
    const next = seq.run({ sign: ({ firstNonce }) => firstNonce, send: async (n) => n, classify: () => 'ok' });
    await expect(failing).rejects.toThrow('bad input');
    await expect(next).resolves.toMatchObject({ signed: 0n, classification: 'ok' });
  });
});
