/**
 * Read-only API token routes (docs/protocol/rest.md#read-only-tokens): `GET /tokens`, `POST /tokens/create`,
 * `POST /tokens/revoke`, each authorized by an API-key auth token of the account (a read-only token
 * cannot mint or revoke tokens).
 */
import type { SimReadOnlyToken } from '../../read-only-tokens.js';
import { VenueError } from '../../errors.js';
import { type RouteHandler, type RouteRequest, type RouteEnv, authToken, intParam, param } from '../context.js';

function keyAuthorizedAccount(env: RouteEnv, req: RouteRequest): number {
  const accountIndex = intParam(req, 'account_index', { min: 0 });
  if (!env.exchange.accounts.has(accountIndex)) throw new VenueError({ code: 21100 });
  env.checkAuth(authToken(req), accountIndex, { keyOnly: true });
  return accountIndex;
}

function tokenJson(t: SimReadOnlyToken, withSecret: boolean): Record<string, unknown> {
  return {
    token_id: t.tokenId,
    name: t.name,
    account_index: t.accountIndex,
    expiry: t.expiry,
    sub_account_access: t.subAccountAccess,
    revoked: t.revoked,
    scopes: t.scopes,
    // the secret is shown once, at creation
    ...(withSecret ? { api_token: t.token } : {}),
  };
}

export const tokens: RouteHandler = (env, req) => {
  const accountIndex = keyAuthorizedAccount(env, req);
  return { code: 200, api_tokens: env.readOnlyTokens.list(accountIndex).map((t) => tokenJson(t, false)) };
};

export const tokensCreate: RouteHandler = (env, req) => {
  const accountIndex = keyAuthorizedAccount(env, req);
  const access = param(req, 'sub_account_access');
  const t = env.readOnlyTokens.create({
    accountIndex,
    name: param(req, 'name') ?? '',
    expiry: intParam(req, 'expiry', { min: 0 }),
    subAccountAccess: access === 'true' || access === '1',
    scopes: param(req, 'scopes'),
  });
  return { code: 200, ...tokenJson(t, true) };
};

export const tokensRevoke: RouteHandler = (env, req) => {
  const accountIndex = keyAuthorizedAccount(env, req);
  const t = env.readOnlyTokens.revoke({ accountIndex, tokenId: intParam(req, 'token_id', { min: 0 }) });
  return { code: 200, token_id: t.tokenId, revoked: t.revoked };
};
