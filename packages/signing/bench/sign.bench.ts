// Schnorr sign / verify throughput, side by side with the official Go-WASM signer when
// LIGHTER_WASM_SIGNER points at it (see bench/wasm-signer.ts). A "CreateOrder sign" here is
// what the tx layer does per order: Poseidon2 hash of the 16 CreateOrder field elements
// (docs/protocol/signing.md#per-type-field-lists) plus one Schnorr signature with a fresh random nonce.
import { bench, describe } from 'vitest';
import { hashToQuinticExtension } from '../src/hash/sponge.js';
import { generatePrivateKey, randomScalar } from '../src/keys/generate.js';
import { parsePrivateKey, publicKeyFromPrivateKey } from '../src/keys/private-key.js';
import { schnorrSign } from '../src/schnorr/sign.js';
import { schnorrVerify } from '../src/schnorr/verify.js';
import { loadWasmSigner } from './wasm-signer.js';

const sk = parsePrivateKey('0x0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728');
const pk = publicKeyFromPrivateKey(sk); // also builds the fixed-base table outside the timings
// CreateOrder-0's element list: [chainId, txType, nonce, expiredAt, account, apiKey, market, coi,
// base, price, isAsk, type, tif, reduceOnly, trigger, orderExpiry].
const createOrderElements = (i: number): bigint[] => [
  304n,
  14n,
  BigInt(i),
  1767226199000n,
  1001n,
  3n,
  0n,
  BigInt(i + 1),
  1000n,
  50000n,
  0n,
  0n,
  1n,
  0n,
  0n,
  1769644800000n,
];

const wasm = await loadWasmSigner();
if (typeof wasm === 'string') console.log(`[sign.bench] ${wasm}`);

let n = 0;
describe('CreateOrder sign (hash + Schnorr sign)', () => {
  bench('lighter-ts (pure TS)', () => {
    const messageHash = hashToQuinticExtension(createOrderElements(n++));
    schnorrSign({ privateKey: sk, messageHash, k: randomScalar() });
  });
  if (typeof wasm !== 'string') {
    bench('official lighter-go web-wasm', async () => {
      await wasm.signCreateOrder(n++);
    });
  }
});

const message = hashToQuinticExtension(createOrderElements(7));
const signature = schnorrSign({ privateKey: sk, messageHash: message, k: randomScalar() });
// 100 distinct keys cycled: more than the verifier's 64-key cache, so every call decodes the
// key and builds its window table (a verifier seeing a key for the first time).
const coldKeys = Array.from({ length: 100 }, () => {
  const key = generatePrivateKey();
  return {
    publicKey: publicKeyFromPrivateKey(key),
    signature: schnorrSign({ privateKey: key, messageHash: message, k: randomScalar() }),
  };
});
// Same key every time: after 64 uses it gets a full fixed-base table (schnorr/verify.ts).
for (let i = 0; i < 70; i++) schnorrVerify({ publicKey: pk, messageHash: message, signature });

describe('Schnorr primitives', () => {
  bench('schnorrSign (message already hashed)', () => {
    schnorrSign({ privateKey: sk, messageHash: message, k: randomScalar() });
  });
  bench('schnorrVerify (hot key)', () => {
    if (!schnorrVerify({ publicKey: pk, messageHash: message, signature })) throw new Error('verify failed');
  });
  bench('schnorrVerify (key not cached)', () => {
    const c = coldKeys[n++ % coldKeys.length]!;
    if (!schnorrVerify({ publicKey: c.publicKey, messageHash: message, signature: c.signature })) {
      throw new Error('verify failed');
    }
  });
  bench('hashToQuinticExtension (16 elements)', () => {
    hashToQuinticExtension(createOrderElements(n++));
  });
  bench('publicKeyFromPrivateKey (fresh key)', () => {
    publicKeyFromPrivateKey(generatePrivateKey());
  });
});
