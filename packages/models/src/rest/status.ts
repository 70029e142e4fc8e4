/** `GET /`, `GET /info`, `GET /api/v1/withdrawalDelay`, `GET /api/v1/announcement` responses (docs/protocol/rest.md#info-system-and-bridge). */
import * as z from 'zod/mini';
import { type WithRaw, parseWith } from '../parse.js';
import { IntSchema, ResultCodeShape, listOf } from '../schemas/primitives.js';
import { TimestampMsSchema, TimestampSecondsSchema } from '../schemas/timestamp.js';

/**
 * `Status`: `timestamp` is **Unix seconds** (the only server-time source, docs/protocol/networks.md#hosts-and-chain-ids).
 *
 * @example
 * const r = StatusSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const StatusSchema = z.looseObject({
  /** Server status, 200 when healthy. */
  status: IntSchema,
  /** Network id the server reports (int32; the simulator sends the signing chain id, the venue does not document it). */
  network_id: z.nullish(IntSchema),
  /** Server time, Unix **seconds**. */
  timestamp: TimestampSecondsSchema,
});
/** Inferred {@link StatusSchema}. */
export type Status = z.output<typeof StatusSchema>;

/**
 * `ZkLighterInfo`.
 *
 * @example
 * const r = ZkLighterInfoSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const ZkLighterInfoSchema = z.looseObject({
  /** Address of the Lighter bridge contract on L1, `0x` hex. */
  contract_address: z.string(),
});
/** Inferred {@link ZkLighterInfoSchema}. */
export type ZkLighterInfo = z.output<typeof ZkLighterInfoSchema>;

/**
 * `RespWithdrawalDelay`.
 *
 * @example
 * const r = WithdrawalDelaySchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const WithdrawalDelaySchema = z.looseObject({
  /** Current delay of a secure (non-fast) withdrawal to L1, seconds. */
  seconds: IntSchema,
});
/** Inferred {@link WithdrawalDelaySchema}. */
export type WithdrawalDelay = z.output<typeof WithdrawalDelaySchema>;

/**
 * `Announcements`.
 *
 * @example
 * const r = AnnouncementsSchema.safeParse(payload); // or the matching parse* helper for a typed LighterParseError
 * @throws never by itself: `parse()` would throw a ZodError, so public code uses `safeParse` or `parse*` helpers
 */
export const AnnouncementsSchema = z.looseObject({
  ...ResultCodeShape,
  /** Venue announcements; `null` becomes `[]`. */
  announcements: listOf(
    z.looseObject({
      /** Headline. */
      title: z.nullish(z.string()),
      /** Body text. */
      content: z.nullish(z.string()),
      /** When it was published, Unix ms. */
      created_at: z.nullish(TimestampMsSchema),
      /** When it stops being shown, Unix ms. */
      expired_at: z.nullish(TimestampMsSchema),
    }),
  ),
});
/** Inferred {@link AnnouncementsSchema}. */
export type Announcements = z.output<typeof AnnouncementsSchema>;

/**
 * Parse `GET /`.
 *
 * @example
 * parseStatus({ status: 200, network_id: 304, timestamp: 1700000000 }).timestamp;
 * @throws {LighterParseError} when the payload does not match
 */
export function parseStatus(raw: unknown): WithRaw<Status> {
  return parseWith(StatusSchema, raw, 'Status');
}

/**
 * Parse `GET /info`.
 *
 * @example
 * parseZkLighterInfo(body).contract_address;
 * @throws {LighterParseError} when the payload does not match
 */
export function parseZkLighterInfo(raw: unknown): WithRaw<ZkLighterInfo> {
  return parseWith(ZkLighterInfoSchema, raw, 'ZkLighterInfo');
}

/**
 * Parse `withdrawalDelay`.
 *
 * @example
 * parseWithdrawalDelay({ seconds: 3600 }).seconds;
 * @throws {LighterParseError} when the payload does not match
 */
export function parseWithdrawalDelay(raw: unknown): WithRaw<WithdrawalDelay> {
  return parseWith(WithdrawalDelaySchema, raw, 'WithdrawalDelay');
}

/**
 * Parse `announcement`.
 *
 * @example
 * parseAnnouncements(body).announcements.length;
 * @throws {LighterParseError} when the payload does not match
 */
export function parseAnnouncements(raw: unknown): WithRaw<Announcements> {
  return parseWith(AnnouncementsSchema, raw, 'Announcements');
}
