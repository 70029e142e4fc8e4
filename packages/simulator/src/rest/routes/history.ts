/**
 * Funds history and misc account routes (docs/protocol/rest.md#accounts): deposit/history,
 * withdraw/history, transfer/history, transferFeeInfo, withdrawalDelay, announcement,
 * accountOrders (by client order indexes), txFromL1TxHash.
 */
import { isOpen } from '../../engine/exchange.js';
import type { SimAccount, SimFundsMove } from '../../engine/types.js';
import { VenueError } from '../../errors.js';
import { formatScaled } from '../../util/decimal.js';
import { orderJson } from '../../views/order.js';
import { type RouteEnv, type RouteHandler, type RouteRequest, authToken, intParam, param } from '../context.js';

function privateAccount(env: RouteEnv, req: RouteRequest): SimAccount {
  const idx = intParam(req, 'account_index', { min: 0 });
  const acct = env.exchange.accounts.get(idx);
  if (!acct) throw new VenueError({ code: 21100 });
  env.checkAuth(authToken(req), acct.index);
  return acct;
}

const usd = (v: bigint) => formatScaled(v, 6);

function rows(acct: SimAccount, kinds: SimFundsMove['kind'][]): SimFundsMove[] {
  return acct.funds.filter((f) => kinds.includes(f.kind)).reverse();
}

export const depositHistory: RouteHandler = (env, req) => {
  const acct = privateAccount(env, req);
  return {
    code: 200,
    deposits: rows(acct, ['deposit']).map((f) => ({
      id: String(f.id),
      asset_id: f.assetId,
      amount: usd(f.amount),
      timestamp: f.timestamp,
      status: 'completed',
      l1_tx_hash: `0x${f.id.toString(16).padStart(64, '0')}`,
    })),
    cursor: '',
  };
};

export const withdrawHistory: RouteHandler = (env, req) => {
  const acct = privateAccount(env, req);
  return {
    code: 200,
    withdraws: rows(acct, ['withdraw']).map((f) => ({
      id: String(f.id),
      asset_id: f.assetId,
      amount: usd(f.amount),
      timestamp: f.timestamp,
      status: 'completed',
      type: 'secure',
      l1_tx_hash: '',
    })),
    cursor: '',
  };
};

export const transferHistory: RouteHandler = (env, req) => {
  const acct = privateAccount(env, req);
  const ex = env.exchange;
  return {
    code: 200,
    transfers: rows(acct, ['transfer-in', 'transfer-out']).map((f) => {
      const out = f.kind === 'transfer-out';
      const from = out ? acct : ex.accounts.get(f.counterparty);
      const to = out ? ex.accounts.get(f.counterparty) : acct;
      return {
        id: String(f.id),
        asset_id: f.assetId,
        amount: usd(f.amount),
        fee: usd(f.fee),
        timestamp: f.timestamp,
        type: out ? 'L2TransferOutflow' : 'L2TransferInflow',
        from_l1_address: from?.l1Address ?? '',
        to_l1_address: to?.l1Address ?? '',
        from_account_index: from?.index ?? f.counterparty,
        to_account_index: to?.index ?? f.counterparty,
        from_route: 'perps',
        to_route: 'perps',
        tx_hash: f.txHash,
      };
    }),
    cursor: '',
  };
};

export const transferFeeInfo: RouteHandler = (env, req) => {
  privateAccount(env, req);
  return { code: 200, transfer_fee_usdc: 0 };
};

export const withdrawalDelay: RouteHandler = () => ({ seconds: 0 });

export const announcement: RouteHandler = () => ({ code: 200, announcements: [] });

export const accountOrders: RouteHandler = (env, req) => {
  const raw = param(req, 'client_order_indexes') ?? '';
  const ids = raw.split(',').filter((s) => s !== '');
  if (ids.length === 0 || ids.length > 20 || !ids.every((s) => /^\d+$/.test(s))) {
    throw new VenueError({ code: 20001, message: 'invalid param : client_order_indexes' });
  }
  const token = authToken(req);
  const fromToken = token?.split(':')[1];
  const accountIndex = intParam(req, 'account_index', {
    dflt: fromToken && /^\d+$/.test(fromToken) ? Number(fromToken) : -1,
  });
  const acct = env.exchange.accounts.get(accountIndex);
  if (!acct) throw new VenueError({ code: 21100 });
  env.checkAuth(token, acct.index);
  const wanted = new Set(ids.map(Number));
  const ex = env.exchange;
  // active orders first, then the newest inactive ones (the venue covers both, docs/protocol/rest.md#orders)
  const orders = [...ex.orders.values()]
    .filter((o) => o.owner === acct.index && wanted.has(o.clientOrderIndex))
    .sort((a, b) => Number(isOpen(b)) - Number(isOpen(a)) || b.seq - a.seq);
  const seen = new Set<number>();
  const out = orders.filter((o) => {
    if (seen.has(o.clientOrderIndex)) return false;
    seen.add(o.clientOrderIndex);
    return true;
  });
  return { code: 200, orders: out.map((o) => orderJson(o, ex.market(o.marketIndex)!)) };
};

export const txFromL1TxHash: RouteHandler = () => {
  throw new VenueError({ code: 21500 });
};
