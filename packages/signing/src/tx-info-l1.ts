// Adding an L1 signature to an already signed tx. L1Sig is not part of the L2 hash
// (docs/protocol/signing.md#l1-messages), so the Schnorr signature and tx hash stay valid.
import { SigningInputError } from './errors.js';
import type { SignedTx } from './signer-types.js';
import { toDecoded } from './tx/registry.js';
import type { TxInfoRecord } from './tx/spec.js';
import { encodeInfo } from './tx/spec-json.js';
import { specOf } from './tx/registry.js';

/**
 * Return a copy of a signed ChangePubKey / Transfer / ApproveIntegrator with `L1Sig` set,
 * for wallets that sign `signed.l1Message` outside this process.
 *
 * @example const ready = attachL1Signature({ signed, l1Sig: await wallet.signMessage(signed.l1Message) })
 * @throws {SigningInputError} (field `L1Sig`) for other tx types or a malformed signature
 */
export function attachL1Signature(params: { signed: SignedTx; l1Sig: string }): SignedTx {
  const { signed, l1Sig } = params;
  if (signed.l1Message === undefined) throw new SigningInputError('L1Sig', `${signed.kind} carries no L1 signature`);
  if (typeof l1Sig !== 'string' || !/^0x[0-9a-fA-F]{130}$/.test(l1Sig)) {
    throw new SigningInputError('L1Sig', 'must be 0x followed by 130 hex characters');
  }
  const spec = specOf(signed.txType);
  const info = { ...(signed.decoded.info as unknown as TxInfoRecord), L1Sig: l1Sig } as TxInfoRecord;
  const txInfo = encodeInfo(spec, info);
  return { ...signed, txInfo, decoded: toDecoded(spec, info), sendTx: { tx_type: signed.txType, tx_info: txInfo } };
}
