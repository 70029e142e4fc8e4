/**
 * ClientOrderId -> venue `client_order_index` derivation. The venue accepts 1..2^48-1 but
 * rejects values above 2^31-1 in practice (21727, docs/protocol/nautilus.md#identifiers; docs/protocol/transactions.md#orders), so the
 * index is a deterministic 31-bit hash. Determinism means a restarted client can re-derive the
 * index even without the store; the store resolves collision probes.
 */
import { createHash } from 'node:crypto';
import { MAX_SAFE_CLIENT_ORDER_INDEX } from '@lighter-ts/models';

/**
 * Deterministic 31-bit positive index of a ClientOrderId (SHA-256, first 4 bytes, masked; 0 -> 1
 * because 0 means "none" on the wire).
 * @example deriveClientOrderIndex('O-20260101-000000-001-001-1') // e.g. 1234567890
 * @throws TypeError on an empty id
 */
export function deriveClientOrderIndex(clientOrderId: string, probe = 0): number {
  if (clientOrderId.length === 0) throw new TypeError('clientOrderId must be non-empty');
  const digest = createHash('sha256').update(clientOrderId, 'utf8').digest();
  const base = digest.readUInt32BE(0) & MAX_SAFE_CLIENT_ORDER_INDEX;
  const v = (base + probe) % (MAX_SAFE_CLIENT_ORDER_INDEX + 1);
  return v === 0 ? 1 : v;
}
