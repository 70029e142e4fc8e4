// Every method ccxt calls, fed the request dictionaries ccxt 4.5.x builds, checked by decoding the
// tx_info and verifying the signature with the verifier the simulator uses.
import {
  type DecodedTx,
  decodeTxInfo,
  l1AddressFromPrivateKey,
  recoverL1Address,
  verifyAuthToken,
  verifyTxSignature,
} from '@lighter-ts/signing';
import { describe, expect, it } from 'vitest';
import { createCcxtSignerMethods, LIGHTER_TS_LIBRARY_PATH, useLighterTsSigner } from '../src/index.js';

const CHAIN = 300;
const ACCOUNT = 1001;
const KEY = 4;
const base = { nonce: 1_796_000_000_000, api_key_index: KEY, account_index: ACCOUNT };

function loaded() {
  const m = createCcxtSignerMethods();
  const [privateKey, publicKey] = m.lighterGenerateApiKey();
  const handle = m.lighterCreateClient(undefined, CHAIN, privateKey, KEY, ACCOUNT);
  return { m, publicKey, handle };
}

function check(pair: [number, string] | [number, string, string], publicKey: string): DecodedTx {
  const decoded = decodeTxInfo({ txType: pair[0], txInfo: pair[1] });
  expect(verifyTxSignature({ decoded, chainId: CHAIN, publicKey })).toBe(true);
  const info = decoded.info as unknown as { Nonce: bigint; L2TxAttributes: { type: number; value: bigint }[] | null };
  expect(info.Nonce).toBe(BigInt(base.nonce));
  // ccxt signs every tx with SkipNonce = 1 (its default nonce is the clock in ms)
  expect(info.L2TxAttributes).toContainEqual({ type: 4, value: 1n });
  return decoded;
}

const order = {
  market_index: 0,
  client_order_index: 123456789,
  base_amount: 1000,
  avg_execution_price: 300000,
  is_ask: 1,
  order_type: 0,
  time_in_force: 1,
  reduce_only: 0,
  trigger_price: 0,
  order_expiry: -1,
};

