// Schnorr sign / verify throughput, side by side with the official Go-WASM signer when
// LIGHTER_WASM_SIGNER points at it (see bench/wasm-signer.ts). A "CreateOrder sign" here is
// what the tx layer does per order: Poseidon2 hash of the 16 CreateOrder field elements
// (lighter-signing.md §8.2) plus one Schnorr signature with a fresh random nonce.
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
  304n, 14n, BigInt(i), 1767226199000n, 1001n, 3n, 0n, BigInt(i + 1), 1000n, 50000n, 0n, 0n, 1n, 0n, 0n, 1769644800000n,
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
describe('Schnorr primitives', () => {
  bench('schnorrSign (message already hashed)', () => {
    schnorrSign({ privateKey: sk, messageHash: message, k: randomScalar() });
  });
  bench('schnorrVerify', () => {
    if (!schnorrVerify({ publicKey: pk, messageHash: message, signature })) throw new Error('verify failed');
  });
  bench('hashToQuinticExtension (16 elements)', () => {
    hashToQuinticExtension(createOrderElements(n++));
  });
  bench('publicKeyFromPrivateKey (fresh key)', () => {
    publicKeyFromPrivateKey(generatePrivateKey());
  });
});
