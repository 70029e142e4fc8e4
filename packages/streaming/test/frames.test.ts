import { describe, expect, it } from 'vitest';
import { classifyFrame, toOutboundChannel } from '../src/frames.js';
import { wsFixture, wsFixtureNames } from './helpers/fixtures.js';

describe('classifyFrame', () => {
  it('classifies every WS fixture without throwing', () => {
    for (const name of wsFixtureNames()) {
      const raw = wsFixture(name);
      for (const f of Array.isArray(raw) ? raw : [raw]) {
        const frame = classifyFrame(JSON.stringify(f));
        expect(frame.kind, name).not.toBe(undefined);
        if (name.includes('_update') || name.includes('_subscribed')) {
          if (typeof (f as { type?: unknown }).type === 'string') expect(frame.kind, name).toBe('data');
        }
      }
    }
  });

  it('maps snapshot/update frames to channel kind and outbound channel', () => {
    const f = classifyFrame(JSON.stringify(wsFixture('nt_order_book_update.json')));
    expect(f).toMatchObject({ kind: 'data', phase: 'update', channelKind: 'order_book', channel: 'order_book/0' });
    const c = classifyFrame(JSON.stringify(wsFixture('nt_candle_subscribed.json')));
    expect(c).toMatchObject({ kind: 'data', phase: 'snapshot', channelKind: 'candle', channel: 'candle/0/1m' });
    expect(toOutboundChannel('account_orders:0:1234')).toBe('account_orders/0/1234');
  });

  it('understands every control frame shape (docs/protocol/websocket.md#frames-and-lifecycle)', () => {
    const kinds = (wsFixture('nt_control_frames.json') as unknown[]).map((f) => classifyFrame(JSON.stringify(f)));
    expect(kinds.map((k) => k.kind)).toEqual([
      'connected',
      'ping',
      'pong',
      'tx',
      'tx',
      'error',
      'error',
      'error',
      'error',
      'error',
      'error',
    ]);
    expect(kinds[4]).toMatchObject({ kind: 'tx', code: 21149, message: 'integrator is not approved' });
    expect(kinds[7]).toMatchObject({ kind: 'error', code: 21149 });
    const tx = classifyFrame(JSON.stringify(wsFixture('ccxt_sendtx_response.json')));
    expect(tx).toMatchObject({ kind: 'tx', batch: false, code: 200, id: '1786459718284' });
  });

  it('never throws on junk: malformed, null, arrays, unknown types', () => {
    expect(classifyFrame('{not json')).toMatchObject({ kind: 'unknown', reason: 'malformed' });
    expect(classifyFrame('null')).toMatchObject({ kind: 'unknown', reason: 'not_object' });
    expect(classifyFrame('[1]')).toMatchObject({ kind: 'unknown', reason: 'not_object' });
    expect(classifyFrame('{"type":"rfq_new"}')).toMatchObject({ kind: 'unknown', reason: 'unknown_type' });
    expect(classifyFrame('{"type":"update/trade_fe","channel":"trade:0"}')).toMatchObject({
      kind: 'data',
      channelKind: 'trade',
    });
  });
});
