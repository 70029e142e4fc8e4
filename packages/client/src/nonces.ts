/**
 * One sequencer per (network, account, API key): take nonce -> sign -> send runs one job at a time,
 * so txs leave in nonce order (STYLE.md "State and concurrency"; lighter-python `nonce_manager.py`).
 * The next nonce is read from `nextNonce` on first use and after any doubt (a rejection, `21104`).
 */

/** Where the next nonce comes from; injectable so a test or a bot with its own store can supply it. */
export interface NonceSource {
  /** The next unused nonce of the key, as the venue sees it. */
  fetchNextNonce(signal?: AbortSignal): Promise<bigint>;
}

/**
 * Serialises jobs and hands each the nonces it needs.
 * @example const r = await seq.run(async (take) => send(sign(await take())));
 * @throws never (constructor)
 */
export class KeySequencer {
  readonly #source: NonceSource;
  #next: bigint | undefined;
  #tail: Promise<unknown> = Promise.resolve();

  constructor(params: { source: NonceSource }) {
    this.#source = params.source;
  }

  /**
   * Runs `job` after every earlier job has finished. `take()` reserves the next nonce (reading it from
   * the venue when unknown); `forget()` makes the next `take()` read it again.
   * @example await seq.run(async ({ take }) => sendTx(signer.signCancelAllOrders({ timeInForce: 0, nonce: await take() })))
   * @throws whatever `job` throws
   */
  run<T>(
    job: (nonces: { take: (signal?: AbortSignal) => Promise<bigint>; forget: () => void }) => Promise<T>,
  ): Promise<T> {
    const p = this.#tail.then(() =>
      job({
        take: async (signal) => {
          if (this.#next === undefined) this.#next = await this.#source.fetchNextNonce(signal);
          const n = this.#next;
          this.#next = n + 1n;
          return n;
        },
        forget: () => {
          this.#next = undefined;
        },
      }),
    );
    this.#tail = p.catch(() => {});
    return p;
  }
}
