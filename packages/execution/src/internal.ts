/**
 * Internals of @lighter-ts/execution for sibling packages and tests (the canary, the benches): the parts the
 * clients are wired from (dispatcher, sequencer, pipeline, state machine, report builders, venue mappings).
 * Not a user API: names here can change in any release. Users import from `@lighter-ts/execution`.
 *
 * @packageDocumentation
 * @module @lighter-ts/execution/internal
 */
export { resolveConfigNetwork, resolveExecConfig } from './config/config.js';
export { TxSequencer } from './nonce/sequencer.js';
export type { SendClassification, SequencedJob, SequencedResult } from './nonce/sequencer.js';
export { BoundedDedupSet } from './orders/dedup.js';
export { isLegalTransition, OrderStateMachine } from './orders/state-machine.js';
export {
  addDecimal,
  compareDecimal,
  normalizeDecimal,
  scaleDecimal,
  subDecimal,
  unscaleDecimal,
} from './translate/decimal.js';
export type { RoundingMode } from './translate/decimal.js';
export { orderTxAttributes } from './translate/order-params.js';
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
export { assetRowsOf, positionRowsOf, userStatsOf } from './account/account-frames.js';
export type { AccountFrame, PositionRows } from './account/account-frames.js';
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
export {
  cancelReasonOf,
  REJECT_LIKE_CANCEL_REASONS,
  toMillis,
  venueStatusToNautilus,
  venueTifToNautilus,
  venueTypeToNautilus,
} from './venue/mapping.js';
export { toVenueOrderRow, toVenueTradeRow } from './venue/rows.js';
export { flattenMarketMap, orderRowsOfFrame, tradeRowsOfFrame } from './venue/frame-rows.js';
export type { ParsedFrame } from './venue/frame-rows.js';
export type { VenueAssetRow, VenueOrderRow, VenuePositionRow, VenueTradeRow, VenueUserStats } from './venue/rows.js';
export { AccountStreams } from './execution/account-streams.js';
export type { AccountStreamHandlers, AccountStreamName } from './execution/account-streams.js';
export { classifySend, INVALID_NONCE_CODE, TxPipeline } from './execution/tx-pipeline.js';
export type { ResignedTxs, TxBuildInput, TxResult } from './execution/tx-pipeline.js';
export { makerOnlyDenial } from './execution/maker-only.js';
export type { InflightCommand } from './execution/probes.js';
export {
  generateFillReports,
  generateMassStatus,
  generateOrderStatusReport,
  generateOrderStatusReports,
  generatePositionStatusReports,
} from './execution/reconciliation.js';
export type { ReconciliationContext } from './execution/reconciliation.js';
export { bookClearDeltas, bookFrameToDeltas } from './data/book-deltas.js';
export { groupedWire, groupingFor } from './execution/brackets.js';
export type { VenueGroupingType } from './execution/brackets.js';
export { assertApiKeyRegistered } from './execution/key-check.js';
