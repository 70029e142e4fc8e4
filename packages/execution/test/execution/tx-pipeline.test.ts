/**
 * TxPipeline against the simulator over loopback: every venue answer becomes a TxResult
 * (accepted / rejected / unknown / denied), nonces are given back or kept as the answer proves,
 * and a rate-limited tx is resent (the same signed bytes) only while it can still land before
 * its ExpiredAt (docs/protocol/errors-and-limits.md#rate-limits).
 */
import { isTxSendError } from '@lighter-ts/http';
import { BatchTooLargeError, isNetworkMismatchError } from '@lighter-ts/models';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExecSignedTx } from '../../src/execution/contracts.js';
import type { SentTxRef } from '../../src/execution/results.js';
import { classifySend, INVALID_NONCE_CODE, type ResignedTxs, TxPipeline } from '../../src/execution/tx-pipeline.js';
import { type CoreRig, startCoreRig } from '../helpers/core-rig.js';

let rig: CoreRig;
beforeEach(async () => {
  rig = await startCoreRig();
});
afterEach(async () => {
  await rig.close();
});

const SEND_TX = '/api/v1/sendTx';

describe('TxPipeline', { timeout: 90_000 }, () => {
  it('accepted: one sendTx, the expiry it decided is the one signed, onSigned once before the send', async () => {
    const { build } = rig.order({ clientOrderId: 'TP-1' });
    const seen: { firstNonce: bigint; count: number; expiredAt: number }[] = [];
    const announced: (readonly SentTxRef[])[] = [];
    const before = rig.clock.now();
    const r = await rig.pipeline.execute({
      build: (b) => {
        seen.push(b);
        return [build(b)];
      },
      onSigned: (txs) => announced.push(txs),
    });
    expect(r.kind).toBe('accepted');
    if (r.kind !== 'accepted') return;
    expect(seen).toHaveLength(1);
    expect(seen[0]?.count).toBe(1);
    expect(r.expiresAtMs).toBe(seen[0]?.expiredAt);
    expect(r.expiresAtMs).toBeGreaterThanOrEqual(before + rig.pipeline.txExpiryMs);
    expect(r.expiresAtMs).toBeLessThanOrEqual(rig.pipeline.expiresAtFromNow());
    expect(r.nonceRetries).toBe(0);
    expect(r.txs).toEqual([{ nonce: String(seen[0]?.firstNonce), txHash: expect.stringMatching(/^[0-9a-f]+$/) }]);
    expect(announced).toEqual([r.txs]);
    expect(await rig.nextNonce()).toBe((seen[0]?.firstNonce ?? 0n) + 1n);
    expect(await rig.txLanded(r.txs[0]?.txHash ?? '')).toBe(true);
    // A standard account has no volume quota: the answer carries none.
    expect('volumeQuotaRemaining' in r).toBe(false);
  });

  it('skipNonce: the run is signed from a nonce at least the clock in ms, and the venue takes it', async () => {
    const t = await rig.place({ clientOrderId: 'TP-SKIP' });
    const before = rig.clock.now();
    const r = await rig.pipeline.execute({
      skipNonce: true,
      build: ({ firstNonce, expiredAt }) => [
        rig.signer.signCancelOrder({
          marketIndex: 0,
          orderIndex: BigInt(t.machine.venueOrderId ?? 0),
          nonce: firstNonce,
          expiredAt,
          attributes: { skipNonce: true },
        }) as ExecSignedTx,
      ],
    });
    if (r.kind !== 'accepted') throw new Error(r.kind);
    const nonce = BigInt(r.txs[0]?.nonce ?? '0');
    expect(nonce).toBeGreaterThanOrEqual(BigInt(before));
    expect(await rig.nextNonce()).toBe(nonce + 1n);
  });

  it('count 2: one sendTxBatch with consecutive nonces', async () => {
    const a = rig.order({ clientOrderId: 'TP-B1' });
    const b = rig.order({ clientOrderId: 'TP-B2', price: '2400' });
    const r = await rig.pipeline.execute({
      count: 2,
      build: ({ firstNonce, expiredAt }) => [
        a.build({ firstNonce, expiredAt }),
        b.build({ firstNonce: firstNonce + 1n, expiredAt }),
      ],
    });
    expect(r.kind).toBe('accepted');
    if (r.kind !== 'accepted') return;
    expect(r.txs.map((t) => BigInt(t.nonce))).toEqual([
      BigInt(r.txs[0]?.nonce ?? 0),
      BigInt(r.txs[0]?.nonce ?? 0) + 1n,
    ]);
    const active = await rig.http.accountActiveOrders({ accountIndex: rig.acct.accountIndex, marketId: 0 });
    expect((active as { orders: unknown[] }).orders).toHaveLength(2);
  });

  it('rejected: a venue refusal is a value with the venue code, and the nonce is given back', async () => {
    const { build } = rig.order({ clientOrderId: 'TP-R' });
    const first = await rig.nextNonce();
    rig.sim.faults.rejectNextTx({ code: 21706, message: 'invalid order base amount' });
    const r = await rig.pipeline.execute({ build: (b) => [build(b)] });
    expect(r).toMatchObject({
      kind: 'rejected',
      venueCode: 21706,
      nonceRetries: 0,
      message: expect.stringContaining('invalid order base amount'),
    });
    if (r.kind === 'rejected') expect(r.txs[0]?.nonce).toBe(String(first));
    const again = await rig.pipeline.execute({ build: (b) => [build(b)] });
    expect(again.kind).toBe('accepted');
    if (again.kind === 'accepted') expect(again.txs[0]?.nonce).toBe(String(first));
  });

  it('unknown: a 5xx may have landed, so it is unknown (not rate limited) and the nonce stays consumed', async () => {
    const { build } = rig.order({ clientOrderId: 'TP-U' });
    const first = await rig.nextNonce();
    rig.sim.faults.inject({ kind: 'rest-status', status: 503, path: SEND_TX, times: 1 });
    const r = await rig.pipeline.execute({ build: (b) => [build(b)] });
    expect(r).toMatchObject({ kind: 'unknown', rateLimited: false, venueCode: 29500, nonceRetries: 0 });
    if (r.kind === 'unknown') expect(r.expiresAtMs).toBeGreaterThan(rig.clock.now());
    // The next tx takes the next nonce; the venue says 21104 (the 503 never reached the sequencer), a resync re-signs it.
    const again = await rig.pipeline.execute({ build: (b) => [build(b)] });
    expect(again).toMatchObject({ kind: 'accepted', nonceRetries: 1 });
    if (again.kind === 'accepted') expect(again.txs[0]?.nonce).toBe(String(first));
  });

  it('429 with a short Retry-After: the same signed tx is resent and accepted', async () => {
    const { build } = rig.order({ clientOrderId: 'TP-429' });
    let signs = 0;
    rig.sim.faults.inject({ kind: 'rest-status', status: 429, retryAfterSeconds: 0, path: SEND_TX, times: 2 });
    const r = await rig.pipeline.execute({
      build: (b) => {
        signs++;
        return [build(b)];
      },
    });
    expect(r.kind).toBe('accepted');
    expect(signs).toBe(1);
  });

  it('429 whose Retry-After would pass the expiry: unknown with rateLimited, the nonce given back', async () => {
    const { build } = rig.order({ clientOrderId: 'TP-429X' });
    const first = await rig.nextNonce();
    rig.sim.faults.inject({ kind: 'rest-status', status: 429, retryAfterSeconds: 120, path: SEND_TX, times: 1 });
    const r = await rig.pipeline.execute({ build: (b) => [build(b)] });
    expect(r).toMatchObject({ kind: 'unknown', rateLimited: true, venueCode: 23000 });
    const again = await rig.pipeline.execute({ build: (b) => [build(b)] });
    expect(again).toMatchObject({ kind: 'accepted', nonceRetries: 0 });
    if (again.kind === 'accepted') expect(again.txs[0]?.nonce).toBe(String(first));
  });

  it('429: resent only while now + Retry-After + 1 s head-room is still before ExpiredAt', async () => {
    // A frozen clock (a minute ahead, so the venue still takes the tx after the real wait): the decision
    // depends on the arithmetic only, never on how loaded the machine is.
    const frozen = rig.clock.now() + 60_000;
    // txExpiryMs 3 s, Retry-After 1 s, head-room 1 s: now + 2 s < expiry, so it waits and resends.
    const short = new TxPipeline({ sequencer: rig.sequencer, http: rig.http, now: () => frozen, txExpiryMs: 3_000 });
    const { build } = rig.order({ clientOrderId: 'TP-429H' });
    rig.sim.faults.inject({ kind: 'rest-status', status: 429, retryAfterSeconds: 1, path: SEND_TX, times: 1 });
    expect((await short.execute({ build: (b) => [build(b)] })).kind).toBe('accepted');
    // txExpiryMs 2 s: now + 2 s >= expiry, so the rate limit is the answer.
    const tight = new TxPipeline({ sequencer: rig.sequencer, http: rig.http, now: () => frozen, txExpiryMs: 2_000 });
    const o2 = rig.order({ clientOrderId: 'TP-429T' });
    rig.sim.faults.inject({ kind: 'rest-status', status: 429, retryAfterSeconds: 1, path: SEND_TX, times: 1 });
    expect(await tight.execute({ build: (b) => [o2.build(b)] })).toMatchObject({ kind: 'unknown', rateLimited: true });
  });

  it('aborted while waiting out a 429: reported as the rate limit, not as an unknown send', async () => {
    const { build } = rig.order({ clientOrderId: 'TP-429A' });
    rig.sim.faults.inject({ kind: 'rest-status', status: 429, retryAfterSeconds: 30, path: SEND_TX, times: 1 });
    const ac = new AbortController();
    // The clock is read once to sign and once to decide to wait out the 429: abort right after that decision.
    let reads = 0;
    const now = () => {
      if (++reads === 2) setTimeout(() => ac.abort(new Error('stop')), 0);
      return rig.clock.now();
    };
    const pipeline = new TxPipeline({ sequencer: rig.sequencer, http: rig.http, now, txExpiryMs: 60_000 });
    const r = await pipeline.execute({ build: (b) => [build(b)], signal: ac.signal });
    expect(reads).toBe(2);
    expect(r).toMatchObject({ kind: 'unknown', rateLimited: true, venueCode: 23000 });
  });

  it('denied: a build that throws sends nothing and gives the nonce back', async () => {
    const first = await rig.nextNonce();
    const r = await rig.pipeline.execute({
      build: () => {
        throw new Error('no key');
      },
    });
    expect(r).toMatchObject({ kind: 'denied', reason: 'no key' });
    const { build } = rig.order({ clientOrderId: 'TP-D' });
    const again = await rig.pipeline.execute({ build: (b) => [build(b)] });
    if (again.kind === 'accepted') expect(again.txs[0]?.nonce).toBe(String(first));
    expect(again.kind).toBe('accepted');
  });

  it('denied: an already aborted signal sends nothing; a non-Error reason is stringified', async () => {
    const ac = new AbortController();
    ac.abort('gone');
    const { build } = rig.order({ clientOrderId: 'TP-AB' });
    const r = await rig.pipeline.execute({ build: (b) => [build(b)], signal: ac.signal });
    expect(r).toMatchObject({ kind: 'denied', reason: 'gone', error: 'gone' });
  });

  it('an invalid nonce that survives every re-sign is rejected (definitive: not applied)', async () => {
    const { build } = rig.order({ clientOrderId: 'TP-N' });
    rig.sim.faults.inject({ kind: 'tx-reject', code: INVALID_NONCE_CODE, times: 3 });
    const r = await rig.pipeline.execute({ build: (b) => [build(b)] });
    expect(r).toMatchObject({
      kind: 'rejected',
      venueCode: INVALID_NONCE_CODE,
      nonceRetries: rig.sequencer.maxNonceRetries,
    });
  });

  it('a 21104 whose nonce resync then fails is rejected (the 21104 proved it was not applied), not denied', async () => {
    const { build } = rig.order({ clientOrderId: 'TP-NR' });
    await rig.pipeline.execute({ build: (b) => [build(b)] });
    rig.sim.faults.inject({ kind: 'tx-reject', code: INVALID_NONCE_CODE, times: 1 });
    rig.sim.faults.inject({ kind: 'rest-status', status: 503, path: '/api/v1/nextNonce' });
    const o2 = rig.order({ clientOrderId: 'TP-NR2' });
    const r = await rig.pipeline.execute({ build: (b) => [o2.build(b)] });
    expect(r).toMatchObject({
      kind: 'rejected',
      venueCode: INVALID_NONCE_CODE,
      txs: [],
      nonceRetries: 0,
      message: expect.stringContaining('; nonce resync failed: '),
    });
  });

  it('a tx signed for another network is refused before I/O: rejected, nonce given back', async () => {
    const { build } = rig.order({ clientOrderId: 'TP-NET' });
    const first = await rig.nextNonce();
    const r = await rig.pipeline.execute({
      build: (b) => [{ ...build(b), chainId: rig.sim.chainId + 1 } as ExecSignedTx],
    });
    expect(r.kind).toBe('rejected');
    if (r.kind === 'rejected') expect(r.venueCode).toBeUndefined();
    const again = await rig.pipeline.execute({ build: (b) => [build(b)] });
    if (again.kind === 'accepted') expect(again.txs[0]?.nonce).toBe(String(first));
    expect(again.kind).toBe('accepted');
  });
});

