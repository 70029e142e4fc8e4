/**
 * The error raised when something made for one Lighter deployment is about to be sent to another.
 * Lives beside the error family (not in a transport) so http, streaming and execution raise the same
 * class and callers need one guard.
 */
import { LighterModelsError } from './errors.js';

/** What was bound to a network: a signed tx, an auth token, a signer or a client handed to another client. */
export type NetworkBoundKind = 'signed tx' | 'auth token' | 'signer' | 'client';

/**
 * A signed tx, an auth token or a signer belongs to another network than the client it was given to.
 * Raised before any I/O. `expected` is the client's network, `received` the item's; both are named in
 * the message together with their chain ids, because the two testnets share chain id 300 and only the
 * network id tells them apart (docs/protocol/networks.md#hosts-and-chain-ids).
 *
 * @example
 * try { await http.sendTx(signed); } catch (e) { if (isNetworkMismatchError(e)) console.log(e.expected, e.received); }
 * @throws never (constructor)
 */
export class NetworkMismatchError extends LighterModelsError {
  /** Always `NetworkMismatchError` (what {@link isNetworkMismatchError} checks, with `code`). */
  override readonly name = 'NetworkMismatchError';
  /** What was refused: a signed tx, an auth token, a signer or a client. */
  readonly kind: NetworkBoundKind;
  /** Network id of the client that refused to send. */
  readonly expected: string;
  /** Network id the item was made for (or `chain <id>` when the item carries only a chain id). */
  readonly received: string;
  /** L2 chain id of the client's network. */
  readonly expectedChainId: number;
  /** L2 chain id the item was signed with; `undefined` when it carries only a network id. */
  readonly receivedChainId: number | undefined;

  constructor(params: {
    /** What was refused: a signed tx, an auth token, a signer or a client. */
    kind: NetworkBoundKind;
    expected: string;
    /** L2 chain id of the client's network. */
    expectedChainId: number;
    received: string;
    /** L2 chain id the item was signed with; `undefined` when it carries only a network id. */
    receivedChainId?: number | undefined;
  }) {
    const rc = params.receivedChainId === undefined ? '' : ` (chain id ${params.receivedChainId})`;
    super({
      code: 'NETWORK_MISMATCH',
      field: 'network',
      message: `${params.kind} was made for network '${params.received}'${rc} but this client is on '${params.expected}' (chain id ${params.expectedChainId}); refusing to send it`,
    });
    this.kind = params.kind;
    this.expected = params.expected;
    this.received = params.received;
    this.expectedChainId = params.expectedChainId;
    this.receivedChainId = params.receivedChainId;
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      /** What was refused: a signed tx, an auth token, a signer or a client. */
      kind: this.kind,
      expected: this.expected,
      received: this.received,
      /** L2 chain id of the client's network. */
      expectedChainId: this.expectedChainId,
      /** L2 chain id the item was signed with; `undefined` when it carries only a network id. */
      receivedChainId: this.receivedChainId,
    };
  }
}

/**
 * Guard for {@link NetworkMismatchError} by `name`/`code` (works across duplicate module copies).
 *
 * @example
 * if (isNetworkMismatchError(err)) console.log(`${err.received} -> ${err.expected}`);
 * @throws never
 */
export function isNetworkMismatchError(e: unknown): e is NetworkMismatchError {
  if (e instanceof NetworkMismatchError) return true;
  if (typeof e !== 'object' || e === null) return false;
  return (
    (e as { name?: unknown }).name === 'NetworkMismatchError' && (e as { code?: unknown }).code === 'NETWORK_MISMATCH'
  );
}
