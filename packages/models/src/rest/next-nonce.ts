/** `GET /api/v1/nextNonce`: next nonce for an (account, api key) pair (docs/protocol/rest.md#transactions, docs/protocol/transactions.md#nonces). */
import * as z from 'zod/mini';
import { type WithRaw, parseWith } from '../parse.js';
import { IntSchema, ResultCodeShape } from '../schemas/primitives.js';

/**
 * `NextNonce` response: `nonce` is the next value to use.
 *
 * @example
 * const r = NextNonceSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const NextNonceSchema = z.looseObject({
  ...ResultCodeShape,
  /** Next nonce the venue will accept for this (account, API key) pair; nonces count up per API key. */
  nonce: IntSchema,
});
/** Inferred {@link NextNonceSchema}. */
export type NextNonce = z.output<typeof NextNonceSchema>;

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
