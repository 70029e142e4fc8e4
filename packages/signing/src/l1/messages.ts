// Ethereum (L1) message bodies that ChangePubKey, Transfer and ApproveIntegrator need an
// EIP-191 personal_sign of (docs/protocol/signing.md#l1-messages; LG `types/txtypes/utils.go:15-22`).
import { bytesToHex } from '../validate.js';

/**
 * `getHex10FromUint64`: 0x + lowercase hex of the uint64, left-padded to 16 digits.
 * Negative values wrap as Go's uint64 conversion does.
 * @example hex16(1001n) // '0x00000000000003e9'
 * @throws never
 */
export function hex16(v: bigint): string {
  const u = ((v % 2n ** 64n) + 2n ** 64n) % 2n ** 64n;
  return `0x${u.toString(16).padStart(16, '0')}`;
}

const TRAILER = 'Only sign this message for a trusted client!';

/**
 * L1 body of ChangePubKey ("Register Lighter Account").
 * @example changePubKeyL1Message({ pubKey, nonce: 0n, accountIndex: 1001n, apiKeyIndex: 3n })
 * @throws never
 */
export function changePubKeyL1Message(p: {
  pubKey: Uint8Array;
  nonce: bigint;
  accountIndex: bigint;
  apiKeyIndex: bigint;
}): string {
  return (
    `Register Lighter Account\n\npubkey: 0x${bytesToHex(p.pubKey)}\nnonce: ${hex16(p.nonce)}\n` +
    `account index: ${hex16(p.accountIndex)}\napi key index: ${hex16(p.apiKeyIndex)}\n${TRAILER}`
  );
}

/**
 * L1 body of Transfer (the memo is only here, not in the L2 hash).
 * @example transferL1Message({ nonce, fromAccountIndex, fromRouteType, apiKeyIndex, toAccountIndex, toRouteType, assetIndex, amount, usdcFee, chainId, memo })
 * @throws never
 */
export function transferL1Message(p: {
  nonce: bigint;
  fromAccountIndex: bigint;
  fromRouteType: bigint;
  apiKeyIndex: bigint;
  toAccountIndex: bigint;
  toRouteType: bigint;
  assetIndex: bigint;
  amount: bigint;
  usdcFee: bigint;
  chainId: bigint;
  memo: Uint8Array;
}): string {
  return (
    `Transfer\n\nnonce: ${hex16(p.nonce)}\nfrom: ${hex16(p.fromAccountIndex)} (route ${hex16(p.fromRouteType)})\n` +
    `api key: ${hex16(p.apiKeyIndex)}\nto: ${hex16(p.toAccountIndex)} (route ${hex16(p.toRouteType)})\n` +
    `asset: ${hex16(p.assetIndex)}\namount: ${hex16(p.amount)}\nfee: ${hex16(p.usdcFee)}\n` +
    `chainId: ${hex16(p.chainId)}\nmemo: ${bytesToHex(p.memo)}\n${TRAILER}`
  );
}

/**
 * L1 body of ApproveIntegrator (LG `approve_integrator.go:119-134`).
 * @example approveIntegratorL1Message({ nonce, accountIndex, apiKeyIndex, integratorAccountIndex, ... })
 * @throws never
 */
export function approveIntegratorL1Message(p: {
  nonce: bigint;
  accountIndex: bigint;
  apiKeyIndex: bigint;
  integratorAccountIndex: bigint;
  maxPerpsTakerFee: bigint;
  maxPerpsMakerFee: bigint;
  maxSpotTakerFee: bigint;
  maxSpotMakerFee: bigint;
  approvalExpiry: bigint;
  chainId: bigint;
}): string {
  return (
    `Approve Integrator\n\nnonce: ${hex16(p.nonce)}\naccount index: ${hex16(p.accountIndex)}\n` +
    `api key index: ${hex16(p.apiKeyIndex)}\nintegrator account index: ${hex16(p.integratorAccountIndex)}\n` +
    `max perps taker fee: ${hex16(p.maxPerpsTakerFee)}\nmax perps maker fee: ${hex16(p.maxPerpsMakerFee)}\n` +
    `max spot taker fee: ${hex16(p.maxSpotTakerFee)}\nmax spot maker fee: ${hex16(p.maxSpotMakerFee)}\n` +
    `approval expiry: ${hex16(p.approvalExpiry)}\nchainId: ${hex16(p.chainId)}\n${TRAILER}`
  );
}
