// Key slots, integrator approval and read-only tokens against @lighter-ts/simulator over real sockets.
import { createSigner, generatePrivateKey, privateKeyToHex, type Signer } from '@lighter-ts/signing';
import { type CreatedAccount, type Simulator, startSimulator } from '@lighter-ts/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  approveIntegrator,
  checkApiKeySlot,
  createAuthTokenProvider,
  LighterHttpClient,
  readOnlyTokenAuth,
  registerApiKey,
  revokeIntegrator,
} from '../../src/index.js';

let sim: Simulator;
let acct: CreatedAccount;
let http: LighterHttpClient;

const newKey = (apiKeyIndex: number): Signer =>
  createSigner({
    network: sim.network,
    accountIndex: acct.accountIndex,
    apiKeyIndex,
    privateKey: privateKeyToHex(generatePrivateKey()),
    now: () => sim.now(),
  });

/** A wallet shaped like viem's LocalAccount, over the simulator-minted Ethereum key. */
const wallet = () => {
  const key = acct.l1PrivateKey as string;
  return {
    signMessage: ({ message }: { message: string }) =>
      import('@lighter-ts/signing').then((s) => s.signL1Message({ message, ethPrivateKey: key })),
  };
};

beforeAll(async () => {
  sim = await startSimulator({ marketMakers: false });
  acct = await sim.createAccount({ apiKeyIndex: 4 });
  http = new LighterHttpClient({ network: sim.network, rateLimits: false });
});
afterAll(async () => {
  await http?.close();
  await sim?.close();
});

describe('API key slots (docs/protocol/transactions.md#api-keys)', () => {
  it('refuses the reserved slots 0-3 before any I/O unless forced', async () => {
    for (const slot of [0, 1, 2, 3]) {
      await expect(registerApiKey({ http, signer: newKey(slot), l1Signer: wallet() })).rejects.toMatchObject({
        name: 'LighterInputError',
        field: 'apiKeyIndex',
        message: expect.stringContaining(`slot ${slot} is reserved`),
      });
    }
    const forced = newKey(2);
    const r = await registerApiKey({ http, signer: forced, l1Signer: wallet(), force: true });
    expect(r).toMatchObject({ status: 'registered', apiKeyIndex: 2, warnings: [] });
    expect(
      await checkApiKeySlot({
        http,
        accountIndex: acct.accountIndex,
        apiKeyIndex: 2,
        publicKeyHex: forced.publicKeyHex,
      }),
    ).toMatchObject({ status: 'this-key' });
  });

  it('registers an empty slot, sends nothing for the same key, and warns before replacing another key', async () => {
    const first = newKey(9);
    // nextNonce says 0 for this empty slot, as for any slot; apikeys is what tells empty from registered
    expect((await http.nextNonce({ accountIndex: acct.accountIndex, apiKeyIndex: 9 })).nonce).toBe(0);
    expect(
      await checkApiKeySlot({
        http,
        accountIndex: acct.accountIndex,
        apiKeyIndex: 9,
        publicKeyHex: first.publicKeyHex,
      }),
    ).toEqual({ status: 'empty', apiKeyIndex: 9 });
    expect(await registerApiKey({ http, signer: first, l1Signer: wallet() })).toMatchObject({
      status: 'registered',
      replacedPublicKeyHex: undefined,
      warnings: [],
    });
    expect(await registerApiKey({ http, signer: first, l1Signer: wallet() })).toMatchObject({
      status: 'already-registered',
      txHash: undefined,
    });

    const second = newKey(9);
    const seen: string[] = [];
    const r = await registerApiKey({
      http,
      signer: second,
      l1Signer: acct.l1PrivateKey as string,
      onWarning: (w) => seen.push(w),
    });
    expect(r.status).toBe('registered');
    expect(r.replacedPublicKeyHex).toBe(first.publicKeyHex);
    expect(r.warnings).toEqual(seen);
    expect(seen[0]).toMatch(/slot 9 .* holds another key; registering revokes it/);
    expect(
      await checkApiKeySlot({
        http,
        accountIndex: acct.accountIndex,
        apiKeyIndex: 9,
        publicKeyHex: first.publicKeyHex,
      }),
    ).toMatchObject({ status: 'other-key', publicKeyHex: second.publicKeyHex });
  });

  it('fails at the venue (21504) when the L1 signer is not the owner, and slot state is unchanged', async () => {
    const stranger = await sim.createAccount();
    const k = newKey(11);
    await expect(registerApiKey({ http, signer: k, l1Signer: stranger.l1PrivateKey as string })).rejects.toMatchObject({
      venueCode: 21504,
    });
    expect(
      (await checkApiKeySlot({ http, accountIndex: acct.accountIndex, apiKeyIndex: 11, publicKeyHex: k.publicKeyHex }))
        .status,
    ).toBe('empty');
  });
});

