import { describe, expect, it } from 'vitest';
import {
  WS_CHANNEL,
  WS_PING,
  WS_PONG,
  WsSendTxRequestSchema,
  isLighterModelsError,
  parseWsChannel,
  wsSendTxBatchRequest,
  wsSendTxRequest,
  wsSubscribeRequest,
  wsUnsubscribeRequest,
} from '../../src/index.js';

describe('WS channel names', () => {
  it('builds outbound names with "/"', () => {
    expect(WS_CHANNEL.orderBook(0)).toBe('order_book/0');
    expect(WS_CHANNEL.accountOrders(0, 1234)).toBe('account_orders/0/1234');
    expect(WS_CHANNEL.candle(1, '1m')).toBe('candle/1/1m');
    expect(WS_CHANNEL.marketStats('all')).toBe('market_stats/all');
    expect(WS_CHANNEL.height()).toBe('height');
    expect(WS_CHANNEL.accountAll(281474976710655n)).toBe('account_all/281474976710655');
    expect(() => WS_CHANNEL.orderBook(-1)).toThrow();
    expect(() => WS_CHANNEL.candle(0, '2m' as '1m')).toThrow();
  });

  it('maps inbound ":" names to the outbound key', () => {
    expect(parseWsChannel('order_book:0')).toEqual({
      kind: 'order_book',
      params: ['0'],
      key: 'order_book/0',
      requiresAuth: false,
    });
    expect(parseWsChannel('account_orders:0:1234').key).toBe('account_orders/0/1234');
    expect(parseWsChannel('account_orders:0:1234').requiresAuth).toBe(true);
    expect(parseWsChannel('candle:0:1m').key).toBe('candle/0/1m');
  });

  it('builds subscribe / unsubscribe / ping frames', () => {
    expect(wsSubscribeRequest({ channel: 'order_book/0' })).toEqual({ type: 'subscribe', channel: 'order_book/0' });
    expect(wsSubscribeRequest({ channel: 'account_all/1', auth: 't' })).toEqual({
      type: 'subscribe',
      channel: 'account_all/1',
      auth: 't',
    });
    try {
      wsSubscribeRequest({ channel: 'account_all/1' });
      expect.unreachable();
    } catch (e) {
      expect(isLighterModelsError(e) && e.field).toBe('auth');
    }
    expect(wsUnsubscribeRequest({ channel: 'order_book/0' })).toEqual({ type: 'unsubscribe', channel: 'order_book/0' });
    expect(JSON.stringify(WS_PING)).toBe('{"type":"ping"}');
    expect(JSON.stringify(WS_PONG)).toBe('{"type":"pong"}');
  });

  it('builds sendtx frames (object tx_info, double-encoded batch)', () => {
    const single = wsSendTxRequest({ txType: 14, txInfo: '{"AccountIndex":1,"Nonce":2}', id: 'a' });
    expect(single).toEqual({
      type: 'jsonapi/sendtx',
      data: { id: 'a', tx_type: 14, tx_info: { AccountIndex: 1, Nonce: 2 } },
    });
    expect(WsSendTxRequestSchema.safeParse(single).success).toBe(true);
    const batch = wsSendTxBatchRequest({ txTypes: [14, 15], txInfos: ['{"A":1}', '{"B":2}'] });
    expect(batch.data.tx_types).toBe('[14,15]');
    expect(JSON.parse(batch.data.tx_infos)).toEqual(['{"A":1}', '{"B":2}']);
  });
});
