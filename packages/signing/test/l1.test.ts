import { describe, expect, it } from 'vitest';
import { approveIntegratorL1Message, changePubKeyL1Message, hex16, transferL1Message } from '../src/l1/messages.js';
import {
  l1AddressFromPrivateKey,
  personalMessageDigest,
  recoverL1Address,
  signL1Message,
} from '../src/l1/personal-sign.js';
import { expectRejected } from './tx/helpers.js';
import { VECTORS_TEXT } from './vectors-helpers.js';

const doc = JSON.parse(VECTORS_TEXT);
const withL1 = (
  doc.transactions as {
    id: string;
    l1?: { message: string; eip191_digest: string; eth_private_key: string; eth_address: string; signature: string };
  }[]
).filter((t) => t.l1);

function l1Of(id: string): { message: string } {
  const t = withL1.find((x) => x.id === id);
  if (!t?.l1) throw new Error(`no L1 vector ${id}`);
  return t.l1;
}

describe('L1 (Ethereum personal_sign) messages and signatures (docs/protocol/signing.md#l1-messages)', () => {
  it('formats numbers as 0x + 16 hex digits, wrapping negatives like Go uint64', () => {
    expect(hex16(1001n)).toBe('0x00000000000003e9');
    expect(hex16(-1n)).toBe('0xffffffffffffffff');
  });

  it('reproduces every vector digest, address and signature (RFC 6979, v = 27/28)', () => {
    expect(withL1.length).toBe(6);
    for (const t of withL1) {
      const l1 = t.l1 as NonNullable<(typeof t)['l1']>;
      expect(`0x${Buffer.from(personalMessageDigest(l1.message)).toString('hex')}`, t.id).toBe(l1.eip191_digest);
      expect(l1AddressFromPrivateKey(l1.eth_private_key), t.id).toBe(l1.eth_address.toLowerCase());
      expect(signL1Message({ message: l1.message, ethPrivateKey: l1.eth_private_key }), t.id).toBe(l1.signature);
      expect(recoverL1Address({ message: l1.message, signature: l1.signature }), t.id).toBe(
        l1.eth_address.toLowerCase(),
      );
    }
  });

  it('builds the three message bodies', () => {
    const pk = new Uint8Array(40);
    expect(changePubKeyL1Message({ pubKey: pk, nonce: 23n, accountIndex: 1001n, apiKeyIndex: 7n })).toBe(
      l1Of('RevokePubKey-0').message,
    );
    expect(
      transferL1Message({
        nonce: 20n,
        fromAccountIndex: 1001n,
        fromRouteType: 0n,
        apiKeyIndex: 3n,
        toAccountIndex: 2002n,
        toRouteType: 0n,
        assetIndex: 3n,
        amount: 1234567n,
        usdcFee: 0n,
        chainId: 304n,
        memo: Uint8Array.from({ length: 32 }, (_, i) => i),
      }),
    ).toBe(l1Of('Transfer-0').message);
    const model = doc.model_only.transactions[0];
    expect(
      approveIntegratorL1Message({
        nonce: 28n,
        accountIndex: 1n,
        apiKeyIndex: 0n,
        integratorAccountIndex: 4242n,
        maxPerpsTakerFee: 1000n,
        maxPerpsMakerFee: 500n,
        maxSpotTakerFee: 800n,
        maxSpotMakerFee: 400n,
        approvalExpiry: 1893456000000n,
        chainId: 304n,
      }),
    ).toBe(model.l1_message);
  });

  it('accepts v = 0/1 on recovery, returns null for garbage, rejects bad keys', () => {
    const t = withL1[0]?.l1 as NonNullable<(typeof withL1)[number]['l1']>;
    const v = Number.parseInt(t.signature.slice(-2), 16) - 27;
    expect(recoverL1Address({ message: t.message, signature: `${t.signature.slice(0, -2)}0${v}` })).toBe(
      t.eth_address.toLowerCase(),
    );
    expect(recoverL1Address({ message: t.message, signature: '0x00' })).toBeNull();
    expect(recoverL1Address({ message: `${t.message}!`, signature: t.signature })).not.toBe(
      t.eth_address.toLowerCase(),
    );
    expectRejected(() => signL1Message({ message: 'x', ethPrivateKey: `0x${'00'.repeat(32)}` }), 'ethPrivateKey');
    expectRejected(() => signL1Message({ message: 'x', ethPrivateKey: '0x1234' }), 'ethPrivateKey');
  });
});
