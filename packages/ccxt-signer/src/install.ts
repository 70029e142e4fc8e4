/**
 * Plugs the pure-TypeScript signer into a ccxt `lighter` instance.
 */
import { SigningInputError } from '@lighter-ts/signing';
import { type CcxtLighterSignerMethods, createCcxtSignerMethods } from './methods.js';

/** The part of a ccxt `lighter` instance this package touches. */
export interface CcxtLighterLike {
  /** ccxt exchange id; must be `'lighter'`. */
  id: string;
  /** ccxt's per-exchange options (`accountIndex`, `apiKeyIndex`, `libraryPath`, …), patched in place. */
  options: Record<string, unknown>;
}

/**
 * Marker put in `options.libraryPath`: ccxt's `loadAccount` only builds a client from
 * `lighterPrivateKey` when a library path is set, and our `loadLighterLibrary` ignores it.
 */
export const LIGHTER_TS_LIBRARY_PATH = '@lighter-ts/signing';

/**
 * Makes `exchange` (a ccxt `lighter` instance, Node or browser) sign with `@lighter-ts/signing`
 * instead of lighter-go's WASM binary: no `libraryPath`, no `wasmExecPath`, no globals. Returns the
 * same instance.
 * @example
 * import ccxt from 'ccxt';
 * import { useLighterTsSigner } from '@lighter-ts/ccxt-signer';
 * const ex = useLighterTsSigner(new ccxt.pro.lighter({ privateKey: l1Key, options: { accountIndex: 1001, apiKeyIndex: 4 } }));
 * await ex.createOrder('ETH/USDC:USDC', 'limit', 'buy', 0.1, 3000);
 * @throws {SigningInputError} when `exchange` is not a ccxt `lighter` instance
 */
export function useLighterTsSigner<T extends CcxtLighterLike>(exchange: T): T & CcxtLighterSignerMethods {
  if (
    exchange === null ||
    typeof exchange !== 'object' ||
    exchange.id !== 'lighter' ||
    typeof exchange.options !== 'object'
  ) {
    throw new SigningInputError(
      'exchange',
      `must be a ccxt lighter instance, received id ${JSON.stringify(String((exchange as { id?: unknown } | null)?.id))}`,
    );
  }
  const patched = Object.assign(exchange, createCcxtSignerMethods());
  if (patched.options.libraryPath === undefined || patched.options.libraryPath === '')
    patched.options.libraryPath = LIGHTER_TS_LIBRARY_PATH;
  return patched;
}
