/**
 * The resolved credentials of a client: account index, API key slot and private key. One job: hold the secret so
 * it never reaches a log, a JSON dump or an error (`toJSON`, `toString` and `util.inspect` redact it); the config
 * resolution (./config.ts) builds it.
 */
/**
 * Resolved credentials. The private key is held in a private field and redacted from
 * `toJSON()`, `toString()` and `util.inspect`.
 */
export class LighterCredentials {
  /** Venue account index the credentials sign for. */
  readonly accountIndex: number;
  /** API key slot (0 … 254) whose private key this holds. */
  readonly apiKeyIndex: number;
  readonly #privateKey: string;
  constructor(params: { accountIndex: number; apiKeyIndex: number; privateKey: string }) {
    this.accountIndex = params.accountIndex;
    this.apiKeyIndex = params.apiKeyIndex;
    this.#privateKey = params.privateKey;
  }
  /** The private key hex (no 0x prefix). Only hand this to the signer. */
  revealPrivateKey(): string {
    return this.#privateKey;
  }
  /** The credentials with the private key redacted. */
  toJSON(): Record<string, unknown> {
    return { accountIndex: this.accountIndex, apiKeyIndex: this.apiKeyIndex, privateKey: '[REDACTED]' };
  }
  /** A one-line description with the private key redacted. */
  toString(): string {
    return `LighterCredentials(account=${this.accountIndex}, apiKey=${this.apiKeyIndex}, privateKey=[REDACTED])`;
  }
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.toString();
  }
}
