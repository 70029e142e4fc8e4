// Public API of @lighter-ts/client: every export is named here (no `export *`).
export type { Balances, OpenOrder, Position } from './account.js';
export { LighterTradingClient, type LighterTradingClientOptions, type OrderRef } from './client.js';
export {
  isTradingClientError,
  TRADING_CLIENT_ERROR_CODE,
  TradingClientError,
  type TradingClientErrorCode,
} from './errors.js';
export type { MarketInfo, MarketRef } from './markets.js';
export type { NonceSource } from './nonces.js';
export type { PlaceOrderParams } from './orders.js';
export type {
  AcceptedResult,
  DeniedResult,
  RejectedResult,
  TxCommandResult,
  TxCommandStatus,
  UnknownResult,
} from './results.js';
export type { SubscribeCallbacks } from './subscriptions.js';
