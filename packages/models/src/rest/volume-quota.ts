/**
 * Volume quota of Premium / Plus accounts (docs/protocol/errors-and-limits.md#volume-quota): a count of
 * order transactions the L1 address may still send, earned by trading and reported by every `sendTx` /
 * `sendTxBatch` answer. It is a response field only; no tx carries it.
 */
import { TX_TYPE } from '../constants/tx-type.js';

/**
 * Protocol facts of the volume quota (https://apidocs.lighter.xyz/docs/volume-quota-program, NT docs [T]):
 * new accounts start with `INITIAL`, at most `MAX` are stacked, one more per `USD_PER_TX` traded, one
 * request every `FREE_TX_INTERVAL_MS` is free, and only `CHARGED_TX_TYPES` spend it (cancels do not).
 *
 * @example
 * VOLUME_QUOTA.CHARGED_TX_TYPES.includes(TX_TYPE.CREATE_ORDER); // true
 * @throws never (a constant)
 */
export const VOLUME_QUOTA = {
  /** Quota a new Premium/Plus account starts with (order txs). */
  INITIAL: 1_000,
  /** Most quota that can be stacked up. */
  MAX: 5_000_000,
  /** Traded USD volume that earns one more tx of quota. */
  USD_PER_TX: 10,
  /** One request per this many ms is free (spends no quota). */
  FREE_TX_INTERVAL_MS: 15_000,
  /** Tx types that spend quota: CreateOrder, CancelAllOrders, ModifyOrder, CreateGroupedOrders (cancels are free). */
  CHARGED_TX_TYPES: [
    TX_TYPE.CREATE_ORDER,
    TX_TYPE.CANCEL_ALL_ORDERS,
    TX_TYPE.MODIFY_ORDER,
    TX_TYPE.CREATE_GROUPED_ORDERS,
  ] as readonly number[],
} as const;

/**
 * True when a tx of this type spends volume quota (CreateOrder, CancelAllOrders, ModifyOrder,
 * CreateGroupedOrders; docs/protocol/errors-and-limits.md#volume-quota).
 *
 * @example
 * spendsVolumeQuota(14); // true (CreateOrder)
 * spendsVolumeQuota(15); // false (CancelOrder)
 * @throws never
 */
export function spendsVolumeQuota(txType: number): boolean {
  return VOLUME_QUOTA.CHARGED_TX_TYPES.includes(txType);
}

// "10780 volume quota remaining." (docs/volume-quota-program); the number may be grouped with commas.
const MESSAGE_PATTERN = /(\d[\d,]*)\s+volume quota remaining/i;

/**
 * The remaining volume quota a `sendTx` / `sendTxBatch` answer (REST or WS) reports: the
 * `volume_quota_remaining` field, else the count in a message such as `"10780 volume quota remaining."`.
 * `undefined` when the answer says nothing about it (Standard accounts, or a free tx answered with
 * `{"ratelimit": "didn't use volume quota"}`).
 *
 * @example
 * volumeQuotaRemainingOf({ code: 200, volume_quota_remaining: 998 }); // 998
 * volumeQuotaRemainingOf({ code: 200, message: '10780 volume quota remaining.' }); // 10780
 * volumeQuotaRemainingOf({ code: 200, message: '{"ratelimit": "didn\'t use volume quota"}' }); // undefined
 * @throws never
 */
export function volumeQuotaRemainingOf(answer: unknown): number | undefined {
  if (typeof answer !== 'object' || answer === null) return undefined;
  const a = answer as { volume_quota_remaining?: unknown; message?: unknown; data?: unknown };
  const field = a.volume_quota_remaining;
  if (typeof field === 'number' && Number.isSafeInteger(field) && field >= 0) return field;
  if (typeof field === 'string' && /^\d+$/.test(field)) return Number(field);
  if (typeof a.message === 'string') {
    const m = MESSAGE_PATTERN.exec(a.message);
    if (m) return Number(m[1]!.replaceAll(',', ''));
  }
  // WS answers nest the REST body under `data` (docs/protocol/websocket.md#sending-transactions)
  if (typeof a.data === 'object' && a.data !== null) return volumeQuotaRemainingOf(a.data);
  return undefined;
}
