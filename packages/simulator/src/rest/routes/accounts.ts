/**
 * Account routes (docs/protocol/rest.md#accounts, docs/protocol/rest.md#orders): account, accountsByL1Address, apikeys,
 * nextNonce, accountActiveOrders, accountInactiveOrders, accountTxs, pnl, positionFunding,
 * accountLimits, changeAccountTier, liquidations.
 */
import { PNL_RESOLUTIONS } from '@lighter-ts/models';
import { isOpen } from '../../engine/exchange.js';
import type { SimAccount } from '../../engine/types.js';
import { type SimAccountTier, USER_TIER_WIRE } from '../../engine/volume-quota.js';
import { VenueError } from '../../errors.js';
import { formatScaled } from '../../util/decimal.js';
import { accountJson, detailedAccountJson, txJson } from '../../views/account.js';
import { orderJson } from '../../views/order.js';
import { type RouteEnv, type RouteHandler, type RouteRequest, authToken, intParam, param } from '../context.js';

function byL1(env: RouteEnv, address: string): SimAccount[] {
  const a = address.toLowerCase();
  return [...env.exchange.accounts.values()].filter((x) => x.l1Address.toLowerCase() === a);
}

function accountParam(env: RouteEnv, req: RouteRequest, name = 'account_index'): SimAccount {
  const idx = intParam(req, name, { min: 0 });
  const acct = env.exchange.accounts.get(idx);
  if (!acct) throw new VenueError({ code: 21100 });
  return acct;
}

function privateAccount(env: RouteEnv, req: RouteRequest, name = 'account_index'): SimAccount {
  const acct = accountParam(env, req, name);
  env.checkAuth(authToken(req), acct.index);
  return acct;
}

export const account: RouteHandler = (env, req) => {
  const by = param(req, 'by');
  const value = param(req, 'value') ?? '';
  let list: SimAccount[];
  if (by === 'index') {
    if (!/^\d+$/.test(value)) throw new VenueError({ code: 20001, message: 'invalid param : value' });
    const a = env.exchange.accounts.get(Number(value));
    list = a ? [a] : [];
  } else if (by === 'l1_address') {
    list = byL1(env, value);
  } else {
    throw new VenueError({ code: 20001, message: 'invalid param : by' });
  }
  if (list.length === 0) throw new VenueError({ code: 21100 });
  return { code: 200, total: list.length, accounts: list.map((a) => detailedAccountJson(env.exchange, a)) };
};

export const accountsByL1Address: RouteHandler = (env, req) => {
  const address = param(req, 'l1_address');
  if (!address) throw new VenueError({ code: 20001, message: 'invalid param : l1_address' });
  const list = byL1(env, address);
  if (list.length === 0) throw new VenueError({ code: 21100 });
  return { code: 200, l1_address: address, sub_accounts: list.map((a) => accountJson(env.exchange, a)) };
};

export const apiKeys: RouteHandler = (env, req) => {
  const acct = accountParam(env, req);
  const keyIndex = intParam(req, 'api_key_index', { min: 0, max: 255, dflt: 255 });
  const keys = [...acct.apiKeys.values()]
    .filter((k) => keyIndex === 255 || k.apiKeyIndex === keyIndex)
    .sort((a, b) => a.apiKeyIndex - b.apiKeyIndex);
  return {
    code: 200,
    api_keys: keys.map((k) => ({
      account_index: acct.index,
      api_key_index: k.apiKeyIndex,
      nonce: k.nonce,
      public_key: k.publicKey,
      transaction_time: k.transactionTime,
    })),
  };
};

// docs/protocol/transactions.md#nonces: a slot with no key, even of an account nobody opened, answers
// nonce 0 (the official SDK's setup builds its nonce manager from this before ChangePubKey)
export const nextNonce: RouteHandler = (env, req) => {
  const accountIndex = intParam(req, 'account_index', { min: 0 });
  const keyIndex = intParam(req, 'api_key_index', { min: 0, max: 254 });
  const key = env.exchange.accounts.get(accountIndex)?.apiKeys.get(keyIndex);
  return { code: 200, nonce: key?.nonce ?? 0 };
};

export const accountActiveOrders: RouteHandler = (env, req) => {
  const acct = privateAccount(env, req);
  const marketId = intParam(req, 'market_id', { dflt: 255 });
  const ex = env.exchange;
  const orders = [...ex.openOrders(acct.index)]
    .filter((o) => isOpen(o) && (marketId === 255 || o.marketIndex === marketId))
    .sort((a, b) => b.seq - a.seq);
  return { code: 200, orders: orders.map((o) => orderJson(o, ex.market(o.marketIndex)!)) };
};

export const accountInactiveOrders: RouteHandler = (env, req) => {
  const acct = privateAccount(env, req);
  const limit = intParam(req, 'limit', { min: 1, max: 100 });
  const marketId = intParam(req, 'market_id', { dflt: 255 });
  const askFilter = intParam(req, 'ask_filter', { dflt: -1, min: -1, max: 1 });
  const cursor = intParam(req, 'cursor', { dflt: Number.MAX_SAFE_INTEGER });
  const ex = env.exchange;
  const rows = [...ex.orders.values()]
    .filter(
      (o) =>
        o.owner === acct.index &&
        !isOpen(o) &&
        o.seq < cursor &&
        (marketId === 255 || o.marketIndex === marketId) &&
        (askFilter === -1 || o.isAsk === (askFilter === 1)),
    )
    .sort((a, b) => b.seq - a.seq);
  const page = rows.slice(0, limit);
  const out: Record<string, unknown> = { code: 200, orders: page.map((o) => orderJson(o, ex.market(o.marketIndex)!)) };
  if (rows.length > limit) out.next_cursor = String(page[page.length - 1]!.seq);
  return out;
};

