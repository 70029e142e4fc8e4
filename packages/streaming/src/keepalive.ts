/**
 * The ping/pong clock of one connection: when a JSON ping is due and when the peer has stopped answering.
 * One job: keepalive timing; the client sends the pings and terminates a dead socket.
 */

/** The two keepalive settings of the client's resolved options. */
export interface KeepaliveOptions {
  /** Send a ping after this long without one, ms. */
  readonly pingIntervalMs: number;
  /** A ping unanswered for this long means the socket is dead, ms. */
  readonly pongTimeoutMs: number;
}

/** @internal Keepalive state of one {@link LighterWsClient} connection. */
export class Keepalive {
  private lastPingAt = 0;
  private pingOutstandingSince: number | undefined;

  constructor(private readonly opts: KeepaliveOptions) {}

  /** A fresh connection: nothing outstanding, the next ping one interval from `now`. */
  reset(now: number): void {
    this.lastPingAt = now;
    this.pingOutstandingSince = undefined;
  }

  /** A pong arrived (JSON or protocol-level): the outstanding ping is answered. */
  onPong(): void {
    this.pingOutstandingSince = undefined;
  }

  /**
   * One watchdog step: `dead` when a ping went unanswered past `pongTimeoutMs`, `ping` when a ping is due
   * (recorded as sent), otherwise undefined.
   */
  step(now: number): 'dead' | 'ping' | undefined {
    if (this.pingOutstandingSince !== undefined && now - this.pingOutstandingSince > this.opts.pongTimeoutMs) {
      return 'dead';
    }
    if (now - this.lastPingAt >= this.opts.pingIntervalMs) {
      this.lastPingAt = now;
      this.pingOutstandingSince ??= now;
      return 'ping';
    }
    return undefined;
  }
}
