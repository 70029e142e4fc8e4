/**
 * Responses of smaller routes with thin documentation (docs/protocol/rest.md#accounts, docs/protocol/rest.md#transactions,
 * docs/protocol/rest.md#info-system-and-bridge): `currentHeight`, `bridges`, `leases`. Bodies are loose: only the
 * documented fields are typed.
 */
import * as z from 'zod/mini';
import { type WithRaw, parseWith } from '../parse.js';
import { IntSchema, ResultCodeShape, lenientEnum, listOf } from '../schemas/primitives.js';

/**
 * `currentHeight` response.
 *
 * @example
 * const r = CurrentHeightSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const CurrentHeightSchema = z.looseObject({
  ...ResultCodeShape,
  /** Latest L2 block height (the route may be retired, docs/protocol/rest.md#transactions). */
  height: IntSchema,
});
/** Inferred {@link CurrentHeightSchema}. */
export type CurrentHeight = z.output<typeof CurrentHeightSchema>;

/**
 * `bridges` response (`status` pending | bridging | completed).
 *
 * @example
 * const r = BridgesSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const BridgesSchema = z.looseObject({
  ...ResultCodeShape,
  /** Bridge transfers of the account, other fields kept loose; `null` becomes `[]`. */
  bridges: listOf(
    z.looseObject({
      /** `pending`, `bridging` or `completed`; an unknown status passes through as a string. */
      status: z.nullish(lenientEnum(['pending', 'bridging', 'completed'] as const)),
    }),
  ),
});
/** Inferred {@link BridgesSchema}. */
export type Bridges = z.output<typeof BridgesSchema>;

/**
 * `leases` response (cursor paging; lease fields kept loose).
 *
 * @example
 * const r = LeasesSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const LeasesSchema = z.looseObject({
  ...ResultCodeShape,
  /** LIT leases of the account, fields kept loose (undocumented); `null` becomes `[]`. */
  leases: listOf(z.looseObject({})),
  /** Opaque cursor of the next page; empty or absent on the last page. */
  next_cursor: z.nullish(z.string()),
});
/** Inferred {@link LeasesSchema}. */
export type Leases = z.output<typeof LeasesSchema>;

/**
 * Parse a `currentHeight` response.
 *
 * @example
 * parseCurrentHeight({ code: 200, height: 227535532 }).height;
 * @throws {LighterParseError} when the payload does not match
 */
export function parseCurrentHeight(raw: unknown): WithRaw<CurrentHeight> {
  return parseWith(CurrentHeightSchema, raw, 'CurrentHeight');
}

/**
 * Parse a `bridges` response.
 *
 * @example
 * parseBridges(body).bridges.length;
 * @throws {LighterParseError} when the payload does not match
 */
export function parseBridges(raw: unknown): WithRaw<Bridges> {
  return parseWith(BridgesSchema, raw, 'Bridges');
}

/**
 * Parse a `leases` response.
 *
 * @example
 * parseLeases(body).next_cursor;
 * @throws {LighterParseError} when the payload does not match
 */
export function parseLeases(raw: unknown): WithRaw<Leases> {
  return parseWith(LeasesSchema, raw, 'Leases');
}
