import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LighterWsClient } from '../src/client.js';
import { isTxOutcomeUnknown, isTxRejected } from '../src/errors.js';
import { type FakeVenue, startFakeVenue } from './helpers/fake-venue.js';

let venue: FakeVenue;
let ws: LighterWsClient;

beforeEach(async () => {
  venue = await startFakeVenue();
  ws = new LighterWsClient({ url: venue.url, backoff: { initialMs: 10, maxMs: 20 }, tickMs: 10 });
  await ws.connect();
});
afterEach(async () => {
  await ws.close();
  await venue.close();
});

// Large integers must survive exactly: tx_info is spliced, never re-serialised.
const txInfo = '{"AccountIndex":7,"Nonce":12,"BaseAmount":9007199254740993,"Sig":"c2ln"}';
const data = (f: Record<string, unknown>) => f.data as Record<string, unknown>;

describe('sendTx over WS (docs/protocol/websocket.md#sending-transactions)', () => {
  it('embeds tx_info as an exact JSON object and resolves on the echoed id', async () => {
    venue.onFrame = (f) => {
      if (f.type === 'jsonapi/sendtx')
        venue.send({
          type: 'jsonapi/sendtx',
          code: 200,
          id: data(f).id,
          tx_hash: 'abc',
          predicted_execution_time_ms: 5,
        });
    };
    const res = await ws.sendTx({ txType: 14, txInfo, txHash: 'abc' });
    expect(res).toMatchObject({ txHash: 'abc', predictedExecutionTimeMs: 5 });
    const f = await venue.waitFor((x) => x.type === 'jsonapi/sendtx');
    expect(data(f).tx_type).toBe(14);
    expect(typeof data(f).tx_info).toBe('object');
    expect(JSON.stringify(f)).toContain('"AccountIndex":7');
  });

  it('keeps large integers exact on the wire', async () => {
    const texts: string[] = [];
    venue.onFrame = (f) => {
      if (f.type === 'jsonapi/sendtx') venue.send({ type: 'jsonapi/sendtx', code: 200, id: data(f).id, tx_hash: 'h' });
    };
    const { buildSendTxFrame } = await import('../src/tx-frames.js');
    texts.push(buildSendTxFrame({ id: '1', tx: { txType: 14, txInfo } }));
    expect(texts[0]).toContain('"BaseAmount":9007199254740993');
    await ws.sendTx({ txType: 14, txInfo });
  });

  it('reports a venue rejection as outcome rejected with the venue code', async () => {
    venue.onFrame = (f) => {
      if (f.type === 'jsonapi/sendtx')
        venue.send({ type: 'jsonapi/sendtx', code: 21120, id: data(f).id, message: 'invalid signature' });
    };
    const err = await ws.sendTx({ txType: 14, txInfo }).catch((e: unknown) => e);
    expect(isTxRejected(err)).toBe(true);
    expect(err).toMatchObject({ outcome: 'rejected', venueCode: 21120 });
  });

  it('attributes a bare 21xxx error frame to the single pending tx; other errors are not tx outcomes', async () => {
    const errors: unknown[] = [];
    ws.on('error', (e) => errors.push(e));
    venue.onFrame = (f) => {
      if (f.type === 'jsonapi/sendtx') {
        venue.send({ type: 'error', code: 30003, message: 'Already Subscribed to : ticker:3' });
        venue.send({ error: { code: 21702, message: 'invalid price' } });
      }
    };
    const err = await ws.sendTx({ txType: 14, txInfo, txHash: 'hp' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ outcome: 'rejected', venueCode: 21702, txHash: 'hp' });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ venueCode: 30003, code: 'WS_VENUE_ERROR' });
  });

  it('correlates replies without id by tx_hash', async () => {
    venue.onFrame = (f) => {
      if (f.type === 'jsonapi/sendtx') {
        const info = data(f).tx_info as { Nonce: number };
        // Answer in reverse order, without ids.
        if (info.Nonce === 2) {
          venue.send({ type: 'jsonapi/sendtx', code: 200, tx_hash: 'h2' });
          venue.send({ type: 'jsonapi/sendtx', code: 200, tx_hash: 'h1' });
        }
      }
    };
    const a = ws.sendTx({ txType: 14, txInfo: '{"Nonce":1}', txHash: 'h1' });
    const b = ws.sendTx({ txType: 14, txInfo: '{"Nonce":2}', txHash: 'h2' });
    expect((await a).txHash).toBe('h1');
    expect((await b).txHash).toBe('h2');
  });

  it('a timeout is an unknown outcome, not a rejection', async () => {
    const err = await ws.sendTx({ txType: 14, txInfo, txHash: 'h' }, { timeoutMs: 30 }).catch((e: unknown) => e);
    expect(isTxOutcomeUnknown(err)).toBe(true);
    expect(err).toMatchObject({ outcome: 'unknown', txHash: 'h', code: 'WS_TX_OUTCOME_UNKNOWN' });
  });

  it('a disconnect while waiting is an unknown outcome', async () => {
    venue.onFrame = (f) => {
      if (f.type === 'jsonapi/sendtx') venue.dropCurrent();
    };
    const err = await ws.sendTx({ txType: 14, txInfo }).catch((e: unknown) => e);
    expect(err).toMatchObject({ outcome: 'unknown' });
  });

  it('an abort after send is unknown; before send it is a plain abort', async () => {
    const ac = new AbortController();
    const p = ws.sendTx({ txType: 14, txInfo }, { signal: ac.signal });
    await venue.waitFor((f) => f.type === 'jsonapi/sendtx');
    ac.abort();
    await expect(p).rejects.toMatchObject({ outcome: 'unknown' });
    await expect(ws.sendTx({ txType: 14, txInfo }, { signal: ac.signal })).rejects.toMatchObject({
      code: 'WS_ABORTED',
    });
  });

  it('validates input before any I/O', async () => {
    await expect(ws.sendTx({ txType: 300, txInfo })).rejects.toThrow(/txType/);
    await expect(ws.sendTx({ txType: 14, txInfo: 'nope' })).rejects.toThrow(/txInfo/);
    await expect(ws.sendTxBatch({ txs: [] })).rejects.toThrow(/txs/);
    await expect(ws.sendTxBatch({ txs: Array.from({ length: 16 }, () => ({ txType: 14, txInfo })) })).rejects.toThrow(
      /at most 15/,
    );
    expect(venue.received.filter((f) => String(f.type).startsWith('jsonapi'))).toEqual([]);
  });

  it('sendTxBatch double-encodes tx_infos and returns the hashes', async () => {
    venue.onFrame = (f) => {
      if (f.type === 'jsonapi/sendtxbatch')
        venue.send({ type: 'jsonapi/sendtxbatch', code: 200, id: data(f).id, tx_hash: ['a', 'b'] });
    };
    const res = await ws.sendTxBatch({
      txs: [
        { txType: 14, txInfo: '{"Nonce":1}' },
        { txType: 15, txInfo: '{"Nonce":2}' },
      ],
    });
    expect(res.txHashes).toEqual(['a', 'b']);
    const f = await venue.waitFor((x) => x.type === 'jsonapi/sendtxbatch');
    expect(data(f).tx_types).toBe('[14,15]');
    expect(JSON.parse(data(f).tx_infos as string)).toEqual(['{"Nonce":1}', '{"Nonce":2}']);
  });

  it('refuses to send when not connected (known: nothing sent)', async () => {
    await ws.close();
    await expect(ws.sendTx({ txType: 14, txInfo })).rejects.toMatchObject({ code: 'WS_NOT_CONNECTED' });
  });
});
