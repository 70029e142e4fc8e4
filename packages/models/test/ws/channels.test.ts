import { describe, expect, it } from 'vitest';
import {
  WS_PING,
  WS_PONG,
  WsSendTxRequestSchema,
  WsSubscribeRequestSchema,
  WsUnsubscribeRequestSchema,
  wsSendTxBatchRequest,
  wsSendTxRequest,
} from '../../src/index.js';

describe('WS outbound messages', () => {
  it('subscribe / unsubscribe schemas and ping / pong frames', () => {
    expect(WsSubscribeRequestSchema.safeParse({ type: 'subscribe', channel: 'account_all/1', auth: 't' }).success).toBe(
      true,
    );
    expect(WsSubscribeRequestSchema.safeParse({ type: 'subscribe', channel: '' }).success).toBe(false);
    expect(WsUnsubscribeRequestSchema.safeParse({ type: 'unsubscribe', channel: 'order_book/0' }).success).toBe(true);
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
