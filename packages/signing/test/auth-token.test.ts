import { describe, expect, it } from 'vitest';
import { authTokenMessage, verifyAuthToken } from '../src/auth-token.js';
import { isAuthTokenError } from '../src/errors.js';
import { createSigner } from '../src/signer.js';
import { expectRejected } from './tx/helpers.js';
import { VECTORS_TEXT } from './vectors-helpers.js';

const KEY = '0x0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728';
const PK = '710c8cd2201061fa5570d20852d90ddabd6c496825b639d6c6486ecb1f859b63f237dee54f3f42b4';
const vectors = JSON.parse(VECTORS_TEXT).auth_tokens as {
  id: string;
  token: string;
  account: string;
  deadline_unix_s: number;
  signature: { nonce_k: string };
}[];

function reasonOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isAuthTokenError(e) ? e.reason : `other: ${String(e)}`;
  }
  return undefined;
}

describe('auth tokens (docs/protocol/signing.md#auth-tokens)', () => {
  it('reproduces the vector token byte for byte with k injected', () => {
    const v = vectors.find((t) => t.id === 'AuthToken-0') as (typeof vectors)[number];
    const s = createSigner({
      chainId: 304,
      accountIndex: 1001,
      apiKeyIndex: 3,
      privateKey: KEY,
      nonceK: () => BigInt(v.signature.nonce_k),
    });
    expect(s.createAuthToken({ deadline: v.deadline_unix_s })).toBe(v.token);
    expect(verifyAuthToken({ token: v.token, publicKey: PK, nowSeconds: 1767225600 })).toEqual({
      accountIndex: 1001,
      apiKeyIndex: 3,
      deadline: 1767229200,
    });
  });

  it('creates tokens with a default deadline of now + 10 minutes that verify', () => {
    const s = createSigner({
      chainId: 300,
      accountIndex: 7,
      apiKeyIndex: 2,
      privateKey: KEY,
      now: () => 1_700_000_000_000,
    });
    const token = s.createAuthToken();
    expect(token).toMatch(/^1700000600:7:2:[0-9a-f]{160}$/);
    expect(verifyAuthToken({ token, publicKey: `0x${PK}`, nowSeconds: 1_700_000_000 }).deadline).toBe(1700000600);
  });

  it('rejects expired, tampered, foreign-key and malformed tokens with a reason', () => {
    const s = createSigner({ chainId: 300, accountIndex: 7, apiKeyIndex: 2, privateKey: KEY });
    const token = s.createAuthToken({ deadline: 2_000_000_000 });
    expect(reasonOf(() => verifyAuthToken({ token, publicKey: PK, nowSeconds: 2_000_000_001 }))).toBe('expired');
    expect(reasonOf(() => verifyAuthToken({ token: token.replace(':7:', ':8:'), publicKey: PK, nowSeconds: 0 }))).toBe(
      'bad_signature',
    );
    const other = createSigner({ chainId: 300, accountIndex: 7, apiKeyIndex: 2, privateKey: `0x${'11'.repeat(40)}` });
    expect(reasonOf(() => verifyAuthToken({ token, publicKey: other.publicKeyHex, nowSeconds: 0 }))).toBe(
      'bad_signature',
    );
    for (const bad of ['', 'abc', `${token}0`, token.toUpperCase(), '1:2:3', `1:2:255:${'0'.repeat(160)}`]) {
      expect(
        reasonOf(() => verifyAuthToken({ token: bad, publicKey: PK, nowSeconds: 0 })),
        bad,
      ).toBe('malformed');
    }
    expect(reasonOf(() => verifyAuthToken({ token, publicKey: 'zz', nowSeconds: 0 }))).toBe('malformed');
  });

  it('never echoes the token in the error message', () => {
    const token = `1:2:3:${'a'.repeat(160)}`;
    try {
      verifyAuthToken({ token, publicKey: PK, nowSeconds: 0 });
    } catch (e) {
      expect(String(e)).not.toContain('a'.repeat(160));
    }
  });

  it('validates message parts', () => {
    expect(authTokenMessage({ deadline: 1, accountIndex: 2, apiKeyIndex: 3 })).toBe('1:2:3');
    expectRejected(() => authTokenMessage({ deadline: -1, accountIndex: 2, apiKeyIndex: 3 }), 'deadline');
    expectRejected(() => authTokenMessage({ deadline: 1, accountIndex: 2, apiKeyIndex: 255 }), 'apiKeyIndex');
  });
});

describe('auth token validity window', () => {
  it('optionally rejects deadlines too far ahead', () => {
    const s = createSigner({ chainId: 300, accountIndex: 7, apiKeyIndex: 2, privateKey: KEY });
    const token = s.createAuthToken({ deadline: 100 + 9 * 3600 });
    expect(
      reasonOf(() => verifyAuthToken({ token, publicKey: PK, nowSeconds: 100, maxValiditySeconds: 8 * 3600 })),
    ).toBe('malformed');
    expect(verifyAuthToken({ token, publicKey: PK, nowSeconds: 100 }).deadline).toBe(100 + 9 * 3600);
  });
});
