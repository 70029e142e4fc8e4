import { secp256k1 } from '@noble/curves/secp256k1';
import { keccak_256 } from '@noble/hashes/sha3';
import { describe, expect, it } from 'vitest';
import { l1SignerFromPrivateKey, signL1MessageWith, toL1Signer, withL1Signature } from '../../src/l1/l1-signer.js';
import { recoverL1Address } from '../../src/l1/personal-sign.js';
import { createSigner } from '../../src/signer.js';

const ETH_KEY = `0x${'11'.repeat(32)}`;
const API_KEY = `0x${'07'.repeat(40)}`;

/**
 * A wallet written here from the primitives (EIP-191 prefix, keccak, secp256k1), shaped as viem's
 * `LocalAccount`: async `signMessage({ message })` answering 0x r‖s‖v. It shares no code with ours.
 */
function localWallet(keyHex: string) {
  const key = Uint8Array.from(Buffer.from(keyHex.slice(2), 'hex'));
  const pub = secp256k1.getPublicKey(key, false);
  const address = `0x${Buffer.from(keccak_256(pub.slice(1)).slice(12)).toString('hex')}`;
  const calls: string[] = [];
  return {
    address,
    calls,
    async signMessage({ message }: { message: string }): Promise<`0x${string}`> {
      calls.push(message);
      const body = new TextEncoder().encode(message);
      const prefixed = Buffer.concat([Buffer.from(`\x19Ethereum Signed Message:\n${body.length}`), body]);
      const sig = secp256k1.sign(keccak_256(prefixed), key);
      return `0x${Buffer.from(sig.toCompactRawBytes()).toString('hex')}${(27 + sig.recovery).toString(16)}`;
    },
  };
}

const signer = createSigner({ network: 'lighter-testnet', accountIndex: 1001, apiKeyIndex: 4, privateKey: API_KEY });

describe('L1 signers: any signMessage({ message }) or a hex key (docs/protocol/signing.md#l1-signers)', () => {
  it('a wallet object signs ChangePubKey, Transfer and ApproveIntegrator; the L1Sig recovers to its address', async () => {
    const wallet = localWallet(ETH_KEY);
    const txs = [
      signer.signChangePubKey({ nonce: 0 }),
      signer.signTransfer({
        toAccountIndex: 2002,
        assetIndex: 3,
        fromRouteType: 0,
        toRouteType: 0,
        amount: 5n,
        usdcFee: 0n,
        memo: new Uint8Array(32),
        nonce: 1,
      }),
      signer.signApproveIntegrator({
        integratorAccountIndex: 4242,
        maxPerpsTakerFee: 0,
        maxPerpsMakerFee: 0,
        maxSpotTakerFee: 0,
        maxSpotMakerFee: 0,
        approvalExpiry: 0,
        nonce: 2,
      }),
    ];
    for (const tx of txs) {
      const ready = await withL1Signature({ signed: tx, l1Signer: wallet });
      const l1Sig = (JSON.parse(ready.txInfo) as { L1Sig: string }).L1Sig;
      expect(recoverL1Address({ message: tx.l1Message as string, signature: l1Sig }), tx.kind).toBe(wallet.address);
      // the L2 hash does not cover L1Sig, so the Schnorr signature stays valid
      expect(ready.txHash).toBe(tx.txHash);
    }
    expect(wallet.calls).toEqual(txs.map((t) => t.l1Message));
  });

  it('a hex key gives the same signature as the in-process path (RFC 6979 is deterministic)', async () => {
    const viaKey = await withL1Signature({
      signed: signer.signChangePubKey({ nonce: 0, expiredAt: 1n << 40n }),
      l1Signer: ETH_KEY,
    });
    const viaWallet = await withL1Signature({
      signed: signer.signChangePubKey({ nonce: 0, expiredAt: 1n << 40n }),
      l1Signer: localWallet(ETH_KEY),
    });
    const sig = (t: { txInfo: string }) => (JSON.parse(t.txInfo) as { L1Sig: string }).L1Sig;
    expect(sig(viaKey)).toBe(sig(viaWallet));
    expect(l1SignerFromPrivateKey(ETH_KEY).address).toBe(localWallet(ETH_KEY).address);
  });

  it('refuses a signer answer that is not 0x + 130 hex, naming l1Signer and never echoing it', async () => {
    const bad = { signMessage: () => Promise.resolve('0xdeadbeef') };
    await expect(signL1MessageWith({ l1Signer: bad, message: 'm' })).rejects.toMatchObject({
      code: 'SIGNING_INPUT',
      field: 'l1Signer',
      message: expect.stringContaining('10 characters'),
    });
    await expect(
      signL1MessageWith({ l1Signer: { signMessage: () => 42 as unknown as string }, message: 'm' }),
    ).rejects.toMatchObject({ field: 'l1Signer' });
  });

  it('refuses values that are neither a signer nor a key, and txs without an L1 message', async () => {
    expect(() => toL1Signer({} as never)).toThrow(expect.objectContaining({ field: 'l1Signer' }));
    expect(() => toL1Signer(null as never)).toThrow(expect.objectContaining({ field: 'l1Signer' }));
    expect(() => toL1Signer('0x1234')).toThrow(expect.objectContaining({ field: 'ethPrivateKey' }));
    const cancel = signer.signCancelOrder({ marketIndex: 0, orderIndex: 281474976710656n, nonce: 3 });
    await expect(withL1Signature({ signed: cancel, l1Signer: ETH_KEY })).rejects.toMatchObject({ field: 'L1Sig' });
  });

  it('honours an aborted signal before asking the wallet', async () => {
    const wallet = localWallet(ETH_KEY);
    const ac = new AbortController();
    ac.abort(new Error('stop'));
    await expect(signL1MessageWith({ l1Signer: wallet, message: 'm', signal: ac.signal })).rejects.toThrow('stop');
    expect(wallet.calls).toEqual([]);
  });

  it('keeps the key out of JSON, strings and inspect', () => {
    const l1 = l1SignerFromPrivateKey(ETH_KEY);
    const shown = `${JSON.stringify(l1)} ${String(l1)}`;
    expect(shown).not.toContain('1111111111');
    expect(shown).toContain('[redacted]');
  });
});
