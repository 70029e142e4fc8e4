// ApproveIntegrator, tx type 45 (LG `types/txtypes/approve_integrator.go`): lets an
// integrator charge fees on this account's orders; needs an L1 signature (after Sig).
import type { IntegerInput } from '../validate.js';
import type { TxCommonParams } from './common.js';
import { TX_LIMITS, TX_TYPE } from './constants.js';
import { type CommonTxInfo, type TxInfoRecord, type TxSpec, reject } from './spec.js';

/** Parameters of `signer.signApproveIntegrator`. Fees in ppm (≤ 1 000 000). */
export interface ApproveIntegratorParams extends TxCommonParams {
  /** Integrator account allowed to charge fees (-1 … 2^48-2). */
  integratorAccountIndex: IntegerInput;
  /** Highest taker fee the integrator may charge on perps, ppm (≤ 1 000 000). */
  maxPerpsTakerFee: IntegerInput;
  /** Highest maker fee the integrator may charge on perps, ppm (≤ 1 000 000). */
  maxPerpsMakerFee: IntegerInput;
  /** Highest taker fee the integrator may charge on spot, ppm (≤ 1 000 000). */
  maxSpotTakerFee: IntegerInput;
  /** Highest maker fee the integrator may charge on spot, ppm (≤ 1 000 000). */
  maxSpotMakerFee: IntegerInput;
  /** Unix ms; 0 with all fees 0 revokes. */
  approvalExpiry: IntegerInput;
  /** Ethereum personal_sign of `approveIntegratorL1Message(...)`, or "" to add later. */
  l1Sig?: string;
}

/** Decoded ApproveIntegrator tx_info. */
export interface ApproveIntegratorTxInfo extends CommonTxInfo {
  /** Account index that signs (the master account or a sub-account, 0 … 2^48-2). */
  readonly AccountIndex: bigint;
  /** Integrator account allowed to charge fees (-1 … 2^48-2). */
  readonly IntegratorAccountIndex: bigint;
  /** Highest taker fee the integrator may charge on perps, ppm (≤ 1 000 000). */
  readonly MaxPerpsTakerFee: bigint;
  /** Highest maker fee the integrator may charge on perps, ppm (≤ 1 000 000). */
  readonly MaxPerpsMakerFee: bigint;
  /** Highest taker fee the integrator may charge on spot, ppm (≤ 1 000 000). */
  readonly MaxSpotTakerFee: bigint;
  /** Highest maker fee the integrator may charge on spot, ppm (≤ 1 000 000). */
  readonly MaxSpotMakerFee: bigint;
  /** Approval expiry, Unix ms (≤ 2^48-1); 0 together with all fees 0 revokes the approval. */
  readonly ApprovalExpiry: bigint;
  /** The owner's Ethereum personal-sign signature (0x hex) of this tx's L1 message; sent in the body, not part of the L2 hash. */
  readonly L1Sig: string;
}

const FEES = ['MaxPerpsTakerFee', 'MaxPerpsMakerFee', 'MaxSpotTakerFee', 'MaxSpotMakerFee'] as const;

/** Spec of ApproveIntegrator: 12 hashed elements. */
export const approveIntegratorSpec: TxSpec = {
  kind: 'ApproveIntegrator',
  txType: TX_TYPE.APPROVE_INTEGRATOR,
  accountKey: 'AccountIndex',
  l1SigAfterSig: true,
  body: [
    { type: 'int', key: 'IntegratorAccountIndex', param: 'integratorAccountIndex', width: 'i64', hash: 'fe' },
    { type: 'int', key: 'MaxPerpsTakerFee', param: 'maxPerpsTakerFee', width: 'u32', hash: 'fe' },
    { type: 'int', key: 'MaxPerpsMakerFee', param: 'maxPerpsMakerFee', width: 'u32', hash: 'fe' },
    { type: 'int', key: 'MaxSpotTakerFee', param: 'maxSpotTakerFee', width: 'u32', hash: 'fe' },
    { type: 'int', key: 'MaxSpotMakerFee', param: 'maxSpotMakerFee', width: 'u32', hash: 'fe' },
    { type: 'int', key: 'ApprovalExpiry', param: 'approvalExpiry', width: 'i64', hash: 'fe' },
  ],
  validate(info: TxInfoRecord): void {
    const i = info.IntegratorAccountIndex as bigint;
    if (i < TX_LIMITS.MIN_ACCOUNT_INDEX)
      reject('IntegratorAccountIndex', 'IntegratorAccountIndex should not be less than -1');
    if (i > TX_LIMITS.MAX_ACCOUNT_INDEX)
      reject(
        'IntegratorAccountIndex',
        `IntegratorAccountIndex should not be larger than ${TX_LIMITS.MAX_ACCOUNT_INDEX}`,
      );
    for (const f of FEES)
      if ((info[f] as bigint) > TX_LIMITS.FEE_TICK) reject(f, 'MarketFee should not be larger than 1000000');
    const exp = info.ApprovalExpiry as bigint;
    if (exp === 0n && FEES.some((f) => (info[f] as bigint) !== 0n)) {
      reject('ApprovalExpiry', 'ApprovalExpiry should be zero when revoking integrator approval');
    }
    if (exp < 0n || exp > TX_LIMITS.MAX_TIMESTAMP) reject('ApprovalExpiry', 'ApprovalExpiry is invalid');
  },
};
