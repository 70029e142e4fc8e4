import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  WsSendTxBatchRequestSchema,
  WsSendTxRequestSchema,
  WsSubscribeRequestSchema,
  WsUnsubscribeRequestSchema,
  parseWsFrame,
} from '../../src/index.js';

/** Every exported zod schema of src/ws and src/binary, as `file:name` and the schema. */
async function exportedSchemas(): Promise<[string, object][]> {
  const out: [string, object][] = [];
  for (const dir of ['ws', 'binary']) {
    const base = new URL(`../../src/${dir}/`, import.meta.url);
    for (const file of readdirSync(base).filter((f) => f.endsWith('.ts'))) {
      const mod = (await import(new URL(file, base).href)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        if (value !== null && typeof value === 'object' && '_zod' in value) out.push([`${dir}/${file}:${name}`, value]);
      }
    }
  }
  return out;
}

describe('ws and binary schemas are zod/mini (issue 14: schemas that tree-shake)', () => {
  it('no exported schema carries classic chaining methods', async () => {
    const schemas = await exportedSchemas();
    // 30+ schemas live there; an empty list would mean the glob found nothing and proved nothing.
    expect(schemas.length).toBeGreaterThan(30);
    const classic = schemas.filter(([, s]) => typeof (s as { optional?: unknown }).optional === 'function');
    expect(classic.map(([name]) => name)).toEqual([]);
  });
});

describe('outbound WS schemas keep their bounds after the conversion', () => {
  it('sendtx: tx_type is an integer 0..255 and data is strict', () => {
    const ok = { type: 'jsonapi/sendtx', data: { tx_type: 255, tx_info: '{}' } };
    expect(WsSendTxRequestSchema.safeParse(ok).success).toBe(true);
    expect(WsSendTxRequestSchema.safeParse({ ...ok, data: { tx_type: 256, tx_info: '{}' } }).success).toBe(false);
    expect(WsSendTxRequestSchema.safeParse({ ...ok, data: { tx_type: -1, tx_info: '{}' } }).success).toBe(false);
    expect(WsSendTxRequestSchema.safeParse({ ...ok, data: { tx_type: 1.5, tx_info: '{}' } }).success).toBe(false);
    expect(WsSendTxRequestSchema.safeParse({ ...ok, data: { ...ok.data, extra: 1 } }).success).toBe(false);
    expect(WsSendTxRequestSchema.safeParse({ ...ok, data: { tx_type: 14, tx_info: 7 } }).success).toBe(false);
    const batch = { type: 'jsonapi/sendtxbatch', data: { tx_types: '[14]', tx_infos: '["{}"]' } };
    expect(WsSendTxBatchRequestSchema.safeParse(batch).success).toBe(true);
    expect(WsSendTxBatchRequestSchema.safeParse({ ...batch, data: { ...batch.data, id: 3 } }).success).toBe(false);
  });

  it('subscribe / unsubscribe: non-empty channel and auth, no extra keys', () => {
    expect(WsSubscribeRequestSchema.safeParse({ type: 'subscribe', channel: 'order_book/0' }).success).toBe(true);
    expect(WsSubscribeRequestSchema.safeParse({ type: 'subscribe', channel: '' }).success).toBe(false);
    expect(WsSubscribeRequestSchema.safeParse({ type: 'subscribe', channel: 'x', auth: '' }).success).toBe(false);
    expect(WsSubscribeRequestSchema.safeParse({ type: 'subscribe', channel: 'x', flush: 1 }).success).toBe(false);
    expect(WsUnsubscribeRequestSchema.safeParse({ type: 'unsubscribe', channel: '' }).success).toBe(false);
  });
});

describe('frame conversions kept after the conversion', () => {
  it('bo_market_stats: null or absent stats parse to []', () => {
    for (const bo_market_stats of [null, undefined]) {
      const f = parseWsFrame({ type: 'update/bo_market_stats', channel: 'bo_market_stats:all', bo_market_stats });
      expect(f.kind === 'bo_market_stats' && f.bo_market_stats).toEqual([]);
    }
  });

  it('market_stats: a non-object is refused with our message', () => {
    expect(() => parseWsFrame({ type: 'update/market_stats', channel: 'market_stats:0', market_stats: 5 })).toThrow(
      /market stats object or map/,
    );
  });
});
