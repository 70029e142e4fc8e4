import { TX_TYPE } from '@lighter-ts/models';
import { describe, expect, it } from 'vitest';
import { recoverL1Address } from '../../src/l1/personal-sign.js';
import { expectRejected, expectVectorsDecodeAndHash, signerFor, vector } from './helpers.js';

const memo = Uint8Array.from({ length: 32 }, (_, i) => i);

describe('Transfer (12)', () => {
  it('decodes, hashes and re-encodes every vector byte for byte (memo not hashed)', () => {
    expectVectorsDecodeAndHash(TX_TYPE.TRANSFER);
  });

  it('signs with an L1 key: L1 message, L1Sig and tx_info are exact', () => {
    const v = vector('Transfer-0');
    const l1 = v.l1 as NonNullable<typeof v.l1>;
    const tx = signerFor(v).signTransfer({
      toAccountIndex: 2002,
      assetIndex: 3,
      fromRouteType: 0,
      toRouteType: 0,
      amount: 1234567,
      memo,
      nonce: 20,
      ethPrivateKey: l1.eth_private_key,
    });
    expect(tx.l1Message).toBe(l1.message);
    expect(tx.txInfo).toBe(v.tx_info_json);
    expect(
      recoverL1Address({ message: l1.message, signature: tx.decoded.kind === 'Transfer' ? tx.decoded.info.L1Sig : '' }),
    ).toBe('0xf19e02cf93822a51d4c21c9714124740961186e7');
  });

  it('signs a same-master transfer with an empty L1Sig', () => {
    const v = vector('Transfer-2');
    const tx = signerFor(v).signTransfer({
      toAccountIndex: 1005,
      assetIndex: 3,
      fromRouteType: 0,
      toRouteType: 1,
      amount: 42,
      nonce: 1,
    });
    expect(tx.txInfo).toBe(v.tx_info_json);
  });

  it('rejects bad fields', () => {
    const s = signerFor(vector('Transfer-0'));
    const p = { toAccountIndex: 2002, assetIndex: 3, fromRouteType: 0, toRouteType: 0, amount: 1, nonce: 0 };
    expectRejected(() => s.signTransfer({ ...p, toAccountIndex: 2n ** 48n - 1n }), 'ToAccountIndex');
    expectRejected(() => s.signTransfer({ ...p, amount: 0 }), 'Amount');
    expectRejected(() => s.signTransfer({ ...p, usdcFee: -1 }), 'USDCFee');
    expectRejected(() => s.signTransfer({ ...p, toRouteType: 9 }), 'ToRouteType');
    expectRejected(() => s.signTransfer({ ...p, memo: '0x00' }), 'Memo', /32 bytes/);
    expectRejected(() => s.signTransfer({ ...p, l1Sig: '0x1234' }), 'L1Sig');
    expectRejected(() => s.signTransfer({ ...p, ethPrivateKey: '0x00' }), 'ethPrivateKey');
  });
});