export const accountTxs: RouteHandler = (env, req) => {
  const acct = privateAccount(env, req, 'value');
  const limit = intParam(req, 'limit', { min: 1, max: 100 });
  const index = intParam(req, 'index', { dflt: Number.MAX_SAFE_INTEGER });
  const txs = acct.txs
    .filter((t) => t.sequenceIndex < index)
    .reverse()
    .slice(0, limit);
  return { code: 200, txs: txs.map(txJson) };
};

export const pnl: RouteHandler = (env, req) => {
  const acct = privateAccount(env, req, 'value');
  const resolution = param(req, 'resolution') ?? '';
  if (!(PNL_RESOLUTIONS as readonly string[]).includes(resolution)) throw new VenueError({ code: 22402 });
  const realized = [...acct.positions.values()].reduce((a, p) => a + p.realizedPnl, 0n);
  return {
    code: 200,
    resolution,
    pnl: [
      {
        timestamp: Math.floor(env.exchange.now() / 1000),
        trade_pnl: Number(formatScaled(realized, 6)),
        trade_spot_pnl: 0,
        inflow: 0,
        outflow: 0,
        spot_inflow: 0,
        spot_outflow: 0,
        pool_pnl: 0,
        pool_inflow: 0,
        pool_outflow: 0,
        staking_pnl: 0,
        staking_inflow: 0,
        staking_outflow: 0,
        pool_total_shares: 0,
        staked_lit: 0,
      },
    ],
  };
};

export const positionFunding: RouteHandler = (env, req) => {
  const acct = privateAccount(env, req);
  const limit = intParam(req, 'limit', { min: 1, max: 100 });
  const marketId = intParam(req, 'market_id', { dflt: 255 });
  const side = param(req, 'side') ?? 'all';
  const rows = acct.fundings
    .filter((f) => (marketId === 255 || f.marketIndex === marketId) && (side === 'all' || f.side === side))
    .reverse()
    .slice(0, limit);
  return {
    code: 200,
    position_fundings: rows.map((f) => {
      const m = env.exchange.market(f.marketIndex)!;
      return {
        timestamp: Math.floor(f.timestamp / 1000),
        market_id: f.marketIndex,
        funding_id: f.fundingId,
        change: formatScaled(f.change, 6),
        rate: f.rate,
        position_size: formatScaled(f.positionSize, m.spec.sizeDecimals),
        position_side: f.side,
        discount: '0.000000',
      };
    }),
  };
};

export const accountLimits: RouteHandler = (env, req) => {
  const acct = privateAccount(env, req);
  const tier = env.intake.quota?.entry(acct.l1Address);
  return {
    code: 200,
    max_llp_percentage: 0,
    max_llp_amount: '0.000000',
    user_tier: USER_TIER_WIRE[tier?.tier ?? 'standard'],
    user_tier_last_update: tier?.tierChangedAt ?? 0,
    can_create_public_pool: false,
    current_maker_fee_tick: 0,
    current_taker_fee_tick: 0,
    leased_lit: '0',
    effective_lit_stakes: '0',
  };
};

const TIERS = new Set<string>(['standard', 'premium', 'plus']);

/** POST changeAccountTier (form `account_index`, `new_tier`; auth): docs/protocol/errors-and-limits.md#account-tiers. */
export const changeAccountTier: RouteHandler = (env, req) => {
  const acct = privateAccount(env, req);
  const tier = param(req, 'new_tier') ?? '';
  if (!TIERS.has(tier)) throw new VenueError({ code: 62002 });
  if (!env.intake.quota) throw new VenueError({ code: 62002 });
  env.intake.quota.changeTier({ accountIndex: acct.index, tier: tier as SimAccountTier });
  return { code: 200, message: 'success' };
};

export const liquidations: RouteHandler = (env, req) => {
  const acct = privateAccount(env, req);
  const limit = intParam(req, 'limit', { min: 1, max: 100 });
  const marketId = intParam(req, 'market_id', { dflt: 255 });
  const ex = env.exchange;
  const rows = ex.liquidations
    .filter((l) => l.accountIndex === acct.index && (marketId === 255 || l.marketIndex === marketId))
    .reverse()
    .slice(0, limit);
  return {
    code: 200,
    liquidations: rows.map((l) => {
      const m = ex.market(l.marketIndex)!;
      return {
        id: String(l.id),
        market_id: l.marketIndex,
        type: 'partial',
        trade: {
          price: formatScaled(l.price, m.spec.priceDecimals),
          size: formatScaled(l.size, m.spec.sizeDecimals),
          taker_fee: '0.000000',
          maker_fee: '0.000000',
          transaction_time: l.executedAt * 1000,
        },
        info: { mark_prices: { [String(l.marketIndex)]: Number(formatScaled(l.price, m.spec.priceDecimals)) } },
        executed_at: l.executedAt,
      };
    }),
  };
};