describe('ccxt signer methods', () => {
  it('generates a key pair and signs orders, with integrator attributes only when set', () => {
    const { m, publicKey, handle } = loaded();
    expect(handle).toEqual({ accountIndex: ACCOUNT, apiKeyIndex: KEY });
    expect(publicKey).toMatch(/^[0-9a-f]{80}$/);
    const plain = check(m.lighterSignCreateOrder(handle, { ...order, ...base }), publicKey);
    expect(plain.info).toMatchObject({
      MarketIndex: 0n,
      ClientOrderIndex: 123456789n,
      BaseAmount: 1000n,
      Price: 300000n,
      IsAsk: 1n,
    });
    const withFee = check(
      m.lighterSignCreateOrder(handle, {
        ...order,
        ...base,
        integrator_account_index: 718718,
        integrator_taker_fee: 1000,
      }),
      publicKey,
    );
    const attrs = (withFee.info as unknown as { L2TxAttributes: { type: number; value: bigint }[] }).L2TxAttributes;
    expect(attrs).toEqual(
      expect.arrayContaining([
        { type: 1, value: 718718n },
        { type: 2, value: 1000n },
      ]),
    );
    expect(attrs.find((a) => a.type === 3)).toBeUndefined();
  });

  it('signs grouped orders, cancel, cancel-all (per market or all), modify', () => {
    const { m, publicKey, handle } = loaded();
    const child = {
      ...order,
      client_order_index: 0,
      base_amount: 0,
      is_ask: 0,
      order_type: 2,
      time_in_force: 0,
      reduce_only: 1,
      trigger_price: 290000,
      order_expiry: -1,
      avg_execution_price: 280000,
    };
    const grouped = check(
      m.lighterSignCreateGroupedOrders(handle, {
        grouping_type: 1,
        orders: [{ ...order, client_order_index: 0 }, child],
        ...base,
      }),
      publicKey,
    );
    expect(grouped.kind).toBe('CreateGroupedOrders');
    expect(
      check(m.lighterSignCancelOrder(handle, { market_index: 0, order_index: 281474976710700, ...base }), publicKey)
        .info,
    ).toMatchObject({ Index: 281474976710700n });
    const all = check(m.lighterSignCancelAllOrders(handle, { time_in_force: 0, time: 0, ...base }), publicKey);
    expect(
      (all.info as unknown as { L2TxAttributes: { type: number }[] }).L2TxAttributes.some((a) => a.type === 5),
    ).toBe(false);
    const one = check(
      m.lighterSignCancelAllOrders(handle, { time_in_force: 0, time: 0, cancel_all_market_index: 1, ...base }),
      publicKey,
    );
    expect((one.info as unknown as { L2TxAttributes: unknown[] }).L2TxAttributes).toContainEqual({
      type: 5,
      value: 1n,
    });
    const mod = check(
      m.lighterSignModifyOrder(handle, {
        market_index: 0,
        index: 281474976710700,
        base_amount: 2000,
        price: 300100,
        trigger_price: 0,
        ...base,
      }),
      publicKey,
    );
    expect(mod.info).toMatchObject({ Index: 281474976710700n, BaseAmount: 2000n, Price: 300100n });
  });

  it('signs withdraw, transfer, sub-account, leverage and margin', () => {
    const { m, publicKey, handle } = loaded();
    expect(
      check(m.lighterSignWithdraw(handle, { asset_index: 3, route_type: 0, amount: 5_000_000, ...base }), publicKey)
        .kind,
    ).toBe('Withdraw');
    const transfer = m.lighterSignTransfer(handle, {
      to_account_index: 1002,
      asset_index: 3,
      from_route_type: 0,
      to_route_type: 0,
      amount: 1_000_000,
      usdc_fee: 0,
      memo: '0'.repeat(64),
      ...base,
    });
    expect(check(transfer, publicKey).info).toMatchObject({ ToAccountIndex: 1002n, Amount: 1_000_000n });
    // memo strings as lighter-go's WASM reads them: 32 raw characters (ccxt's default) or 32 hex bytes
    const ccxtDefault = m.lighterSignTransfer(handle, {
      to_account_index: 1002,
      asset_index: 3,
      from_route_type: 0,
      to_route_type: 0,
      amount: 1,
      usdc_fee: 0,
      memo: `0x${'0'.repeat(30)}`,
      ...base,
    });
    expect((check(ccxtDefault, publicKey).info as unknown as { Memo: Uint8Array }).Memo).toEqual(
      new TextEncoder().encode(`0x${'0'.repeat(30)}`),
    );
    const hexMemo = m.lighterSignTransfer(handle, {
      to_account_index: 1002,
      asset_index: 3,
      from_route_type: 0,
      to_route_type: 0,
      amount: 1,
      usdc_fee: 0,
      memo: `0x${'ab'.repeat(32)}`,
      ...base,
    });
    expect((check(hexMemo, publicKey).info as unknown as { Memo: Uint8Array }).Memo).toEqual(
      new Uint8Array(32).fill(0xab),
    );
    expect(() =>
      m.lighterSignTransfer(handle, {
        to_account_index: 1002,
        asset_index: 3,
        from_route_type: 0,
        to_route_type: 0,
        amount: 1,
        memo: 'short',
        ...base,
      }),
    ).toThrow(/memo.*received 5 characters/);
    expect(check(m.lighterSignCreateSubAccount(handle, base), publicKey).kind).toBe('CreateSubAccount');
    expect(
      check(
        m.lighterSignUpdateLeverage(handle, { market_index: 0, initial_margin_fraction: 500, margin_mode: 0, ...base }),
        publicKey,
      ).kind,
    ).toBe('UpdateLeverage');
    expect(
      check(
        m.lighterSignUpdateMargin(handle, { market_index: 0, usdc_amount: 1_000_000, direction: 1, ...base }),
        publicKey,
      ).kind,
    ).toBe('UpdateMargin');
  });

  it('returns the L1 message for ChangePubKey and ApproveIntegrator so ccxt can add the L1 signature', async () => {
    const { m, publicKey, handle } = loaded();
    const [type, info, message] = m.lighterSignChangePubkey(handle, {
      pubkey: new TextEncoder().encode(publicKey),
      ...base,
    });
    expect(type).toBe(8);
    expect(check([type, info], publicKey).info).toMatchObject({ ApiKeyIndex: BigInt(KEY) });
    expect(message).toContain(publicKey);
    const approve = m.lighterSignApproveIntegrator(handle, {
      integrator_account_index: 718718,
      integrator_taker_fee: 1000,
      integrator_maker_fee: 500,
      approval_expiry: 1_900_000_000_000,
      ...base,
    });
    expect(approve[0]).toBe(45);
    expect(approve[2]).not.toBe('');
    expect(check([approve[0], approve[1]], publicKey).info).toMatchObject({ IntegratorAccountIndex: 718718n });
    // the message is what an L1 wallet signs: recoverable to the signer's address
    const eth = `0x${'11'.repeat(32)}`;
    const { signL1Message } = await import('@lighter-ts/signing');
    expect(recoverL1Address({ message, signature: signL1Message({ message, ethPrivateKey: eth }) })).toBe(
      l1AddressFromPrivateKey(eth),
    );
  });

  it('creates auth tokens with the deadline ccxt asks for', () => {
    const { m, publicKey, handle } = loaded();
    const deadline = Math.floor(Date.now() / 1000) + 3600;
    const token = m.lighterCreateAuthToken(handle, { deadline, api_key_index: KEY, account_index: ACCOUNT });
    expect(verifyAuthToken({ token, publicKey })).toMatchObject({ accountIndex: ACCOUNT, apiKeyIndex: KEY, deadline });
  });

  it('keeps keys per (account, API key) and names the pair, never the key, when none is loaded', async () => {
    const a = loaded();
    const b = createCcxtSignerMethods();
    expect(() => b.lighterSignCreateSubAccount(undefined, base)).toThrow(/account_index 1001 api_key_index 4/);
    const handle = await b.loadLighterLibrary(undefined, CHAIN, '', KEY, ACCOUNT, false);
    expect(handle).toEqual({ accountIndex: ACCOUNT, apiKeyIndex: KEY });
    expect(() => b.lighterSignCreateSubAccount(handle, { ...base, api_key_index: 5 })).toThrow(/api_key_index 5/);
    expect(() => a.m.lighterSignCreateOrder(a.handle, { ...order, ...base, base_amount: 'lots' })).toThrow(
      /base_amount.*"lots"/,
    );
  });
});

describe('useLighterTsSigner', () => {
  it('patches a lighter instance and sets the library-path marker ccxt checks', () => {
    const ex = useLighterTsSigner({ id: 'lighter', options: {} as Record<string, unknown> });
    expect(ex.options.libraryPath).toBe(LIGHTER_TS_LIBRARY_PATH);
    expect(typeof ex.lighterSignCreateOrder).toBe('function');
    const kept = useLighterTsSigner({ id: 'lighter', options: { libraryPath: '/x.wasm' } as Record<string, unknown> });
    expect(kept.options.libraryPath).toBe('/x.wasm');
  });

  it('refuses anything that is not a ccxt lighter instance', () => {
    expect(() => useLighterTsSigner({ id: 'binance', options: {} })).toThrow(/"binance"/);
  });
});
