/**
 * The order-lifecycle canary (`lighter-canary`) as a library: run it, read and validate its reports.
 *
 * @packageDocumentation
 * @module @lighter-ts/canary
 */
// Public API of @lighter-ts/canary: every export is named here (no `export *`).
export { CANARY_NETWORK, CANARY_USAGE, CanaryOptionsSchema, parseCanaryArgs, validateCanaryOptions } from './args.js';
export type { CanaryNetwork, CanaryOptions, CanaryOptionsInput, ParsedCli } from './args.js';
export { CanaryConfigFileSchema, loadCredentials } from './credentials.js';
export type { CanaryCredentials } from './credentials.js';
export { evaluateCriteria } from './criteria.js';
export { DATA_USAGE, DataOptionsSchema, parseDataArgs, validateDataOptions } from './data/args.js';
export type { DataOptions, DataOptionsInput } from './data/args.js';
export { evaluateDataCriteria } from './data/criteria.js';
export type { DataRun } from './data/criteria.js';
export { recordMarket } from './data/record.js';
export type { MarketDataRecord, StreamCount } from './data/record.js';
export { renderDataHtml, writeDataReports } from './data/report.js';
export { runDataTest } from './data/run.js';
export { DATA_REPORT_VERSION, DataReportSchema, MarketDataRecordSchema } from './data/schema.js';
export type { DataReport } from './data/schema.js';
export { fromUnits, toUnits } from './decimal.js';
export { CANARY_ERROR_CODE, CanaryError, describeError, isCanaryError } from './errors.js';
export type { CanaryErrorCode } from './errors.js';
export { createExecutionVenue } from './execution-venue.js';
export type { ExecutionVenueNetwork } from './execution-venue.js';
export { EXIT_CODE, exitCodeFor } from './exit-codes.js';
export type { ExitCode } from './exit-codes.js';
export { FILL_STEPS } from './lifecycle.js';
export { FLATTEN_USAGE, FlattenOptionsSchema, parseFlattenArgs, validateFlattenOptions } from './flatten/args.js';
export type { FlattenOptions, FlattenOptionsInput } from './flatten/args.js';
export { flattenAccount } from './flatten/flatten.js';
export type { FlattenOutcome } from './flatten/flatten.js';
export { renderFlattenHtml, writeFlattenReports } from './flatten/report.js';
export { runFlatten } from './flatten/run.js';
export {
  FLATTEN_REPORT_VERSION,
  FlattenActionSchema,
  FlattenPositionSchema,
  FlattenReportSchema,
} from './flatten/schema.js';
export type { FlattenAction, FlattenReport } from './flatten/schema.js';
export { recordedRunOf } from './recorded-run.js';
export type { RecordedRun } from './recorded-run.js';
export { newCanaryOrderId, pickMarket } from './market.js';
export { createOrderWatch } from './order-watch.js';
export type { OrderWatch } from './order-watch.js';
export { computePostOnlyOrder, minimumSizeUnits } from './price.js';
export type { CanarySide, PostOnlyOrderPlan, PricingMarket } from './price.js';
export { createProgress } from './progress.js';
export type { Progress, ProgressStream } from './progress.js';
export { createRecorder } from './recorder.js';
export type { Recorder, StepObserver } from './recorder.js';
export { createRedactor } from './redact.js';
export type { Redactor } from './redact.js';
export { CANARY_VERSION } from './report/build.js';
export { renderHtmlReport, writeHtmlReport } from './report/html.js';
export { serializeReport, writeJsonReport } from './report/json.js';
export {
  CANARY_REPORT_VERSION,
  CanaryReportSchema,
  CleanupRecordSchema,
  CriterionSchema,
  EventRecordSchema,
  EventSourceSchema,
  EvidenceSchema,
  IncidentSchema,
  OrderEventRecordSchema,
  OrderRecordSchema,
  RateLimitEntrySchema,
  RestConfirmSchema,
  StepRecordSchema,
  StepStatusSchema,
  TransportTimingSchema,
} from './report/schema.js';
export type {
  CanaryReport,
  CleanupRecord,
  Criterion,
  EventRecord,
  EventSource,
  Evidence,
  Incident,
  OrderEventRecord,
  OrderRecord,
  RateLimitEntry,
  RestConfirm,
  StepRecord,
} from './report/schema.js';
export { renderSummaryTable } from './report/table.js';
export { renderTimelineSvg } from './report/timeline.js';
export { isAnyRateLimitError, retryOnRateLimit } from './retry.js';
export { runCanary } from './run.js';
export type { CanaryRunResult, RunCanaryParams } from './run.js';
export { createSafetyHarness } from './safety.js';
export type { SafetyHarness } from './safety.js';
export { parseFaultEnv } from './sim.js';
export { LIFECYCLE_CRITERIA, specCasesOf } from './spec-cases.js';
export type { CriterionSpec } from './spec-cases.js';
export type { SimFaultSpec, SimulatorHooks } from './sim.js';
export { isStepFailedError, runStep, StepFailedError } from './steps.js';
export type { StepOutcome } from './steps.js';
export { normalizeOrderStatus } from './venue.js';
export type {
  CanaryMarket,
  CanaryVenue,
  NautilusEventObservation,
  NormalizedOrderState,
  OrderObservation,
  RateLimitSignal,
  TopOfBook,
  TxAck,
  VenueIncident,
} from './venue.js';
