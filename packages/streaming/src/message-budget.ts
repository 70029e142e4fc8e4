/**
 * Sliding one-minute budget of client → server messages. The venue allows 200 client messages
 * per minute per connection (sendTx excluded) and disconnects or answers 30009 beyond that
 * (docs/protocol/errors-and-limits.md#rate-limits); a resubscribe storm after reconnect must not trip it.
 */
export class MessageBudget {
  private readonly stamps: number[] = [];
  private head = 0;

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Messages still allowed right now. */
  available(): number {
    this.expire();
    return this.perMinute - (this.stamps.length - this.head);
  }

  /** Records a message (even over budget: keepalive and unsubscribe must still go out). */
  record(): void {
    this.stamps.push(this.now());
  }

  /** Takes one slot if available. */
  tryTake(): boolean {
    if (this.available() <= 0) return false;
    this.record();
    return true;
  }

  private expire(): void {
    const cutoff = this.now() - 60_000;
    while (this.head < this.stamps.length && this.stamps[this.head]! <= cutoff) this.head++;
    if (this.head > 1024) {
      this.stamps.splice(0, this.head);
      this.head = 0;
    }
  }
}
