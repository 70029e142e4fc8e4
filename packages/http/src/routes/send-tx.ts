/**
 * POST `/api/v1/sendTx`: submit one signed transaction (form fields `tx_type`, `tx_info`,
 * `price_protection`; docs/protocol/rest.md#transactions). Weight 6; draws from the sendTx bucket shared with WS.
 * Single-shot: never resent automatically, because a resend could double-submit a signed nonce
 * (docs/protocol/client-behaviour.md). Failures are `TxSendError` with `outcome` 'rejected' | 'unknown'.
 */
import * as z from 'zod/mini';
import { type CallOptions, callRoute, defineRoute, type RouteContext } from '../route.js';
import { type SendTxResponse, SendTxResponseSchema } from '@lighter-ts/models';

/** A signed tx as produced by @lighter-ts/signing (`SignedTx`); extra fields are ignored. */
export const SignedTxInputSchema = z.object({
  /** Tx type (`tx_type`), a TX_TYPE number 0..255 (docs/protocol/transactions.md). */
  txType: z.int().check(z.gte(0), z.lte(255)),
  /** The signed tx as its JSON string (`tx_info`), exactly as the signer produced it. */
  txInfo: z.string().check(
    z.refine(
      (s) => {
        try {
          const v: unknown = JSON.parse(s);
          return typeof v === 'object' && v !== null && !Array.isArray(v);
        } catch {
          return false;
        }
      },
      { message: 'must be the exact JSON object string produced by the signer' },
    ),
  ),
  /** Hash the signer computed; not sent, reported on TxSendError so an 'unknown' outcome can be reconciled. */
  txHash: z.optional(z.string()),
  /** Network the signer was built for (`SignedTx.networkId`); a client on another network refuses the tx. */
  networkId: z.optional(z.string()),
  /** Chain id signed into the tx (`SignedTx.chainId`); must match the client's. */
  chainId: z.optional(z.int()),
});

/** @internal The network a signed tx input names (either field may be absent for a hand-built tx). */
export function bindingOf(t: { networkId?: string | undefined; chainId?: number | undefined }): {
  networkId: string | undefined;
  chainId: number | undefined;
} {
  return { networkId: t.networkId, chainId: t.chainId };
}

/**
 * The account a signed tx belongs to (`AccountIndex`, or `FromAccountIndex` for transfers), the
 * key of the sendTx rate bucket (docs/protocol/transactions.md#common-fields, docs/protocol/errors-and-limits.md#rate-limits).
 * @example txAccountOf('{"AccountIndex":7}') // '7'
 * @throws never (undefined when absent)
 */
export function txAccountOf(txInfo: string): string | undefined {
  try {
    const v = JSON.parse(txInfo) as { AccountIndex?: unknown; FromAccountIndex?: unknown };
    const a = v.AccountIndex ?? v.FromAccountIndex;
    return typeof a === 'number' || typeof a === 'string' ? String(a) : undefined;
  } catch {
    return undefined;
  }
}

/** Parameters of sendTx. Pass the signer's `SignedTx` directly. */
export const SendTxParamsSchema = z.extend(SignedTxInputSchema, {
  /** OA default true; meaning undocumented (docs/protocol/client-behaviour.md#open-points). */
  priceProtection: z.optional(z.boolean()),
});
/** Input type of sendTx. */
export type SendTxParams = z.input<typeof SendTxParamsSchema>;

/**
 * Route spec of sendTx (path, weight, auth, schemas) for callRoute or custom clients.
 * @example await callRoute(ctx, sendTxRoute, signedTx)
 * @throws never (a value)
 */
export const sendTxRoute = defineRoute({
  name: 'sendTx',
  method: 'POST',
  path: '/api/v1/sendTx',
  weight: 6,
  auth: 'none',
  kind: 'tx',
  params: SendTxParamsSchema,
  encode: (p) => ({
    tx_type: String(p.txType),
    tx_info: p.txInfo,
    price_protection: p.priceProtection === undefined ? undefined : String(p.priceProtection),
  }),
  accountOf: (p) => txAccountOf(p.txInfo),
  txHashes: (p) => (p.txHash ? [p.txHash] : []),
  boundTo: (p) => [bindingOf(p)],
  response: SendTxResponseSchema,
});

/**
 * Submit one signed transaction. `code: 200` means the API server accepted the syntax; the
 * sequencer may still reject it later (docs/protocol/rest.md#transactions).
 * @example
 * const signed = signer.signCreateOrder({ ...order, nonce });
 * const { tx_hash } = await sendTx(ctx, signed, { signal });
 * @throws {LighterInputError} invalid `txType` / `txInfo` (before any I/O)
 * @throws {NetworkMismatchError} (models) the tx was signed for another network than the context's (before any I/O)
 * @throws {TxSendError} any failure; `outcome: 'rejected'` (venue refused or never sent) or
 *   `'unknown'` (timeout / connection lost after sending: reconcile by `txHashes`)
 */
export function sendTx(ctx: RouteContext, params: SendTxParams, options?: CallOptions): Promise<SendTxResponse> {
  return callRoute(ctx, sendTxRoute, params, options);
}