describe('integrator approval and revocation (docs/protocol/transactions.md#integrators)', () => {
  it('approves with an L1 signer, shows in approved_integrators, and revokes', async () => {
    const integrator = await sim.createAccount();
    const signer = createSigner({
      network: sim.network,
      accountIndex: acct.accountIndex,
      apiKeyIndex: acct.apiKeyIndex,
      privateKey: acct.privateKey,
      now: () => sim.now(),
    });
    const expiry = sim.now() + 7 * 86_400_000;
    const approved = await approveIntegrator({
      http,
      signer,
      l1Signer: wallet(),
      integratorAccountIndex: integrator.accountIndex,
      maxPerpsTakerFeePpm: 1000,
      maxPerpsMakerFeePpm: 500,
      maxSpotTakerFeePpm: 0,
      maxSpotMakerFeePpm: 0,
      approvalExpiryMs: expiry,
    });
    expect(approved.l1Signed).toBe(true);
    const list = async () =>
      (await http.account({ by: 'index', value: String(acct.accountIndex) })).accounts[0]?.approved_integrators;
    expect(await list()).toMatchObject([
      {
        account_index: integrator.accountIndex,
        max_perps_taker_fee: 1000,
        max_perps_maker_fee: 500,
        approval_expiry: expiry,
      },
    ]);
    const revoked = await revokeIntegrator({
      http,
      signer,
      l1Signer: wallet(),
      integratorAccountIndex: integrator.accountIndex,
    });
    expect(revoked.nonce).toBe(approved.nonce + 1n);
    expect(await list()).toEqual([]);
  });
});

describe('read-only tokens (docs/protocol/rest.md#read-only-tokens)', () => {
  it('creates, lists and revokes with an API-key client; a client on the token alone reads private routes', async () => {
    const keyed = new LighterHttpClient({
      network: sim.network,
      rateLimits: false,
      auth: createAuthTokenProvider({
        key: {
          network: sim.network,
          accountIndex: acct.accountIndex,
          apiKeyIndex: acct.apiKeyIndex,
          privateKey: acct.privateKey,
        },
        now: () => sim.now(),
      }),
    });
    try {
      const created = await keyed.tokensCreate({
        accountIndex: acct.accountIndex,
        name: 'dashboard',
        expiry: Math.floor(sim.now() / 1000) + 30 * 86_400,
        subAccountAccess: false,
      });
      const token = (created as Record<string, unknown>).api_token as string;
      const auth = readOnlyTokenAuth({ token, network: sim.network });
      expect(auth.accountIndex).toBe(acct.accountIndex);
      expect(JSON.stringify(auth)).not.toContain(token);
      const reader = new LighterHttpClient({ network: sim.network, rateLimits: false, auth });
      try {
        expect((await reader.accountActiveOrders({ accountIndex: acct.accountIndex, marketId: 0 })).orders).toEqual([]);
        // the token cannot manage tokens: those routes want an API-key token
        await expect(reader.tokens({ accountIndex: acct.accountIndex })).rejects.toMatchObject({ venueCode: 20013 });
        const listed = await keyed.tokens({ accountIndex: acct.accountIndex });
        expect(listed.api_tokens.map((t) => t.name)).toEqual(['dashboard']);
        expect(
          await keyed.tokensRevoke({ accountIndex: acct.accountIndex, tokenId: Number(created.token_id) }),
        ).toMatchObject({ revoked: true });
        await expect(
          reader.accountActiveOrders({ accountIndex: acct.accountIndex, marketId: 0 }),
        ).rejects.toMatchObject({ venueCode: 20013 });
      } finally {
        await reader.close();
      }
    } finally {
      await keyed.close();
    }
  });

  it('refuses a value that is not a read-only token without echoing it', () => {
    expect(() => readOnlyTokenAuth({ token: '1893456000:5:4:abcdefabcdef', network: sim.network })).toThrow(
      expect.objectContaining({ field: 'token', message: expect.not.stringContaining('abcdefabcdef') }),
    );
  });
});
