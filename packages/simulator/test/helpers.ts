// Test helpers: real sockets on loopback, real signing.
import { createSigner, type Signer } from '@lighter-ts/signing';
import WebSocket from 'ws';
import type { CreatedAccount, Simulator } from '../src/index.js';

/** GET a JSON route; returns status and parsed body. */
export async function getJson(
  sim: Simulator,
  path: string,
): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const res = await fetch(`${sim.httpUrl}${path}`);
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) as Record<string, unknown>, headers: res.headers };
}

/** POST a form (urlencoded). */
export async function postForm(
  sim: Simulator,
  path: string,
  form: Record<string, string>,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${sim.httpUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
  return { status: res.status, body: JSON.parse(await res.text()) as Record<string, unknown> };
}

/** Signer for a created account. */
export function signerFor(sim: Simulator, acct: CreatedAccount, chainId = sim.chainId): Signer {
  return createSigner({
    chainId,
    accountIndex: acct.accountIndex,
    apiKeyIndex: acct.apiKeyIndex,
    privateKey: acct.privateKey,
    now: () => sim.now(),
  });
}

/** Sends a signed tx via REST. */
export async function sendTx(
  sim: Simulator,
  tx: { txType: number; txInfo: string },
): Promise<{ status: number; body: Record<string, unknown> }> {
  return postForm(sim, '/api/v1/sendTx', { tx_type: String(tx.txType), tx_info: tx.txInfo });
}

/** A WS client that records every frame. */
export class WsProbe {
  readonly frames: Record<string, unknown>[] = [];
  readonly raw: string[] = [];
  private waiters: { pred: (f: Record<string, unknown>) => boolean; resolve: (f: Record<string, unknown>) => void }[] =
    [];
  closed: { code: number; reason: string } | undefined;
  private closeWaiters: ((c: { code: number; reason: string }) => void)[] = [];

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (d) => {
      const text = d.toString();
      this.raw.push(text);
      let f: Record<string, unknown>;
      try {
        f = JSON.parse(text) as Record<string, unknown>;
      } catch {
        return;
      }
      this.frames.push(f);
      this.waiters = this.waiters.filter((w) => {
        if (!w.pred(f)) return true;
        w.resolve(f);
        return false;
      });
    });
    ws.on('close', (code, reason) => {
      this.closed = { code, reason: reason.toString() };
      for (const w of this.closeWaiters) w(this.closed);
    });
    ws.on('error', () => {});
  }

  static async open(url: string): Promise<WsProbe> {
    const ws = new WebSocket(url);
    const probe = new WsProbe(ws);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    await probe.next((f) => f.type === 'connected');
    return probe;
  }

  get sessionId(): string {
    return String(this.frames.find((f) => f.type === 'connected')?.session_id);
  }

  send(obj: unknown): void {
    this.ws.send(typeof obj === 'string' ? obj : JSON.stringify(obj));
  }

  /** Resolves with the first frame (already received or future) matching `pred`. */
  next(pred: (f: Record<string, unknown>) => boolean, from = 0): Promise<Record<string, unknown>> {
    const seen = this.frames.slice(from).find(pred);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ pred, resolve }));
  }

  /** Waits for a future frame only. */
  nextNew(pred: (f: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
    return this.next(pred, this.frames.length);
  }

  waitClose(): Promise<{ code: number; reason: string }> {
    if (this.closed) return Promise.resolve(this.closed);
    return new Promise((resolve) => this.closeWaiters.push(resolve));
  }

  close(): void {
    this.ws.terminate();
  }
}

/** ms in 28 days, for resting order expiry. */
export const DAYS_28 = 28 * 86_400_000;
