// Picks the L1 message body for the tx types that carry an L1Sig (docs/protocol/signing.md#l1-messages).
import type { TxInfoRecord } from '../tx/spec.js';
import { TX_TYPE } from '../tx/constants.js';
import { approveIntegratorL1Message, changePubKeyL1Message, transferL1Message } from './messages.js';

/**
 * L1 message of a ChangePubKey / Transfer / ApproveIntegrator tx_info record, else undefined.
 * @example l1MessageOf(8, info, 304n) // 'Register Lighter Account\n\n…'
 * @throws never
 */
export function l1MessageOf(txType: number, info: TxInfoRecord, chainId: bigint): string | undefined {
  const n = (k: string): bigint => info[k] as bigint;
  if (txType === TX_TYPE.CHANGE_PUB_KEY) {
    return changePubKeyL1Message({
      pubKey: info.PubKey as Uint8Array,
      nonce: n('Nonce'),
      accountIndex: n('AccountIndex'),
      apiKeyIndex: n('ApiKeyIndex'),
    });
  }
  if (txType === TX_TYPE.TRANSFER) {
    return transferL1Message({
      nonce: n('Nonce'),
      fromAccountIndex: n('FromAccountIndex'),
      fromRouteType: n('FromRouteType'),
      apiKeyIndex: n('ApiKeyIndex'),
      toAccountIndex: n('ToAccountIndex'),
      toRouteType: n('ToRouteType'),
      assetIndex: n('AssetIndex'),
      amount: n('Amount'),
      usdcFee: n('USDCFee'),
      chainId,
      memo: info.Memo as Uint8Array,
    });
  }
  if (txType === TX_TYPE.APPROVE_INTEGRATOR) {
    return approveIntegratorL1Message({
      nonce: n('Nonce'),
      accountIndex: n('AccountIndex'),
      apiKeyIndex: n('ApiKeyIndex'),
      integratorAccountIndex: n('IntegratorAccountIndex'),
      maxPerpsTakerFee: n('MaxPerpsTakerFee'),
      maxPerpsMakerFee: n('MaxPerpsMakerFee'),
      maxSpotTakerFee: n('MaxSpotTakerFee'),
      maxSpotMakerFee: n('MaxSpotMakerFee'),
      approvalExpiry: n('ApprovalExpiry'),
      chainId,
    });
  }
  return undefined;
}