describe('TxPipeline: callbacks, wire shape and aborts', { timeout: 90_000 }, () => {
  it('onSigned runs once even when a 21104 re-signs the run', async () => {
    const { build } = rig.order({ clientOrderId: 'TP-ONCE' });
    rig.sim.faults.inject({ kind: 'tx-reject', code: INVALID_NONCE_CODE, times: 1 });
    const announced: (readonly SentTxRef[])[] = [];
    let signs = 0;
    const r = await rig.pipeline.execute({
      build: (b) => {
        signs++;
        return [build(b)];
      },
      onSigned: (txs) => announced.push(txs),
    });
    expect(r).toMatchObject({ kind: 'accepted', nonceRetries: 1 });
    expect(signs).toBe(2);
    expect(announced).toHaveLength(1);
  });

  it('a Premium answer reports its remaining volume quota in the result and to onVolumeQuota; a standard one does not', async () => {
    const heard: number[] = [];
    const pipeline = new TxPipeline({
      sequencer: rig.sequencer,
      http: rig.http,
      now: rig.clock.now,
      txExpiryMs: 60_000,
      onVolumeQuota: (q) => heard.push(q),
    });
    const o1 = rig.order({ clientOrderId: 'TP-Q0' });
    const standard = await pipeline.execute({ build: (b) => [o1.build(b)] });
    expect(standard.kind).toBe('accepted');
    expect('volumeQuotaRemaining' in standard).toBe(false);
    expect(heard).toEqual([]);
    rig.sim.setAccountTier({ accountIndex: rig.acct.accountIndex, tier: 'premium', remaining: 1_000 });
    const o2 = rig.order({ clientOrderId: 'TP-Q1' });
    const r = await pipeline.execute({ build: (b) => [o2.build(b)] });
    expect(r.kind).toBe('accepted');
    if (r.kind !== 'accepted') return;
    expect(typeof r.volumeQuotaRemaining).toBe('number');
    expect(heard).toEqual([r.volumeQuotaRemaining]);
    // Without a listener the quota is still in the result.
    const o3 = rig.order({ clientOrderId: 'TP-Q2' });
    const quiet = await rig.pipeline.execute({ build: (b) => [o3.build(b)] });
    expect(quiet).toMatchObject({ kind: 'accepted', volumeQuotaRemaining: expect.any(Number) });
  });

  it('a run the sequencer re-signs after a drop is reported to onResigned: before, after and the new expiry', async () => {
    const resigned: ResignedTxs[] = [];
    const listening = new TxPipeline({
      sequencer: rig.sequencer,
      http: rig.http,
      now: rig.clock.now,
      txExpiryMs: 60_000,
      onResigned: (p) => resigned.push(p),
    });
    const a = rig.order({ clientOrderId: 'TP-DA' });
    const b = rig.order({ clientOrderId: 'TP-DB', price: '2001' });
    rig.sim.faults.inject({ kind: 'tx-drop', times: 1 });
    const ra = await rig.pipeline.execute({ build: (x) => [a.build(x)] });
    const rb = await listening.execute({ build: (x) => [b.build(x)] });
    if (ra.kind !== 'accepted' || rb.kind !== 'accepted') throw new Error(`${ra.kind} ${rb.kind}`);
    const dropped = BigInt((ra.txs[0] as SentTxRef).nonce);
    const resent = await listening.recoverFromDrop({ droppedNonce: dropped, readNextNonce: (s) => rig.nextNonce(s) });
    expect(resent).toBe(1);
    expect(resigned).toHaveLength(1);
    const [p] = resigned;
    expect(p?.before).toEqual(rb.txs);
    expect(p?.after).toEqual([{ nonce: String(dropped), txHash: expect.stringMatching(/^[0-9a-f]+$/) }]);
    expect(p?.after[0]?.txHash).not.toBe(rb.txs[0]?.txHash);
    expect(p?.expiresAtMs).toBeGreaterThanOrEqual(rb.expiresAtMs);
    expect(await rig.txLanded(p?.after[0]?.txHash ?? '')).toBe(true);
  });

  it('a pipeline without onResigned still re-signs after a drop', async () => {
    const a = rig.order({ clientOrderId: 'TP-NA' });
    const b = rig.order({ clientOrderId: 'TP-NB', price: '2001' });
    rig.sim.faults.inject({ kind: 'tx-drop', times: 1 });
    const ra = await rig.pipeline.execute({ build: (x) => [a.build(x)] });
    const rb = await rig.pipeline.execute({ build: (x) => [b.build(x)] });
    if (ra.kind !== 'accepted' || rb.kind !== 'accepted') throw new Error(`${ra.kind} ${rb.kind}`);
    const dropped = BigInt((ra.txs[0] as SentTxRef).nonce);
    await expect(
      rig.pipeline.recoverFromDrop({ droppedNonce: dropped, readNextNonce: (s) => rig.nextNonce(s) }),
    ).resolves.toBe(1);
    expect(await rig.nextNonce()).toBe(dropped + 1n);
  });

  it('a tx signed for another network id is refused before I/O: rejected, nothing sent', async () => {
    const { build } = rig.order({ clientOrderId: 'TP-NID' });
    const first = await rig.nextNonce();
    const r = await rig.pipeline.execute({
      build: (b) => [{ ...build(b), networkId: 'some-other-network' } as ExecSignedTx],
    });
    expect(r).toMatchObject({ kind: 'rejected', venueCode: undefined });
    expect(await rig.nextNonce()).toBe(first);
  });

  it('count 1 with two signed txs goes out as one batch: both land', async () => {
    const a = rig.order({ clientOrderId: 'TP-W1' });
    const b = rig.order({ clientOrderId: 'TP-W2', price: '2400' });
    const r = await rig.pipeline.execute({
      build: ({ firstNonce, expiredAt }) => [
        a.build({ firstNonce, expiredAt }),
        b.build({ firstNonce: firstNonce + 1n, expiredAt }),
      ],
    });
    expect(r.kind).toBe('accepted');
    const active = await rig.http.accountActiveOrders({ accountIndex: rig.acct.accountIndex, marketId: 0 });
    expect((active as { orders: unknown[] }).orders).toHaveLength(2);
  });

  it('count 2 goes out through sendTxBatch even when the build returned one tx', async () => {
    const a = rig.order({ clientOrderId: 'TP-W3' });
    // A fault on the single-tx route only: the batch route does not see it.
    rig.sim.faults.inject({ kind: 'rest-status', status: 503, path: SEND_TX, times: 1 });
    const r = await rig.pipeline.execute({ count: 2, build: (x) => [a.build(x)] });
    expect(r.kind).toBe('accepted');
  });

  it('aborted after signing, before the send: the signal reaches the send, so nothing goes out', async () => {
    const { build } = rig.order({ clientOrderId: 'TP-ABS' });
    const first = await rig.nextNonce();
    const ac = new AbortController();
    const r = await rig.pipeline.execute({
      build: (b) => [build(b)],
      onSigned: () => ac.abort(new Error('stop')),
      signal: ac.signal,
    });
    expect(r.kind).not.toBe('accepted');
    expect(await rig.nextNonce()).toBe(first);
  });

  it('aborted at the moment it decides to wait out a 429: the wait never starts, the rate limit is the answer', async () => {
    const { build } = rig.order({ clientOrderId: 'TP-429S' });
    // Retry-After 60 s within a 10 min expiry: a wait that started would outlive the test.
    rig.sim.faults.inject({ kind: 'rest-status', status: 429, retryAfterSeconds: 60, path: SEND_TX, times: 1 });
    const ac = new AbortController();
    let reads = 0;
    const now = () => {
      if (++reads === 2) ac.abort(new Error('stop'));
      return rig.clock.now();
    };
    const pipeline = new TxPipeline({ sequencer: rig.sequencer, http: rig.http, now, txExpiryMs: 600_000 });
    const r = await pipeline.execute({ build: (b) => [build(b)], signal: ac.signal });
    expect(r).toMatchObject({ kind: 'unknown', rateLimited: true, venueCode: 23000 });
  });
});

