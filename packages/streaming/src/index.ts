/**
 * Layer 4: the WebSocket client (channels, exact order books, keepalive, reconnect, sendTx over WS).
 *
 * @packageDocumentation
 * @module @lighter-ts/streaming
 */
// Public API of @lighter-ts/streaming: every export is named here.
export { LighterWsClient } from './client.js';
export type { WsClientEvents, WsClientState } from './client.js';
export type { SubscribeOptions } from './registry.js';
export type { LighterWsClientOptions } from './options.js';
export type { SocketKind } from './socket/pick.js';
export type { StandardWebSocket, WebSocketConstructor } from './socket/socket.js';
export { LighterWsPool } from './pool.js';
export type { PoolAcquireOptions, PooledClient } from './pool.js';
export { Subscription } from './subscription.js';
export type { BufferOptions, ResetReason, SubscriptionEvents, SubscriptionLifecycleEvents } from './subscription.js';
export { OVERFLOW_POLICY } from './bounded-queue.js';
export type { OverflowPolicy } from './bounded-queue.js';
export { DEFAULT_BACKOFF } from './backoff.js';
export type { BackoffOptions } from './backoff.js';
export { L2OrderBook } from './order-book.js';
export type {
  BookApplyResult,
  BookDepth,
  BookLevel,
  BookLevelsInput,
  BookSnapshotInput,
  BookUpdateInput,
} from './order-book.js';
export type { BaseChannelEvent, ChannelDefinition, ChannelHandler, HandlerContext } from './channel.js';
export type { WsSendTxBatchResult, WsSendTxResult } from './tx-correlator.js';
export type { WsSendTxBatchParams, WsSendTxParams } from './tx-frames.js';
export {
  BufferOverflowError,
  LighterWsError,
  WS_ERROR_CODE,
  WsTxOutcomeUnknownError,
  WsTxRejectedError,
  WsVenueError,
  isLighterWsError,
  isTxOutcomeUnknown,
  isTxRejected,
} from './errors.js';
export type { LighterWsErrorOptions, WsTxOutcome, WsErrorCode } from './errors.js';
// Channels (docs/protocol/websocket.md#channels), one factory per file.
export { orderBookChannel } from './channels/order-book.js';
export type { OrderBookChannelParams, OrderBookEvent } from './channels/order-book.js';
export { tickerChannel } from './channels/ticker.js';
export type { TickerEvent } from './channels/ticker.js';
export { tradeChannel } from './channels/trade.js';
export type { TradeEvent } from './channels/trade.js';
export { candleChannel } from './channels/candle.js';
export type { CandleEvent, WsCandle, WsCandleResolution } from './channels/candle.js';
export { marketStatsChannel } from './channels/market-stats.js';
export type { MarketStatsEvent, MarketStatsKind } from './channels/market-stats.js';
export { spotMarketStatsChannel } from './channels/spot-market-stats.js';
export { boMarketStatsChannel } from './channels/bo-market-stats.js';
export { upDownCandleChannel } from './channels/up-down-candle.js';
export type { UpDownCandleEvent, WsUpDownCandle } from './channels/up-down-candle.js';
export { heightChannel } from './channels/height.js';
export type { HeightEvent } from './channels/height.js';
export type { PayloadEvent } from './channels/generic.js';
export { accountAllChannel } from './channels/account-all.js';
export { accountMarketChannel } from './channels/account-market.js';
export { accountOrdersChannel } from './channels/account-orders.js';
export { accountAllOrdersChannel } from './channels/account-all-orders.js';
export { accountAllTradesChannel } from './channels/account-all-trades.js';
export { accountAllPositionsChannel } from './channels/account-all-positions.js';
export { accountAllAssetsChannel } from './channels/account-all-assets.js';
export { accountSpotAvgEntryPricesChannel } from './channels/account-spot-avg-entry-prices.js';
export { userStatsChannel } from './channels/user-stats.js';
export { accountTxChannel } from './channels/account-tx.js';
export { notificationChannel } from './channels/notification.js';
export { poolDataChannel } from './channels/pool-data.js';
export { poolInfoChannel } from './channels/pool-info.js';
