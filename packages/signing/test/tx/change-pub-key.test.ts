import { TX_TYPE } from '@lighter-ts/models';
import { describe, expect, it } from 'vitest';
import { attachL1Signature } from '../../src/tx-info-l1.js';
import { expectRejected, expectVectorsDecodeAndHash, signerFor, vector } from './helpers.js';

describe('ChangePubKey (8) and revoke', () => {
  it('decodes, hashes and re-encodes every vector byte for byte (PubKey as 5 limbs)', () => {
    expectVectorsDecodeAndHash(TX_TYPE.CHANGE_PUB_KEY);
  });

  it("registers the signer's own key by default, with the L1 signature", () => {
    const v = vector('ChangePubKey-0');
    const l1 = v.l1 as NonNullable<typeof v.l1>;
    const tx = signerFor(v).signChangePubKey({ nonce: 22, ethPrivateKey: l1.eth_private_key });
    expect(tx.l1Message).toBe(l1.message);
    expect(tx.txInfo).toBe(v.tx_info_json);
  });

  it('signs first and attaches an externally made L1Sig later without changing the hash', () => {
    const v = vector('ChangePubKey-0');
    const l1 = v.l1 as NonNullable<typeof v.l1>;
    const unsignedL1 = signerFor(v).signChangePubKey({ nonce: 22 });
    expect(unsignedL1.txInfo).toContain('"L1Sig":""');
    const ready = attachL1Signature({ signed: unsignedL1, l1Sig: l1.signature });
    expect(ready.txInfo).toBe(v.tx_info_json);
    expect(ready.txHash).toBe(v.tx_hash);
  });

  it('revokes another API key slot with an all-zero PubKey', () => {
    const v = vector('RevokePubKey-0');
    const l1 = v.l1 as NonNullable<typeof v.l1>;
    const tx = signerFor(v).signRevokePubKey({ apiKeyIndex: 7, nonce: 23, ethPrivateKey: l1.eth_private_key });
    expect(tx.txInfo).toBe(v.tx_info_json);
  });

  it('rejects malformed keys and slots', () => {
    const s = signerFor(vector('ChangePubKey-0'));
    expectRejected(() => s.signChangePubKey({ nonce: 0, pubKey: '0x1234' }), 'PubKey');
    expectRejected(() => s.signChangePubKey({ nonce: 0, apiKeyIndex: 255 }), 'ApiKeyIndex');
    expectRejected(() => attachL1Signature({ signed: s.signChangePubKey({ nonce: 0 }), l1Sig: '0xzz' }), 'L1Sig');
  });
});
