/**
 * What a REST route handler receives and the helpers it shares.
 */
import type { Exchange } from '../engine/exchange.js';
import { VenueError } from '../errors.js';
import type { ReadOnlyTokenStore } from '../read-only-tokens.js';
import type { IntakeContext } from '../tx/intake.js';

/** Shared simulator state for routes. */
export interface RouteEnv {
  exchange: Exchange;
  chainId: number;
  intake: IntakeContext;
  /** Verifies an auth token for `accountIndex` (`keyOnly`: no read-only token). @throws VenueError. */
  checkAuth(token: string | undefined, accountIndex: number, options?: { keyOnly?: boolean }): void;
  /** Read-only API tokens (docs/protocol/rest.md#read-only-tokens). */
  readOnlyTokens: ReadOnlyTokenStore;
}

/** One parsed request. */
export interface RouteRequest {
  method: string;
  query: URLSearchParams;
  form: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
}

/** A route: returns the JSON body (HTTP 200) or throws VenueError (HTTP 400). */
export type RouteHandler = (env: RouteEnv, req: RouteRequest) => Record<string, unknown>;

/** Reads a parameter from query or form. */
export function param(req: RouteRequest, name: string): string | undefined {
  return req.query.get(name) ?? req.form[name] ?? undefined;
}

/** Required integer parameter. @throws VenueError 20001 naming the parameter. */
export function intParam(
  req: RouteRequest,
  name: string,
  opts: { min?: number; max?: number; dflt?: number } = {},
): number {
  const raw = param(req, name);
  if (raw === undefined || raw === '') {
    if (opts.dflt !== undefined) return opts.dflt;
    throw new VenueError({ code: 20001, message: `invalid param : ${name}` });
  }
  if (!/^-?\d+$/.test(raw)) throw new VenueError({ code: 20001, message: `invalid param : ${name}` });
  const n = Number(raw);
  if ((opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max)) {
    throw new VenueError({ code: 20001, message: `invalid param : ${name}` });
  }
  return n;
}

/** Auth token from `Authorization` header or `auth` query/form (docs/protocol/rest.md#authentication). */
export function authToken(req: RouteRequest): string | undefined {
  const h = req.headers.authorization;
  if (typeof h === 'string' && h !== '') return h;
  return param(req, 'auth') ?? param(req, 'authorization');
}
