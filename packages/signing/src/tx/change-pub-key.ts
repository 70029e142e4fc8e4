// ChangePubKey, tx type 8 (LG `types/txtypes/change_pub_key.go`): registers an API key.
// PubKey enters the hash as 5 LE u64 limbs; L1Sig (body position) is not hashed.
// Revoking a key is a ChangePubKey with 40 zero bytes (LG web-wasm `SignRevokePubKey`).
import type { TxCommonParams } from './common.js';
import { TX_TYPE } from './constants.js';
import type { CommonTxInfo, TxInfoRecord, TxSpec } from './spec.js';

/** Parameters of `signer.signChangePubKey`. */
export interface ChangePubKeyParams extends TxCommonParams {
  /** The new API public key (40 bytes, hex with optional 0x, or bytes). Default: this signer's key. */
  pubKey?: string | Uint8Array;
  /** API key slot being set or revoked; default: this signer's own slot. */
  apiKeyIndex?: number | bigint;
  /** Ethereum personal_sign of `changePubKeyL1Message(...)`, 0x + 130 hex; "" to sign it later. */
  l1Sig?: string;
}

/** Decoded ChangePubKey tx_info. */
export interface ChangePubKeyTxInfo extends CommonTxInfo {
  /** Account index that signs (the master account or a sub-account, 0 … 2^48-2). */
  readonly AccountIndex: bigint;
  /** 40-byte public key to register in the slot (40 zero bytes revokes it). */
  readonly PubKey: Uint8Array;
  /** The owner's Ethereum personal-sign signature (0x hex) of this tx's L1 message; sent in the body, not part of the L2 hash. */
  readonly L1Sig: string;
}

/** Spec of ChangePubKey: 11 hashed elements. */
export const changePubKeySpec: TxSpec = {
  kind: 'ChangePubKey',
  txType: TX_TYPE.CHANGE_PUB_KEY,
  accountKey: 'AccountIndex',
  body: [
    { type: 'pubkey', key: 'PubKey', param: 'pubKey' },
    { type: 'l1sig', key: 'L1Sig', param: 'l1Sig' },
  ],
  validate(_info: TxInfoRecord): void {
    // Only the 40-byte length is checked by the official Validate(); done when decoding.
  },
};
