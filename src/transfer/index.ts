/**
 * `cxkit/transfer`: transfer functions from operational drivers to the ultimate CX
 * metric — least-squares fits that match R's `lm`, moments that merge across shards,
 * driver importance (relative weights and Shapley), prediction and what-if with
 * intervals, the importance × performance map, and metric trees with their lint.
 *
 * @module transfer
 */

export {
  type ClassifiedDriver,
  type ClassifyDriversOptions,
  classifyDrivers,
  type DriverClassification,
  type DriverPerformance,
  type DriverQuadrant,
} from './classifyDrivers';
export type { DriverImportanceMethod } from './DriverImportanceMethod';
export {
  type DriverImportance,
  type DriverImportanceOptions,
  driverImportance,
  type ImportanceBootstrap,
  type ImportanceInterval,
  type ImportanceOfDriver,
} from './driverImportance';
export { fitTransferFunction } from './fitTransferFunction';
export { fitTransferFunctionFromMoments } from './fitTransferFunctionFromMoments';
export { lintMetricTree } from './lintMetricTree';
export { mergeTransferMoments } from './mergeTransferMoments';
export { type TransferErrorCode, transferMessages } from './messages';
export { type MetricTree, metricTreeDocument } from './metricTreeDocument';
export { type MetricTreeRuleId, metricTreeRules } from './metricTreeRules';
export { parseMetricTree } from './parseMetricTree';
export { type PredictedOutcome, type PredictOptions, predict } from './predict';
export { type PropagatedChange, propagateChange } from './propagateChange';
export { safeParseMetricTree } from './safeParseMetricTree';
export type { CoefficientEstimate, DriverCoefficient, TransferFunction } from './TransferFunction';
export type { MissingValuePolicy, TransferInput, TransferMomentsOptions } from './TransferInput';
export { type TransferMoments, transferMoments } from './transferMoments';
export { type PredictedChange, type WhatIfOptions, whatIf } from './whatIf';
