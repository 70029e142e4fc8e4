import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../../src/index.js';
import { getJson, sendTx, signerFor, WsProbe } from '../helpers.js';

describe('WS and tx faults', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ seed: 2, flushIntervalMs: 10, marketMakers: { intervalMs: 10 } });
  });
  afterAll(async () => {
    await sim.close();
  });

  const bookUpdates = (ws: WsProbe) => ws.frames.filter((f) => f.type === 'update/order_book');

  it('drops a connection after N frames (no close frame)', async () => {
    const ws = await WsProbe.open(sim.wsUrl);
    sim.faults.inject({ kind: 'ws-drop-after', frames: 3, connectionId: ws.sessionId });
    ws.send({ type: 'subscribe', channel: 'order_book/0' });
    const closed = await ws.waitClose();
    expect(closed.code).toBe(1006);
    expect(ws.frames.length).toBe(4); // connected + 3
  });

  it('skips a book offset: begin_nonce no longer chains', async () => {
    const ws = await WsProbe.open(sim.wsUrl);
    ws.send({ type: 'subscribe', channel: 'order_book/0' });
    await ws.next((f) => f.type === 'update/order_book');
    sim.faults.inject({ kind: 'ws-gap', marketIndex: 0, connectionId: ws.sessionId });
    const before = bookUpdates(ws).length;
    await ws.nextNew((f) => f.type === 'update/order_book');
    await ws.nextNew((f) => f.type === 'update/order_book');
    const ups = bookUpdates(ws);
    const ob = (f: Record<string, unknown>) => f.order_book as { nonce: number; begin_nonce: number };
    let breaks = 0;
    for (let i = before; i < ups.length; i++) if (ob(ups[i]!).begin_nonce !== ob(ups[i - 1]!).nonce) breaks++;
    expect(breaks).toBe(1);
    ws.close();
  });

  it('duplicates a frame', async () => {
    const ws = await WsProbe.open(sim.wsUrl);
    ws.send({ type: 'subscribe', channel: 'order_book/0' });
    await ws.next((f) => f.type === 'update/order_book');
    sim.faults.inject({ kind: 'ws-duplicate', connectionId: ws.sessionId });
    const from = ws.raw.length;
    await ws.nextNew((f) => f.type === 'update/order_book');
    await ws.nextNew((f) => f.type === 'update/order_book');
    const texts = ws.raw.slice(from);
    expect(texts.some((t, i) => i > 0 && t === texts[i - 1])).toBe(true);
    ws.close();
  });

  it('reorders two frames', async () => {
    const ws = await WsProbe.open(sim.wsUrl);
    ws.send({ type: 'subscribe', channel: 'order_book/0' });
    await ws.next((f) => f.type === 'update/order_book');
    sim.faults.inject({ kind: 'ws-reorder', connectionId: ws.sessionId });
    const from = bookUpdates(ws).length;
    while (bookUpdates(ws).length < from + 3) await ws.nextNew((f) => f.type === 'update/order_book');
    const offsets = bookUpdates(ws)
      .slice(from - 1)
      .map((f) => f.offset as number);
    const sorted = [...offsets].sort((a, b) => a - b);
    expect(offsets).not.toEqual(sorted);
    ws.close();
  });

  it('sends a malformed frame', async () => {
    const ws = await WsProbe.open(sim.wsUrl);
    ws.send({ type: 'subscribe', channel: 'trade/0' });
    await ws.next((f) => f.type === 'subscribed/trade');
    sim.faults.inject({ kind: 'ws-malformed', connectionId: ws.sessionId });
    await ws.nextNew((f) => f.type === 'update/trade');
    const bad = ws.raw.filter((t) => {
      try {
        JSON.parse(t);
        return false;
      } catch {
        return true;
      }
    });
    expect(bad.length).toBe(1);
    ws.close();
  });

  it('stops answering pings while the fault is active', async () => {
    const ws = await WsProbe.open(sim.wsUrl);
    const h = sim.faults.inject({ kind: 'ws-stop-pong', connectionId: ws.sessionId });
    ws.send({ type: 'ping' });
    let pongs = 0;
    ws.ws.on('pong', () => pongs++);
    ws.ws.ping();
    // a later control reply proves the earlier ping was read and ignored (frames are ordered)
    ws.send({ type: 'subscribe', channel: 'nope/1' });
    await ws.nextNew((f) => 'error' in f);
    expect(ws.frames.some((f) => f.type === 'pong')).toBe(false);
    expect(pongs).toBe(0);
    h.remove();
    ws.send({ type: 'ping' });
    await ws.nextNew((f) => f.type === 'pong');
    ws.close();
  });

  it('closes a connection with a given code', async () => {
    const a = await WsProbe.open(sim.wsUrl);
    const b = await WsProbe.open(sim.wsUrl);
    sim.faults.inject({ kind: 'ws-close', code: 4001, reason: 'maintenance', connectionId: a.sessionId });
    expect(await a.waitClose()).toEqual({ code: 4001, reason: 'maintenance' });
    expect(b.closed).toBeUndefined();
    expect(sim.connections().some((c) => c.id === b.sessionId)).toBe(true);
    b.close();
  });

  it('rejects the next tx with a given venue error without consuming the nonce', async () => {
    const acct = await sim.createAccount();
    const s = signerFor(sim, acct);
    sim.faults.rejectNextTx({ code: 21506, message: 'too many pending txs. Please try again later' });
    const tx = s.signCancelAllOrders({ timeInForce: 0, time: 0, nonce: 0 });
    const r1 = await sendTx(sim, tx);
    expect(r1.body).toEqual({ code: 21506, message: 'too many pending txs. Please try again later' });
    const r2 = await sendTx(sim, tx);
    expect(r2.body.code).toBe(200);
    expect(
      (await getJson(sim, `/api/v1/nextNonce?account_index=${acct.accountIndex}&api_key_index=${acct.apiKeyIndex}`))
        .body.nonce,
    ).toBe(1);
  });
});
