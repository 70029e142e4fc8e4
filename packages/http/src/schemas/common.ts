/**
 * Building blocks for the few response schemas @lighter-ts/models does not (yet) define: bridges,
 * blocks, leases, referrals, token creation, historical-trades export. Lenient where the venue is
 * loose (null lists, missing fields, docs/protocol/rest.md#conventions "Nulls").
 */
import * as z from 'zod/mini';

/** Integer or integer-like value; ids may exceed 2^53 and then also arrive as `_str` twins. */
export const int = z.number();
/** A list that the venue may send as null or omit; normalised to []. */
export function list<T extends z.core.$ZodType>(item: T) {
  return z.pipe(
    z.nullish(z.array(item)),
    z.transform((v) => v ?? []),
  );
}
/** Envelope fields shared by every JSON response (docs/protocol/rest.md#conventions). */
export const envelope = {
  /** Result code: 200 on success (some routes omit it); 2xxxx venue error codes otherwise. */
  code: z.optional(z.number()),
  /** Human-readable result text; may carry quota notes; null or absent on most answers. */
  message: z.nullish(z.string()),
};
/** A response with only the envelope (ResultCode). */
export const ResultCodeSchema = z.looseObject(envelope);
/** Any object row (used where the shape is not pinned by the reference). */
export const anyRow = z.looseObject({});
/** Next-cursor field (string, null or absent). */
export const cursor = z.nullish(z.string());
