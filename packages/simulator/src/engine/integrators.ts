/**
 * ApproveIntegrator (tx 45): an account lets an integrator charge fees on its orders up to the approved
 * maxima until the expiry; expiry 0 with all fees 0 revokes (docs/protocol/transactions.md#integrators).
 */
import { VenueError } from '../errors.js';
import type { Exchange } from './exchange.js';
import type { SimIntegratorApproval } from './types.js';

// docs/protocol/rest.md#accounts: indexes 0-2 are the venue's system accounts (treasury, insurance fund)
const LAST_SYSTEM_ACCOUNT = 2;

/**
 * Records, replaces or (expiry 0 and fees 0) removes an approval.
 * @example approveIntegrator(ex, { accountIndex: 7, integratorAccountIndex: 9, maxPerpsTakerFee: 1000, maxPerpsMakerFee: 0, maxSpotTakerFee: 0, maxSpotMakerFee: 0, approvalExpiry: Date.now() + 86_400_000 })
 * @throws VenueError 21146 for a system account, 21100 for an unknown integrator account, 21711 for an expiry in the past
 */
export function approveIntegrator(ex: Exchange, p: SimIntegratorApproval & { accountIndex: number }): void {
  const { accountIndex, ...approval } = p;
  if (approval.integratorAccountIndex <= LAST_SYSTEM_ACCOUNT) throw new VenueError({ code: 21146 });
  const acct = ex.account(accountIndex);
  const revoke =
    approval.approvalExpiry === 0 &&
    approval.maxPerpsTakerFee === 0 &&
    approval.maxPerpsMakerFee === 0 &&
    approval.maxSpotTakerFee === 0 &&
    approval.maxSpotMakerFee === 0;
  if (revoke) {
    acct.integratorApprovals?.delete(approval.integratorAccountIndex);
    ex.touchAccount(accountIndex);
    return;
  }
  if (!ex.accounts.has(approval.integratorAccountIndex)) throw new VenueError({ code: 21100 });
  if (approval.approvalExpiry <= ex.now())
    throw new VenueError({ code: 21711, message: 'invalid expiry: approval expiry is in the past' });
  acct.integratorApprovals ??= new Map();
  acct.integratorApprovals.set(approval.integratorAccountIndex, approval);
  ex.touchAccount(accountIndex);
}

/**
 * An order naming an integrator (tx attribute 1, non-zero) needs the account's live approval of it: none, an
 * expired one or a revoked one is refused with 21149 "integrator is not approved" (docs/protocol/transactions.md#integrators).
 * Its integrator taker and maker fees (attributes 2 and 3, ppm) must also stay within the maxima the approval gave for
 * the market's kind (spot, else perps); above them the approval does not cover the order, refused with the same 21149
 * (the venue's code for this case is not documented: docs/protocol/transactions.md#integrators, [U]).
 * @example checkIntegratorApproved(ex, { accountIndex: 7, integratorAccountIndex: 9n, takerFee: 100n, makerFee: 0n, marketIndex: 0 })
 * @throws VenueError 21149 when the account has no live approval of that integrator, or a fee exceeds its maximum
 */
export function checkIntegratorApproved(
  ex: Exchange,
  p: {
    accountIndex: number;
    integratorAccountIndex: bigint | undefined;
    /** Integrator taker fee of the order, ppm (attribute 2). */
    takerFee?: bigint | undefined;
    /** Integrator maker fee of the order, ppm (attribute 3). */
    makerFee?: bigint | undefined;
    /** Market of the order: its kind picks the spot or perps maxima; unknown markets are left to order validation. */
    marketIndex?: number | undefined;
  },
): void {
  if (p.integratorAccountIndex === undefined || p.integratorAccountIndex === 0n) return;
  const approval = ex.account(p.accountIndex).integratorApprovals?.get(Number(p.integratorAccountIndex));
  if (approval === undefined || approval.approvalExpiry <= ex.now())
    throw new VenueError({
      code: 21149,
      message: `integrator is not approved: account ${p.accountIndex} has not approved integrator ${p.integratorAccountIndex}`,
    });
  const market = p.marketIndex === undefined ? undefined : ex.market(p.marketIndex);
  if (market === undefined) return;
  const caps = market.isSpot
    ? { taker: approval.maxSpotTakerFee, maker: approval.maxSpotMakerFee, kind: 'spot' }
    : { taker: approval.maxPerpsTakerFee, maker: approval.maxPerpsMakerFee, kind: 'perps' };
  for (const [side, fee, max] of [
    ['taker', p.takerFee ?? 0n, caps.taker],
    ['maker', p.makerFee ?? 0n, caps.maker],
  ] as const) {
    if (fee > BigInt(max))
      throw new VenueError({
        code: 21149,
        message: `integrator is not approved for this fee: integrator ${side} fee ${fee} ppm exceeds the ${max} ppm max ${caps.kind} ${side} fee account ${p.accountIndex} approved for integrator ${p.integratorAccountIndex}`,
      });
  }
}

/**
 * The account's live approvals (expired ones left out), by integrator index.
 * @example liveApprovals(ex, acct).map((a) => a.integratorAccountIndex)
 * @throws never
 */
export function liveApprovals(
  ex: Exchange,
  acct: { integratorApprovals?: Map<number, SimIntegratorApproval> },
): SimIntegratorApproval[] {
  const now = ex.now();
  return [...(acct.integratorApprovals?.values() ?? [])]
    .filter((a) => a.approvalExpiry > now)
    .sort((a, b) => a.integratorAccountIndex - b.integratorAccountIndex);
}
