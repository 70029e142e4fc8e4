import { describe, expect, it } from 'vitest';
import { isLighterParseError, parseWsFrame, safeParseWsFrame } from '../../src/index.js';
import { loadFixture, loadFixtureText } from '../helpers/fixtures.js';

describe('parseWsFrame robustness', () => {
  it('surfaces unknown frame types as kind unknown, never throwing', () => {
    const f = parseWsFrame('{"type":"update/brand_new_channel","channel":"x:1","data":{}}');
    expect(f.kind).toBe('unknown');
    expect(f.kind === 'unknown' && f.type).toBe('update/brand_new_channel');
    expect(f.raw).toEqual({ type: 'update/brand_new_channel', channel: 'x:1', data: {} });
    expect(parseWsFrame({ type: 'jsonapi/agent' }).kind).toBe('unknown');
    expect(parseWsFrame({ foo: 1 }).kind).toBe('unknown');
  });

  it('treats the venue’s stray null / non-object frames as unknown', () => {
    for (const v of ['null', '123', '"text"', '[]', 'true']) {
      expect(parseWsFrame(v).kind).toBe('unknown');
    }
    expect(parseWsFrame(null).kind).toBe('unknown');
    expect(parseWsFrame(undefined).kind).toBe('unknown');
  });

  it('throws a typed error for truncated JSON, with secrets redacted', () => {
    const text = loadFixtureText('ws/nt_order_book_update.json');
    for (const cut of [1, 10, Math.floor(text.length / 2), text.length - 2]) {
      const r = safeParseWsFrame(text.slice(0, cut));
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('PARSE_ERROR');
        expect(r.error.expected).toBe('JSON text');
      }
    }
    const r = safeParseWsFrame('{"type":"subscribe","channel":"account_all/1","auth":"1700000000:1:3:deadbeef');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).not.toContain('deadbeef');
      expect(JSON.stringify(r.error.toJSON())).not.toContain('deadbeef');
    }
  });

  it('throws a typed error naming the path for a known type with a bad body', () => {
    const raw = loadFixture('ws/nt_order_book_update.json') as Record<string, unknown>;
    const bad = { ...raw, order_book: { ...(raw.order_book as object), nonce: null } };
    try {
      parseWsFrame(bad);
      expect.unreachable();
    } catch (e) {
      expect(isLighterParseError(e)).toBe(true);
      if (isLighterParseError(e)) {
        expect(e.path).toBe('order_book.nonce');
        expect(e.expected).toBe('integer');
        expect(e.received).toBeNull();
        expect(e.what).toBe('ws:update/order_book');
      }
    }
  });

  it('keeps extra fields and the raw payload', () => {
    const raw = { ...(loadFixture('ws/nt_height_update.json') as object), brand_new_field: 'x' };
    const f = parseWsFrame(raw);
    expect(f.kind === 'height' && (f as unknown as Record<string, unknown>).brand_new_field).toBe('x');
    expect(f.raw).toBe(raw);
  });

  it('accepts numbers-as-strings for integer fields and numbers for decimal fields', () => {
    const f = parseWsFrame({
      type: 'update/order_book',
      channel: 'order_book:0',
      order_book: { asks: [{ price: 2064.5, size: 1e-7 }], bids: null, nonce: '9182390020', begin_nonce: '9182389998' },
    });
    if (f.kind !== 'order_book') throw new Error(`kind ${f.kind}`);
    expect(f.order_book.nonce).toBe(9182390020);
    expect(f.order_book.asks[0]).toEqual({ price: '2064.5', size: '0.0000001' });
    expect(f.order_book.bids).toEqual([]);
  });
});
