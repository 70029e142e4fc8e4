/**
 * What every trading command resolves with: a value the caller switches on, never an exception for a
 * venue answer (STYLE.md "A result is not an exception").
 */

/** The API server took the tx; the sequencer applies it next (a post-only cross is canceled there, seen on the account stream). */
export interface AcceptedResult {
  /** Discriminant: the venue's API server took the tx. */
  readonly status: 'accepted';
  /** Hex tx hash (the signer's; the venue reports the same). */
  readonly txHash: string;
  /** The nonce the tx was signed with (consumed). */
  readonly nonce: bigint;
  /** Client order index of the order placed, modified or canceled (undefined for cancel-all). */
  readonly clientOrderIndex: bigint | undefined;
  /** How many times the tx was re-signed after `21104 invalid nonce`. */
  readonly nonceRetries: number;
}

/**
 * Refused here, before anything was signed or sent: below the market minimum, the nonce could not be
 * read, or aborted before sending. `reason` says which and with what values.
 */
export interface DeniedResult {
  /** Discriminant: refused here, nothing sent. */
  readonly status: 'denied';
  /** Why, with the values: a market minimum, `could not read the next nonce: …`, `aborted before sending: …`. */
  readonly reason: string;
  /** Client order index of the order concerned; undefined for cancel-all. */
  readonly clientOrderIndex: bigint | undefined;
}

/** The venue refused the tx: it was not applied and its nonce was not consumed. */
export interface RejectedResult {
  /** Discriminant: the venue refused the tx. */
  readonly status: 'rejected';
  /** The venue's numeric code (21xxx; 23000 when rate limited), when it sent one. */
  readonly code: number | undefined;
  /** The venue's message for the refusal (its own text, else the known text of `code`). */
  readonly message: string;
  /**
   * Why the venue refused: the same text as `message`, under the name {@link DeniedResult} and the execution
   * client's `OrderCommandResult` use, so `result.reason` answers for every refused or denied command.
   */
  readonly reason: string;
  /** The same as `code`, under the name the execution client's `OrderCommandResult` uses. */
  readonly venueCode: number | undefined;
  /** Hash of the refused tx (it was not applied). */
  readonly txHash: string;
  /** The nonce the refused tx carried; it is free again (the next tx re-reads it from the venue). */
  readonly nonce: bigint;
  /** Client order index of the order concerned; undefined for cancel-all. */
  readonly clientOrderIndex: bigint | undefined;
  /** Rate limited only: wait this long before sending again. */
  readonly retryAfterMs: number | undefined;
}

/** Sent, but no answer (timeout, connection lost): it may still land before `txHash` expires. Check `openOrders` or the account stream. */
export interface UnknownResult {
  /** Discriminant: sent, no answer. */
  readonly status: 'unknown';
  /** Hash to look for on the account stream or with `tx` lookups until it expires. */
  readonly txHash: string;
  /** Kept as consumed: if the tx never lands, the next tx meets `21104` and is re-signed. */
  readonly nonce: bigint;
  /** What went wrong on the way (timeout, connection lost), not a venue verdict. */
  readonly message: string;
  /** Client order index of the order concerned; undefined for cancel-all. */
  readonly clientOrderIndex: bigint | undefined;
}

/** Result of placeOrder, cancelOrder, modifyOrder and cancelAll. */
export type TxCommandResult = AcceptedResult | DeniedResult | RejectedResult | UnknownResult;

/** Literal union of {@link TxCommandResult} statuses. */
export type TxCommandStatus = TxCommandResult['status'];
