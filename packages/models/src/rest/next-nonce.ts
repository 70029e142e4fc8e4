/** `GET /api/v1/nextNonce`: next nonce for an (account, api key) pair (docs/protocol/rest.md#transactions, docs/protocol/transactions.md#nonces). */
import * as z from 'zod';
import { type WithRaw, parseWith } from '../parse.js';
import { IntSchema, ResultCodeShape } from '../schemas/primitives.js';
import { AccountIndexParam } from './params.js';
import type { RouteInfo } from './route.js';

/**
 * Route facts.
 *
 * @example
 * `${baseUrl}${NEXT_NONCE_ROUTE.path}` with method NEXT_NONCE_ROUTE.method
 * @throws never (a constant)
 */
export const NEXT_NONCE_ROUTE: RouteInfo = {
  method: 'GET',
  path: '/api/v1/nextNonce',
  weight: 6,
  auth: false,
  encoding: 'query',
};

/**
 * `NextNonce` response: `nonce` is the next value to use.
 *
 * @example
 * const r = NextNonceSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const NextNonceSchema = z.looseObject({
  ...ResultCodeShape,
  nonce: IntSchema,
});
/** Inferred {@link NextNonceSchema}. */
export type NextNonce = z.output<typeof NextNonceSchema>;

/**
 * Query: both required.
 *
 * @example
 * const r = NextNonceParamsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
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
