/**
 * Test controls that enter state into the venue directly, bypassing signed transactions: seeding a funded account
 * with a registered API key, placing a resting order, and reading or forcing an L1 address's tier and volume quota.
 * `startSimulator` wires them onto its handle; they share one job, writing what a test needs without a signer.
 */
import type { Exchange } from './engine/exchange.js';
import type { SimMarket } from './engine/market.js';
import type { SimAccount } from './engine/types.js';
import type { VolumeQuotaLedger } from './engine/volume-quota.js';
import { SimulatorInputError } from './errors.js';
import { ORDER_TYPE, TIME_IN_FORCE } from './protocol.js';
import type { AccountQuotaState, CreatedAccount, DirectOrderParams, Simulator } from './simulator-handle.js';
import type { SigningBackend } from './tx/signing-backend.js';
import { parseScaled } from './util/decimal.js';

/**
 * Creates a funded account with a registered API key (`Simulator.createAccount`).
 * @example const created = await seedAccount({ exchange, signing }, { collateral: '1000' });
 * @throws SimulatorInputError naming `collateral`, `apiKeyIndex` or `l1Address` when out of range
 */
export async function seedAccount(
  ctx: { exchange: Exchange; signing: SigningBackend },
  params: Parameters<Simulator['createAccount']>[0] = {},
): Promise<CreatedAccount> {
  const { exchange, signing } = ctx;
  const collateral = params.collateral ?? '100000';
  let micro: bigint;
  try {
    micro = parseScaled(collateral, 6);
  } catch {
    throw new SimulatorInputError({ field: 'collateral', message: 'must be a decimal string with <= 6 places' });
  }
  if (micro < 0n) throw new SimulatorInputError({ field: 'collateral', message: 'must be >= 0' });
  const apiKeyIndex = params.apiKeyIndex ?? 3;
  if (!Number.isInteger(apiKeyIndex) || apiKeyIndex < 0 || apiKeyIndex > 254) {
    throw new SimulatorInputError({ field: 'apiKeyIndex', message: 'must be 0..254' });
  }
  const keys = params.privateKey
    ? { privateKey: params.privateKey, publicKey: signing.publicKeyOf(params.privateKey) }
    : signing.newKeyPair();
  const l1 = params.l1Address === undefined ? signing.newL1Key() : undefined;
  const l1Address = params.l1Address ?? l1!.l1Address;
  if (!/^0x[0-9a-fA-F]{40}$/.test(l1Address))
    throw new SimulatorInputError({ field: 'l1Address', message: 'must be 0x + 40 hex' });
  const acct: SimAccount = exchange.createAccount({ collateral: micro, l1Address });
  acct.apiKeys.set(apiKeyIndex, {
    apiKeyIndex,
    publicKey: keys.publicKey,
    nonce: 0,
    transactionTime: exchange.now() * 1000,
  });
  for (const [asset, amount] of Object.entries(params.spotBalances ?? {})) {
    const m = [...exchange.markets.values()].find((x) => !x.isPerp && (x.spec.baseAssetId ?? 1) === Number(asset));
    acct.spotBalances.set(Number(asset), parseScaled(amount, m?.spec.sizeDecimals ?? 8));
  }
  exchange.touchAccount(acct.index);
  const created: CreatedAccount = {
    accountIndex: acct.index,
    l1Address,
    apiKeyIndex,
    privateKey: keys.privateKey,
    publicKey: keys.publicKey,
  };
  if (l1) created.l1PrivateKey = l1.ethPrivateKey;
  return created;
}

/**
 * Sets the tier and/or remaining quota of the account's L1 address (`Simulator.setAccountTier`).
 * @example setQuota({ exchange, quota }, { accountIndex: 1000, tier: 'premium' });
 * @throws SimulatorInputError for an unknown account, tier or a negative quota
 */
export function setQuota(
  ctx: { exchange: Exchange; quota: VolumeQuotaLedger },
  p: Parameters<Simulator['setAccountTier']>[0],
): AccountQuotaState {
  const { exchange, quota } = ctx;
  const acct = exchange.accounts.get(p.accountIndex);
  if (!acct)
    throw new SimulatorInputError({ field: 'accountIndex', message: `unknown account ${String(p.accountIndex)}` });
  if (p.tier !== undefined && !['standard', 'premium', 'plus'].includes(p.tier)) {
    throw new SimulatorInputError({
      field: 'tier',
      message: `must be standard, premium or plus, received ${String(p.tier)}`,
    });
  }
  if (p.remaining !== undefined && !(Number.isSafeInteger(p.remaining) && p.remaining >= 0)) {
    throw new SimulatorInputError({
      field: 'remaining',
      message: `must be an integer >= 0, received ${String(p.remaining)}`,
    });
  }
  const e = quota.set({
    l1Address: acct.l1Address,
    ...(p.tier === undefined ? {} : { tier: p.tier }),
    ...(p.remaining === undefined ? {} : { remaining: p.remaining }),
  });
  return { tier: e.tier, remaining: e.remaining };
}

/**
 * Tier and remaining quota of the account's L1 address (`Simulator.accountQuota`).
 * @example readQuota({ exchange, quota }, 1000).remaining;
 * @throws SimulatorInputError for an unknown account
 */
export function readQuota(
  ctx: { exchange: Exchange; quota: VolumeQuotaLedger },
  accountIndex: number,
): AccountQuotaState {
  const { exchange, quota } = ctx;
  const acct = exchange.accounts.get(accountIndex);
  if (!acct)
    throw new SimulatorInputError({ field: 'accountIndex', message: `unknown account ${String(accountIndex)}` });
  const e = quota.entry(acct.l1Address);
  return { tier: e.tier, remaining: e.remaining };
}

/**
 * Places an order directly in the engine (`Simulator.placeOrder`).
 * @example placeDirectOrder({ exchange, marketOf }, { accountIndex, marketIndex: 0, isAsk: false, price: '3000.00', size: '0.0100' });
 * @throws SimulatorInputError (from `marketOf`) for an unknown market
 */
export function placeDirectOrder(
  ctx: { exchange: Exchange; marketOf: (marketIndex: number) => SimMarket },
  p: DirectOrderParams,
): { orderIndex: number; status: string } {
  const { exchange, marketOf } = ctx;
  const m = marketOf(p.marketIndex);
  const tif = p.timeInForce ?? 'gtt';
  const ioc = tif === 'ioc';
  const o = exchange.placeOrder({
    accountIndex: p.accountIndex,
    apiKeyIndex: 0,
    marketIndex: p.marketIndex,
    clientOrderIndex: 0,
    baseAmount: parseScaled(p.size, m.spec.sizeDecimals),
    price: parseScaled(p.price, m.spec.priceDecimals),
    isAsk: p.isAsk,
    type: ORDER_TYPE.LIMIT,
    timeInForce: ioc
      ? TIME_IN_FORCE.IMMEDIATE_OR_CANCEL
      : tif === 'post-only'
        ? TIME_IN_FORCE.POST_ONLY
        : TIME_IN_FORCE.GOOD_TILL_TIME,
    reduceOnly: p.reduceOnly ?? false,
    triggerPrice: 0n,
    orderExpiry: ioc ? 0 : exchange.now() + 28 * 86_400_000,
    nonce: 0,
  });
  return { orderIndex: o.orderIndex, status: o.status };
}
