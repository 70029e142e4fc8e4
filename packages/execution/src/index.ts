/**
 * Layer 5: NautilusTrader-style market-data and execution clients for Lighter.
 *
 * @packageDocumentation
 * @module @lighter-ts/execution
 */
// Public API of @lighter-ts/execution: every export is named here (no `export *`).
export {
  LighterClientConfigSchema,
  LighterCredentials,
  resolveClientConfig,
  resolveConfigNetwork,
  resolveExecConfig,
} from './config/config.js';
export type { LighterClientConfig, LighterClientConfigInput, ResolvedClientConfig } from './config/config.js';
export { CREDENTIAL_ENV_VARS, NETWORK_ENV_VAR, withReadonly } from './config/network.js';
export type { CredentialEnvFamily, ResolvedNetwork } from './config/network.js';
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
export { TxSequencer } from './nonce/sequencer.js';
export type { SendClassification, SequencedJob, SequencedResult } from './nonce/sequencer.js';
export { BoundedDedupSet } from './orders/dedup.js';
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
export {
  DEFAULT_MAX_EVENTS_PER_ORDER,
  isLegalTransition,
  OrderStateMachine,
  TERMINAL_STATUSES,
} from './orders/state-machine.js';
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
export {
  addDecimal,
  compareDecimal,
  normalizeDecimal,
  scaleDecimal,
  subDecimal,
  unscaleDecimal,
} from './translate/decimal.js';
export type { RoundingMode } from './translate/decimal.js';
export { orderTxAttributes, SELF_TRADE_PREVENTION } from './translate/order-params.js';
export type {
  LighterOrderParams,
  OrderTxAttributes,
  SelfTradeEquality,
  SelfTradePrevention,
} from './translate/order-params.js';
export { translateOrder } from './translate/order-translation.js';
export type { CreateOrderParams, TopOfBook } from './translate/order-translation.js';
export {
  MAX_BATCH_SIZE,
  VENUE_GROUPING_TYPE,
  VENUE_ORDER_TYPE,
  VENUE_TIME_IN_FORCE,
  WIRE_LIMITS,
} from './translate/venue-constants.js';
export type { VenueOrderType, VenueTimeInForce } from './translate/venue-constants.js';
export { AccountStateCache } from './account/account-state.js';
export { OrderDispatcher } from './orders/dispatcher.js';
export type { DispatcherSinks, EventBody, TrackedOrder } from './orders/dispatcher.js';
export {
  divideDecimal,
  feeFromPpm,
  orderRowToReport,
  ownSides,
  positionRowToReport,
  tradeToFillReport,
} from './reports/build.js';
export type { OwnFillSide } from './reports/build.js';
export type {
  AccountState,
  AccountVenueLimits,
  ExecutionMassStatus,
  FillReport,
  OrderStatusReport,
  PositionStatusReport,
} from './reports/types.js';
export {
  cancelReasonOf,
  REJECT_LIKE_CANCEL_REASONS,
  toMillis,
  venueStatusToNautilus,
  venueTifToNautilus,
  venueTypeToNautilus,
} from './venue/mapping.js';
export {
  flattenMarketMap,
  parseVenueOrderRow,
  parseVenueTradeRow,
  VenueAssetRowSchema,
  VenueOrderRowSchema,
  VenuePositionRowSchema,
  VenueTradeRowSchema,
  VenueUserStatsSchema,
} from './venue/rows.js';
export type { VenueAssetRow, VenueOrderRow, VenuePositionRow, VenueTradeRow, VenueUserStats } from './venue/rows.js';
export { AccountStreams } from './execution/account-streams.js';
export type { AccountStreamHandlers, AccountStreamName } from './execution/account-streams.js';
export { LighterExecutionClient } from './execution/client.js';
export type { ExecutionClientEvents, LighterExecutionClientOptions, ModifyOrderRequest } from './execution/client.js';
export type {
  CommandOutcome,
  CommandSkipReason,
  OrderCommandResult,
  OrderListResult,
  SentTxRef,
} from './execution/results.js';
export { TX_EXPIRY_MS } from './execution/contracts.js';
export type { ExecSignedTx, ExecSigner, ExecTxAttributes } from './execution/contracts.js';
export { classifySend, INVALID_NONCE_CODE, TxPipeline } from './execution/tx-pipeline.js';
export type { ResignedTxs, TxBuildInput, TxResult } from './execution/tx-pipeline.js';
export { MAKER_ONLY_DENIAL, makerOnlyDenial } from './execution/maker-only.js';
export type { InflightCommand, OrderInFlightTimeout } from './execution/probes.js';
export {
  generateFillReports,
  generateMassStatus,
  generateOrderStatusReport,
  generateOrderStatusReports,
  generatePositionStatusReports,
} from './execution/reconciliation.js';
export type { ReconciliationContext } from './execution/reconciliation.js';
export { parseInstrument, parseInstruments } from './instruments/parse.js';
export { InstrumentProvider } from './instruments/provider.js';
export type { InstrumentProviderListeners, InstrumentStatus, InstrumentStatusAction } from './instruments/provider.js';
export { bookClearDeltas, bookFrameToDeltas } from './data/book-deltas.js';
export { LighterDataClient } from './data/client.js';
export type { DataClientEvents, LighterDataClientOptions } from './data/client.js';
export type { AccountStreamUpdate } from './data/account-feed.js';
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
export { groupedWire, groupingFor } from './execution/brackets.js';
export type { VenueGroupingType } from './execution/brackets.js';
