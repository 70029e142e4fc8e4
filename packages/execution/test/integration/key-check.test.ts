// connect() checks the API key against `apikeys` (docs/protocol/transactions.md#api-keys) before anything
// is signed or sent, over real sockets against the simulator: `nextNonce` answers 0 for an empty slot, so
// it could not tell these cases apart.
import { generatePrivateKey, privateKeyToHex } from '@lighter-ts/signing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiKeyMismatchError, isApiKeyMismatchError } from '../../src/execution/key-check.js';
import { type Harness, has, limit, startHarness, waitFor } from './harness.js';
import { simClientConfig } from '../helpers/sim-config.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ apiKeyIndex: 4 });
});
afterEach(async () => {
  await h.close();
});

async function connectError(extra: Parameters<Harness['makeClient']>[0]): Promise<unknown> {
  const c = h.makeClient(extra);
  return c.connect().then(
    () => new Error('connect resolved'),
    (e: unknown) => e,
  );
}

describe('API key check at connect', () => {
  it('an empty slot: ApiKeyMismatchError naming account and slot, found "empty"', async () => {
    const e = await connectError({ config: { ...configOf(), apiKeyIndex: 5 } });
    expect(isApiKeyMismatchError(e)).toBe(true);
    expect(e).toBeInstanceOf(ApiKeyMismatchError);
    const err = e as ApiKeyMismatchError;
    expect(err).toMatchObject({ accountIndex: h.acct.accountIndex, apiKeyIndex: 5, found: 'empty' });
    expect(err.foundPublicKeyHex).toBeUndefined();
    expect(err.message).toContain(`API key slot 5 of account ${h.acct.accountIndex} is empty`);
    expect(err.message).not.toContain(h.acct.privateKey.replace(/^0x/, ''));
  });

  it('a foreign key: found "other-key" with the public key the slot holds, no private key printed', async () => {
    const foreign = privateKeyToHex(generatePrivateKey());
    const e = await connectError({ config: { ...configOf(), privateKey: foreign } });
    expect(isApiKeyMismatchError(e)).toBe(true);
    const err = e as ApiKeyMismatchError;
    expect(err).toMatchObject({ accountIndex: h.acct.accountIndex, apiKeyIndex: 4, found: 'other-key' });
    expect(err.foundPublicKeyHex).toBe(h.acct.publicKey.toLowerCase().replace(/^0x/, ''));
    expect(err.message).toContain(`API key slot 4 of account ${h.acct.accountIndex} holds a different public key`);
    for (const secret of [foreign, h.acct.privateKey]) {
      expect(err.message).not.toContain(secret.replace(/^0x/, ''));
      expect(JSON.stringify(err)).not.toContain(secret.replace(/^0x/, ''));
    }
  });

  it('nothing is sent when the check fails, and the nonce baseline is not read', async () => {
    const reads: string[] = [];
    const e = await connectError({
      config: { ...configOf(), apiKeyIndex: 6 },
      nonceManager: {
        ready: false,
        fetchCount: 0,
        resync: async () => {
          reads.push('resync');
        },
        reserve: () => 0n,
        rollback: () => false,
        invalidate: () => {},
      },
    });
    expect(isApiKeyMismatchError(e)).toBe(true);
    expect(reads).toEqual([]);
  });

  it('the correct key connects and trades', async () => {
    const c = h.makeClient();
    await c.connect();
    expect(c.connected).toBe(true);
    await c.submitOrder(limit({ clientOrderId: 'KC-1', postOnly: true }));
    await waitFor(h, has('KC-1', 'OrderAccepted'), 'accepted');
  });
});

/** The harness client's config (network and credentials), to vary one field of. */
function configOf() {
  return simClientConfig({ sim: h.sim, acct: h.acct });
}
