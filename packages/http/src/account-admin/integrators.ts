/**
 * Integrator approval and revocation (docs/protocol/transactions.md#integrators): ApproveIntegrator (45)
 * signed by an API key, with the owner's L1 signature when an L1 signer is given. Revoking is the same tx
 * with expiry 0 and every fee 0, as NautilusTrader's revoke tool sends it.
 */
import { type L1SignerInput, type Signer, withL1Signature } from '@lighter-ts/signing';
import type { LighterHttpClient } from '../client.js';

/** Parameters of {@link approveIntegrator}. Fees in ppm (1 000 000 = 100 %), capped by `systemConfig`. */
export interface ApproveIntegratorCommandParams {
  /** Client the tx is sent through (its network must be the signer's). */
  readonly http: LighterHttpClient;
  /** The account's API key signer. */
  readonly signer: Signer;
  /** The owner's Ethereum signer (viem account, wallet client, anything with `signMessage`) or hex key. */
  readonly l1Signer?: L1SignerInput;
  /** Account index of the integrator being approved, 1..2^48-2. */
  readonly integratorAccountIndex: number;
  /** Highest taker fee the integrator may charge on perps, ppm (1 000 000 = 100 %); 0 with expiry 0 revokes. */
  readonly maxPerpsTakerFeePpm: number;
  /** Highest maker fee the integrator may charge on perps, ppm. */
  readonly maxPerpsMakerFeePpm: number;
  /** Highest taker fee the integrator may charge on spot, ppm. */
  readonly maxSpotTakerFeePpm: number;
  /** Highest maker fee the integrator may charge on spot, ppm. */
  readonly maxSpotMakerFeePpm: number;
  /** Unix ms after which the approval lapses. */
  readonly approvalExpiryMs: number | bigint;
  /** Nonce to use; default: `nextNonce` of the signer's slot (pass it when a running client owns the sequence). */
  readonly nonce?: number | bigint;
  /** Aborts the nonce lookup and the send. */
  readonly signal?: AbortSignal;
}

/** What was sent. */
export interface IntegratorTxResult {
  /** L2 hash of the sent tx, from signing. */
  readonly txHash: string;
  /** Nonce the tx was signed with. */
  readonly nonce: bigint;
  /** False when no L1 signer was given and the tx went with an empty `L1Sig`. */
  readonly l1Signed: boolean;
}

/**
 * Approve (or, with expiry 0 and fees 0, revoke) an integrator for the signer's account.
 *
 * @example
 * await approveIntegrator({ http, signer, l1Signer: viemAccount, integratorAccountIndex: 4242, maxPerpsTakerFeePpm: 1000,
 *   maxPerpsMakerFeePpm: 0, maxSpotTakerFeePpm: 0, maxSpotMakerFeePpm: 0, approvalExpiryMs: Date.now() + 30 * 86_400_000 });
 * @throws {SigningInputError} (signing) for out-of-range fields, naming the field; or a malformed L1 signature
 * @throws {LighterApiError | TxSendError | NetworkError | TimeoutError | AbortedError} from the REST calls (21149, 21146, 21504, …)
 */
export async function approveIntegrator(params: ApproveIntegratorCommandParams): Promise<IntegratorTxResult> {
  const { http, signer, signal } = params;
  const opts = signal === undefined ? {} : { signal };
  const nonce =
    params.nonce === undefined
      ? BigInt(
          (await http.nextNonce({ accountIndex: signer.accountIndex, apiKeyIndex: signer.apiKeyIndex }, opts)).nonce,
        )
      : BigInt(params.nonce);
  const unsigned = signer.signApproveIntegrator({
    integratorAccountIndex: params.integratorAccountIndex,
    maxPerpsTakerFee: params.maxPerpsTakerFeePpm,
    maxPerpsMakerFee: params.maxPerpsMakerFeePpm,
    maxSpotTakerFee: params.maxSpotTakerFeePpm,
    maxSpotMakerFee: params.maxSpotMakerFeePpm,
    approvalExpiry: params.approvalExpiryMs,
    nonce,
  });
  const signed =
    params.l1Signer === undefined
      ? unsigned
      : await withL1Signature({ signed: unsigned, l1Signer: params.l1Signer, ...opts });
  const sent = await http.sendTx(signed, opts);
  return { txHash: sent.tx_hash ?? signed.txHash, nonce, l1Signed: params.l1Signer !== undefined };
}

/**
 * Revoke an integrator: ApproveIntegrator with expiry 0 and every maximum fee 0. Orders that still name it
 * are refused by the venue (21149) afterwards.
 *
 * @example await revokeIntegrator({ http, signer, l1Signer: ethKey, integratorAccountIndex: 4242 })
 * @throws as {@link approveIntegrator}
 */
export function revokeIntegrator(params: {
  http: LighterHttpClient;
  signer: Signer;
  l1Signer?: L1SignerInput;
  integratorAccountIndex: number;
  nonce?: number | bigint;
  signal?: AbortSignal;
}): Promise<IntegratorTxResult> {
  return approveIntegrator({
    ...params,
    maxPerpsTakerFeePpm: 0,
    maxPerpsMakerFeePpm: 0,
    maxSpotTakerFeePpm: 0,
    maxSpotMakerFeePpm: 0,
    approvalExpiryMs: 0,
  });
}
