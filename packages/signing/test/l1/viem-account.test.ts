// A real viem account (`privateKeyToAccount`) as the L1 signer (docs/protocol/signing.md#l1-signers): its
// EIP-191 signatures equal ours byte for byte for key registration (ChangePubKey) and integrator approval,
// and a tx completed with it is the tx our raw-key path signs. viem is a devDependency only.
import { privateKeyToAccount } from 'viem/accounts';
import { describe, expect, it } from 'vitest';
import { withL1Signature } from '../../src/l1/l1-signer.js';
import { signL1Message } from '../../src/l1/personal-sign.js';
import { createSigner } from '../../src/signer.js';

const ETH_KEY = `0x${'2a'.repeat(32)}` as const;
const signer = createSigner({
  network: 'lighter-testnet',
  accountIndex: 1001,
  apiKeyIndex: 4,
  privateKey: `0x${'07'.repeat(40)}`,
  now: () => 1_767_225_600_000,
});
const account = privateKeyToAccount(ETH_KEY);
const l1SigOf = (t: { txInfo: string }) => (JSON.parse(t.txInfo) as { L1Sig: string }).L1Sig;

describe('a viem privateKeyToAccount as the L1 signer', () => {
  const cases = [
    ['ChangePubKey (key registration)', () => signer.signChangePubKey({ nonce: 3, expiredAt: 1n << 40n })],
    [
      'ApproveIntegrator',
      () =>
        signer.signApproveIntegrator({
          integratorAccountIndex: 4242,
          maxPerpsTakerFee: 1000,
          maxPerpsMakerFee: 0,
          maxSpotTakerFee: 500,
          maxSpotMakerFee: 0,
          approvalExpiry: 1_900_000_000_000,
          nonce: 4,
          expiredAt: 1n << 40n,
        }),
    ],
  ] as const;

  it.each(cases)('%s: viem signs the L1 message exactly as we do', async (_name, sign) => {
    const tx = sign();
    const message = tx.l1Message as string;
    expect(message.length).toBeGreaterThan(0);
    expect(await account.signMessage({ message })).toBe(signL1Message({ message, ethPrivateKey: ETH_KEY }));
  });

  it.each(cases)('%s: completed through viem equals our raw-key tx', async (_name, sign) => {
    const viaViem = await withL1Signature({ signed: sign(), l1Signer: account });
    const viaKey = await withL1Signature({ signed: sign(), l1Signer: ETH_KEY });
    expect(l1SigOf(viaViem)).toBe(l1SigOf(viaKey));
    expect(l1SigOf(viaViem)).toMatch(/^0x[0-9a-f]{130}$/);
    expect(viaViem.txHash).toBe(viaKey.txHash);
  });
});
