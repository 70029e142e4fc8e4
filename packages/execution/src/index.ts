/**
 * Layer 5: NautilusTrader-style market-data and execution clients for Lighter.
 *
 * @packageDocumentation
 * @module @lighter-ts/execution
 */
// Public API of @lighter-ts/execution: every export is named here (no `export *`). Internals the clients are
// wired from live in ./internal.ts (`@lighter-ts/execution/internal`), for sibling packages and tests.
export { LighterClientConfigSchema, LighterCredentials, resolveClientConfig } from './config/config.js';
export type { LighterClientConfig, LighterClientConfigInput, ResolvedClientConfig } from './config/config.js';
export { CREDENTIAL_ENV_VARS, NETWORK_ENV_VAR, withReadonly } from './config/network.js';
export type { CredentialEnvFamily, ResolvedClientNetwork } from './config/network.js';
export {
  EXECUTION_ERROR_CODE,
  ExecutionConfigError,
  ExecutionError,
  InvalidStateTransitionError,
  OrderDeniedError,
  isExecutionConfigError,
  isExecutionError,
  isOrderDeniedError,
} from './errors.js';
export type { ExecutionErrorCode } from './errors.js';
export { deriveClientOrderIndex } from './identity/derive.js';
export { defaultIdentityStorePath } from './execution/defaults.js';
export { FileIdentityStore } from './identity/file-store.js';
export { InMemoryIdentityStore, registerClientOrderId } from './identity/store.js';
export type { IdentityStore, OrderIdentity } from './identity/store.js';
export { binaryOptionsFromEvent } from './instruments/binary-option.js';
export type { BinaryOptionInstrument } from './instruments/binary-option.js';
export { incrementFor, instrumentIdFor } from './instruments/instrument.js';
export type { LighterInstrument, MarketKind } from './instruments/instrument.js';
export { OptimisticNonceManager } from './nonce/nonce-manager.js';
export type { NonceManager } from './nonce/nonce-manager.js';
export { ORDER_EVENT_TYPES } from './orders/events.js';
export type {
  OrderAccepted,
  OrderCanceled,
  OrderCancelRejected,
  OrderDenied,
  OrderEvent,
  OrderEventType,
  OrderEventSource,
  OrderExpired,
  OrderFilled,
  OrderModifyRejected,
  OrderPendingCancel,
  OrderPendingUpdate,
  OrderRejected,
  OrderSubmitted,
  OrderTriggered,
  OrderUpdated,
} from './orders/events.js';
export { DEFAULT_MAX_EVENTS_PER_ORDER, TERMINAL_STATUSES } from './orders/state-machine.js';
export { DEFAULT_ORDER_RETENTION, resolveOrderRetention } from './orders/retention.js';
export type { OrderRetention, ResolvedOrderRetention } from './orders/retention.js';
export {
  CONTINGENCY_TYPE,
  LIQUIDITY_SIDE,
  NAUTILUS_ORDER_TYPE,
  NAUTILUS_TIME_IN_FORCE,
  ORDER_SIDE,
  NAUTILUS_ORDER_STATUS,
} from './orders/types.js';
export type {
  ContingencyType,
  LiquiditySide,
  NautilusOrder,
  NautilusOrderType,
  NautilusTimeInForce,
  OrderSide,
  NautilusOrderStatus,
} from './orders/types.js';
export { SELF_TRADE_PREVENTION } from './translate/order-params.js';
export type {
  LighterOrderParams,
  OrderTxAttributes,
  SelfTradeEquality,
  SelfTradePrevention,
} from './translate/order-params.js';
export type {
  AccountState,
  AccountVenueLimits,
  ExecutionMassStatus,
  FillReport,
  OrderStatusReport,
  PositionStatusReport,
} from './reports/types.js';
export { LighterExecutionClient } from './execution/client.js';
export { LighterLiveExecClientFactory } from './execution/factory.js';
export type { ExecutionClientEvents, LighterExecutionClientOptions, ModifyOrderRequest } from './execution/client.js';
export type {
  CancelListResult,
  CommandOutcome,
  CommandSkipReason,
  OrderCommandResult,
  OrderListResult,
  SentTxRef,
  TxOutcomeSummary,
} from './execution/results.js';
export { TX_EXPIRY_MS } from './execution/contracts.js';
export type { ExecSignedTx, ExecSigner, ExecTxAttributes } from './execution/contracts.js';
export { MAKER_ONLY_DENIAL } from './execution/maker-only.js';
export { ApiKeyMismatchError, isApiKeyMismatchError } from './execution/key-check.js';
export type { ApiKeySlotProblem } from './execution/key-check.js';
export type { OrderInFlightTimeout } from './execution/probes.js';
export { parseInstrument, parseInstruments } from './instruments/parse.js';
export type { InstrumentDetailRow, InstrumentDetails } from './instruments/parse.js';
export { InstrumentProvider } from './instruments/provider.js';
export type { InstrumentProviderListeners, InstrumentStatus, InstrumentStatusAction } from './instruments/provider.js';
export { LighterDataClient } from './data/client.js';
export { LighterLiveDataClientFactory } from './data/factory.js';
export type { DataClientEvents, LighterDataClientOptions } from './data/client.js';
export type { AccountStreamUpdate } from './data/account-feed.js';
export type { BinaryMarketStats, UpDownBar, UpDownSeries } from './data/binary-streams.js';
export { BOOK_ACTION, barTypeOf, RECORD_FLAG, resolutionMs } from './data/types.js';
export type {
  Bar,
  BarResolution,
  BookAction,
  BookLevelView,
  BookType,
  DataGap,
  DataResumed,
  DataStreamType,
  FundingRateUpdate,
  IndexPriceUpdate,
  MarkPriceUpdate,
  OrderBookDelta,
  OrderBookDeltas,
  OrderBookDepth10,
  OrderBookSnapshot,
  QuoteTick,
  TradeTick,
} from './data/types.js';