describe('classifySend', { timeout: 90_000 }, () => {
  it('ok without an error; unknown for anything that is not a classified send error', () => {
    expect(classifySend({ result: {} })).toBe('ok');
    expect(classifySend({ error: new Error('socket hang up') })).toBe('unknown');
    expect(classifySend({ error: 'x' })).toBe('unknown');
  });
  it('a network mismatch is rejected', () => {
    const e = Object.assign(new Error('net'), { name: 'NetworkMismatchError', code: 'MODELS_NETWORK_MISMATCH' });
    if (isNetworkMismatchError(e)) expect(classifySend({ error: e })).toBe('rejected');
  });
  it('a batch over the cap is rejected (nothing applied)', () => {
    expect(classifySend({ error: new BatchTooLargeError({ limit: 50, received: 51 }) })).toBe('rejected');
  });
  it('a send error the venue may have applied is unknown; one it refused is rejected', async () => {
    const { build } = rig.order({ clientOrderId: 'TP-CL' });
    const tx = build({ firstNonce: await rig.nextNonce(), expiredAt: rig.pipeline.expiresAtFromNow() });
    const errorOf = async (): Promise<unknown> =>
      rig.http.sendTx({ txType: tx.txType, txInfo: tx.txInfo, txHash: tx.txHash }).then(
        () => undefined,
        (e: unknown) => e,
      );
    rig.sim.faults.inject({ kind: 'rest-status', status: 503, path: SEND_TX, times: 1 });
    const maybe = await errorOf();
    expect(isTxSendError(maybe) && maybe.outcome).toBe('unknown');
    expect(classifySend({ error: maybe })).toBe('unknown');
    rig.sim.faults.rejectNextTx({ code: 21706, message: 'invalid order base amount' });
    const refused = await errorOf();
    expect(isTxSendError(refused) && refused.outcome).toBe('rejected');
    expect(classifySend({ error: refused })).toBe('rejected');
  });
});
