/**
 * Maker-only api keys (docs/protocol/transactions.md#maker-only-api-keys): `getMakerOnlyApiKeys`
 * lists them, `setMakerOnlyApiKeys` replaces the whole set (`"[]"` clears it). Both need auth.
 * The venue allows one set per hour (premium accounts only); the simulator does not limit it, so
 * tests can set and clear freely.
 */
import { API_KEY_INDEX } from '@lighter-ts/models';
import type { SimAccount } from '../../engine/types.js';
import { VenueError } from '../../errors.js';
import { LIMITS } from '../../protocol.js';
import { authToken, intParam, param, type RouteEnv, type RouteHandler, type RouteRequest } from '../context.js';

function authorizedAccount(env: RouteEnv, req: RouteRequest): SimAccount {
  const idx = intParam(req, 'account_index', { min: 0 });
  const acct = env.exchange.accounts.get(idx);
  if (!acct) throw new VenueError({ code: 21100 });
  env.checkAuth(authToken(req), acct.index);
  return acct;
}

function keyIndexes(raw: string | undefined): number[] {
  let v: unknown;
  try {
    v = JSON.parse(raw ?? '');
  } catch {
    v = undefined;
  }
  const ok =
    Array.isArray(v) &&
    v.every((k) => Number.isInteger(k) && k >= API_KEY_INDEX.FIRST_UNRESERVED && k <= LIMITS.MAX_API_KEY_INDEX);
  if (!ok) throw new VenueError({ code: 20001, message: 'invalid param : api_key_indexes' });
  return v as number[];
}

export const getMakerOnlyApiKeys: RouteHandler = (env, req) => {
  const acct = authorizedAccount(env, req);
  return { code: 200, api_key_indexes: [...(acct.makerOnlyApiKeys ?? [])].sort((a, b) => a - b) };
};

export const setMakerOnlyApiKeys: RouteHandler = (env, req) => {
  const acct = authorizedAccount(env, req);
  acct.makerOnlyApiKeys = new Set(keyIndexes(param(req, 'api_key_indexes')));
  return { code: 200, message: 'ok' };
};
