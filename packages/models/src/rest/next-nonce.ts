/** `GET /api/v1/nextNonce`: next nonce for an (account, api key) pair (lighter-api.md §4.4, §6.7). */
import { z } from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import { IntSchema, ResultCodeShape } from '../schemas/primitives.js';
import { AccountIndexParam } from './params.js';
import type { RouteInfo } from './route.js';

/** Route facts. */
export const NEXT_NONCE_ROUTE: RouteInfo = { method: 'GET', path: '/api/v1/nextNonce', weight: 6, auth: false, encoding: 'query' };

/** `NextNonce` response: `nonce` is the next value to use. */
export const NextNonceSchema = z.looseObject({
  ...ResultCodeShape,
  nonce: IntSchema,
});
/** Inferred {@link NextNonceSchema}. */
export type NextNonce = z.output<typeof NextNonceSchema>;

/** Query: both required. */
export const NextNonceParamsSchema = z.strictObject({
  accountIndex: AccountIndexParam,
  apiKeyIndex: z.number().int().min(0).max(254),
});
/** Inferred {@link NextNonceParamsSchema}. */
export type NextNonceParams = z.input<typeof NextNonceParamsSchema>;

/**
 * Parse a `nextNonce` response.
 *
 * @example
 * parseNextNonce({ code: 200, nonce: 7 }).nonce; // 7
 * @throws {LighterParseError} when the payload does not match
 */
export function parseNextNonce(raw: unknown): WithRaw<NextNonce> {
  return parseWith(NextNonceSchema, raw, 'NextNonce');
}
