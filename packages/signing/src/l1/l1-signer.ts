// Any Ethereum wallet can produce the L1Sig of ChangePubKey, Transfer and ApproveIntegrator:
// the venue checks an EIP-191 personal_sign of the L1 message body (docs/protocol/signing.md#l1-signers).
// The type is structural so a viem `LocalAccount` or `WalletClient` (which is where TypeScript users
// hold their Ethereum keys) fits without this package depending on viem.
import { SigningInputError } from '../errors.js';
import type { SignedTx } from '../signer-types.js';
import { attachL1Signature } from '../tx-info-l1.js';
import { l1AddressFromPrivateKey, signL1Message } from './personal-sign.js';

/**
 * Anything that personal_signs a UTF-8 message and answers `0x` + 130 hex characters (r‖s‖v).
 * viem's `privateKeyToAccount(…)` and a `WalletClient` with an account both fit.
 */
export interface L1Signer {
  /** personal_sign `message` (UTF-8) and return the signature as `0x` + 130 hex characters. */
  signMessage(args: { message: string }): Promise<string> | string;
}

/** Where an L1 signature comes from: a signer object, or the Ethereum private key as hex. */
export type L1SignerInput = L1Signer | string;

/** The Ethereum private key wrapped as an {@link L1Signer}; the key is kept in a closure only. */
class PrivateKeyL1Signer implements L1Signer {
  readonly #key: string;
  /** Ethereum address of the key (0x + 40 lowercase hex). */
  readonly address: string;
  constructor(key: string) {
    this.address = l1AddressFromPrivateKey(key); // validates the key now, not at first use
    this.#key = key;
  }
  signMessage(args: { message: string }): string {
    return signL1Message({ message: args.message, ethPrivateKey: this.#key });
  }
  toJSON(): Record<string, unknown> {
    return { address: this.address, privateKey: '[redacted]' };
  }
  toString(): string {
    return `L1Signer(${this.address}, privateKey=[redacted])`;
  }
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.toString();
  }
}

/**
 * An {@link L1Signer} over a raw Ethereum private key (0x + 64 hex).
 *
 * @example const l1 = l1SignerFromPrivateKey('0x…'); const sig = await l1.signMessage({ message });
 * @throws {SigningInputError} (field `ethPrivateKey`) for a malformed key
 */
export function l1SignerFromPrivateKey(ethPrivateKey: string): L1Signer & {
  /** Ethereum address of the key (0x + 40 lowercase hex). */
  readonly address: string;
} {
  return new PrivateKeyL1Signer(ethPrivateKey);
}

/**
 * Normalise a signer object or a hex key into an {@link L1Signer}.
 *
 * @example const l1 = toL1Signer(viemAccount) // or toL1Signer('0x…')
 * @throws {SigningInputError} (field `l1Signer`) when the value is neither, (field `ethPrivateKey`) for a malformed key
 */
export function toL1Signer(input: L1SignerInput): L1Signer {
  if (typeof input === 'string') return l1SignerFromPrivateKey(input);
  if (input !== null && typeof input === 'object' && typeof (input as L1Signer).signMessage === 'function')
    return input;
  throw new SigningInputError(
    'l1Signer',
    `must be an object with signMessage({ message }) or a hex private key, received ${input === null ? 'null' : typeof input}`,
  );
}

/**
 * personal_sign `message` with any L1 signer and check the answer's shape.
 *
 * @example const l1Sig = await signL1MessageWith({ l1Signer: account, message })
 * @throws {SigningInputError} (field `l1Signer`) when the signer answers something other than 0x + 130 hex
 */
export async function signL1MessageWith(params: {
  l1Signer: L1SignerInput;
  message: string;
  signal?: AbortSignal;
}): Promise<string> {
  params.signal?.throwIfAborted();
  const signer = toL1Signer(params.l1Signer);
  const sig: unknown = await signer.signMessage({ message: params.message });
  params.signal?.throwIfAborted();
  if (typeof sig !== 'string' || !/^0x[0-9a-fA-F]{130}$/.test(sig)) {
    const shown = typeof sig === 'string' ? `a string of ${sig.length} characters` : typeof sig;
    throw new SigningInputError(
      'l1Signer',
      `signMessage must answer 0x followed by 130 hex characters, received ${shown}`,
    );
  }
  return sig;
}

/**
 * Add the L1 signature to a signed ChangePubKey / Transfer / ApproveIntegrator, asking the given
 * signer (a wallet, a viem account, or a hex key) to personal_sign `signed.l1Message`.
 *
 * @example
 * const unsigned = signer.signChangePubKey({ nonce });
 * const ready = await withL1Signature({ signed: unsigned, l1Signer: viemAccount });
 * @throws {SigningInputError} (field `L1Sig`) for a tx type without an L1 message, (field `l1Signer`) for a bad signer answer
 */
export async function withL1Signature(params: {
  signed: SignedTx;
  l1Signer: L1SignerInput;
  signal?: AbortSignal;
}): Promise<SignedTx> {
  const { signed } = params;
  if (signed.l1Message === undefined) throw new SigningInputError('L1Sig', `${signed.kind} carries no L1 signature`);
  const l1Sig = await signL1MessageWith({
    l1Signer: params.l1Signer,
    message: signed.l1Message,
    ...(params.signal === undefined ? {} : { signal: params.signal }),
  });
  return attachL1Signature({ signed, l1Sig });
}
