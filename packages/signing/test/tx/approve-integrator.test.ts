import { TX_TYPE } from '@lighter-ts/models';
import { describe, expect, it } from 'vitest';
import { recoverL1Address } from '../../src/l1/personal-sign.js';
import { parsePrivateKey } from '../../src/primitives.js';
import { createSigner } from '../../src/signer.js';
import { decodeTxInfo, verifyTxSignature } from '../../src/tx/registry.js';
import { VECTORS_TEXT } from '../vectors-helpers.js';
import { KEYS, expectRejected, publicKeyOf } from './helpers.js';

// model_only vector ApproveIntegrator-0: hash checked against a third-party Go oracle
// (docs/protocol/signing.md#test-vectors); signed with key A1's scalar for AccountIndex 1, ApiKeyIndex 0.
const model = (JSON.parse(VECTORS_TEXT).model_only.transactions as { id: string; [k: string]: unknown }[]).find(
  (m) => m.id === 'ApproveIntegrator-0',
) as unknown as {
  tx_hash: string;
  signature_hex: string;
  l1_message: string;
  tx_info_json_model: string;
  signed_with: { nonce_k: string };
};
const a1 = KEYS.A1 as { input: { private_key_hex: string } };
const signer = createSigner({
  chainId: 304,
  accountIndex: 1,
  apiKeyIndex: 0,
  privateKey: parsePrivateKey(a1.input.private_key_hex),
  nonceK: () => BigInt(model.signed_with.nonce_k),
  now: () => 1767225600000,
});
const p = {
  integratorAccountIndex: 4242,
  maxPerpsTakerFee: 1000,
  maxPerpsMakerFee: 500,
  maxSpotTakerFee: 800,
  maxSpotMakerFee: 400,
  approvalExpiry: 1893456000000,
  expiredAt: 1893456000000,
  nonce: 28,
};
const ETH = '0xc6f1b7a7eb76085b9cf68ec07dd840e36bd93648b72e3bd2aec4f42b7adad3ef';

describe('ApproveIntegrator (45)', () => {
  it('matches the third-party tx hash, the signature (k injected), the L1 text and the tx_info model', () => {
    const tx = signer.signApproveIntegrator(p);
    expect(tx.txHash).toBe(model.tx_hash);
    expect(Buffer.from(tx.signature).toString('hex')).toBe(model.signature_hex);
    expect(tx.l1Message).toBe(model.l1_message);
    expect(tx.txInfo).toBe(model.tx_info_json_model.replace(/"L1Sig":"0x<[^"]*>"/, '"L1Sig":""'));
  });

  it('signs with an L1 signature that recovers to the L1 address and verifies', () => {
    const tx = signer.signApproveIntegrator({ ...p, ethPrivateKey: ETH });
    const decoded = decodeTxInfo({ txType: TX_TYPE.APPROVE_INTEGRATOR, txInfo: tx.txInfo });
    if (decoded.kind !== 'ApproveIntegrator') throw new Error('kind');
    expect(recoverL1Address({ message: model.l1_message, signature: decoded.info.L1Sig })).toBe(
      '0xf19e02cf93822a51d4c21c9714124740961186e7',
    );
    expect(verifyTxSignature({ decoded, chainId: 304, publicKey: publicKeyOf('A1') })).toBe(true);
    expect(tx.txHash).toBe(model.tx_hash);
  });

  it('rejects fees above 100 % and a revocation with fees; allows a clean revocation', () => {
    expectRejected(() => signer.signApproveIntegrator({ ...p, maxSpotMakerFee: 1000001 }), 'MaxSpotMakerFee');
    expectRejected(() => signer.signApproveIntegrator({ ...p, approvalExpiry: 0 }), 'ApprovalExpiry');
    expectRejected(() => signer.signApproveIntegrator({ ...p, approvalExpiry: 2n ** 48n }), 'ApprovalExpiry');
    expectRejected(() => signer.signApproveIntegrator({ ...p, integratorAccountIndex: -2 }), 'IntegratorAccountIndex');
    expectRejected(
      () => signer.signApproveIntegrator({ ...p, maxPerpsTakerFee: 2n ** 32n }),
      'MaxPerpsTakerFee',
      /u32/,
    );
    const revoke = {
      ...p,
      approvalExpiry: 0,
      maxPerpsTakerFee: 0,
      maxPerpsMakerFee: 0,
      maxSpotTakerFee: 0,
      maxSpotMakerFee: 0,
    };
    expect(signer.signApproveIntegrator(revoke).kind).toBe('ApproveIntegrator');
  });
});
