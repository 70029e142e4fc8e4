import { describe, expect, it } from 'vitest';
import { parseWsFrame } from '../../src/index.js';
import { loadFixture } from '../helpers/fixtures.js';

describe('control frames', () => {
  it('parses ccxt control captures', () => {
    const c = parseWsFrame(loadFixture('ws/ccxt_connected.json'));
    expect(c.kind === 'connected' && c.session_id).toBe('8d354239-80e0-4b77-8763-87b6fef2f768');
    expect(parseWsFrame(loadFixture('ws/ccxt_ping.json')).kind).toBe('ping');
    const u = parseWsFrame(loadFixture('ws/ccxt_unsubscribed.json'));
    expect(u.kind === 'unsubscribed' && u.channel).toBe('order_book:0');
    const e = parseWsFrame(loadFixture('ws/ccxt_error_invalid_channel.json'));
    expect(e.kind === 'error' && [e.code, e.message]).toEqual([30005, 'Invalid Channel:  (marketId)']);
    const s = parseWsFrame(loadFixture('ws/ccxt_sendtx_response.json'));
    if (s.kind !== 'send_tx_result') throw new Error(`kind ${s.kind}`);
    expect(s.code).toBe(200);
    expect(s.id).toBe('1786459718284');
    expect(s.predicted_execution_time_ms).toBe(1786459719662);
    expect(s.tx_hash).toBe('9959d3feb30d0a89fcfd4532f071ac99a98ee1202aa2a7f2c1299932b1e540b6ecdabd2b92616a14');
  });

  it('parses every frame of nt_control_frames.json, normalising both error forms', () => {
    const frames = loadFixture('ws/nt_control_frames.json') as unknown[];
    const parsed = frames.map((f) => parseWsFrame(f));
    expect(parsed[0]?.kind === 'connected' && parsed[0].session_id).toBe('x');
    expect(parsed[3]?.kind === 'send_tx_result' && [parsed[3].code, parsed[3].tx_hash]).toEqual([200, 'abc']);
    expect(parsed[4]?.kind === 'send_tx_result' && [parsed[4].code, parsed[4].message]).toEqual([
      21149,
      'integrator is not approved',
    ]);
    const errors = parsed
      .filter((p) => p.kind === 'error')
      .map((p) => (p.kind === 'error' ? [p.code, p.message] : null));
    expect(errors).toEqual([
      [21727, 'invalid client order index'],
      [21149, 'integrator is not approved'],
      [21149, 'integrator is not approved'],
      [30003, 'Already Subscribed to : ticker:3'],
      [30003, 'Already Subscribed to : ticker:3'],
      [21702, 'invalid price'],
    ]);
  });

  it('parses a bare subscribed ack and a batch result', () => {
    const s = parseWsFrame('{"type":"subscribed","channel":"height"}');
    expect(s.kind === 'subscribed' && s.channel).toBe('height');
    const b = parseWsFrame({ type: 'jsonapi/sendtxbatch', code: 200, tx_hash: ['a', 'b'] });
    expect(b.kind === 'send_tx_batch_result' && b.tx_hash).toEqual(['a', 'b']);
  });
});
