/**
 * `cxkit/core`: the vocabulary every cxkit module shares — findings and rule
 * registries, errors and safe results, identifiers, the document envelope and its
 * JSON Schema, and calendar periods.
 *
 * @module core
 */

export type { DocumentInput, WrittenByHand } from './documents/DocumentInput';
export type {
  DocumentCheckIssue,
  DocumentMigration,
  DocumentOf,
  DocumentType,
} from './documents/DocumentType';
export {
  type DocumentShape,
  type DocumentTypeDefinition,
  defineDocumentType,
} from './documents/defineDocumentType';
export {
  type DocumentEnvelope,
  type DocumentMetadata,
  documentEnvelopeShape,
  documentMetadataSchema,
  isoDateSchema,
  isoDateTimeSchema,
} from './documents/documentEnvelope';
export { documentJsonSchema } from './documents/documentJsonSchema';
export { parseDocument } from './documents/parseDocument';
export { parseJson } from './documents/parseJson';
export { safeParseDocument } from './documents/safeParseDocument';
export { safeParseJson } from './documents/safeParseJson';
export { CxError, type CxErrorOptions } from './errors/CxError';
export { CxValidationError } from './errors/CxValidationError';
export { type CxErrorCode, errorCodes } from './errors/errorCodes';
export { formatPath } from './errors/formatPath';
export { isCxError } from './errors/isCxError';
export { type CoreErrorCode, messages } from './errors/messages';
export type { PropertyPath } from './errors/PropertyPath';
export type { ValidationIssue } from './errors/ValidationIssue';
export { combineRuleRegistries, type RuleIdsOf } from './findings/combineRuleRegistries';
export { compareFindings } from './findings/compareFindings';
export { countFindings, type FindingCounts } from './findings/countFindings';
export {
  type CreateFindingInput,
  createFinding,
} from './findings/createFinding';
export { defineRuleRegistry } from './findings/defineRuleRegistry';
export type { Finding, RuleId, Severity } from './findings/Finding';
export {
  type FilterFindingsOptions,
  filterFindings,
} from './findings/filterFindings';
export {
  type FindingDetails,
  findingFromRule,
} from './findings/findingFromRule';
export type { RuleDefinition, RuleRegistry } from './findings/RuleDefinition';
export { severities } from './findings/severities';
export { sortFindings } from './findings/sortFindings';
export type { TextSpan } from './findings/TextSpan';
export type { DocumentId, Identifier, JourneyId, MaturityModelId, MetricId } from './identifiers/Identifier';
export { identifierPattern } from './identifiers/identifierPattern';
export { identifierSchema } from './identifiers/identifierSchema';
export { toIdentifier } from './identifiers/toIdentifier';
export { addBusinessDays } from './periods/addBusinessDays';
export {
  type BucketByPeriodOptions,
  bucketByPeriod,
  type PeriodBuckets,
} from './periods/bucketByPeriod';
export type { BusinessCalendarOptions } from './periods/businessCalendar';
export { businessDaysBetween } from './periods/businessDaysBetween';
export type {
  CalendarOptions,
  Instant,
  Period,
  PeriodUnit,
  Weekday,
} from './periods/Period';
export { type ParseInstantOptions, parseInstant } from './periods/parseInstant';
export {
  type ParseInstantsOptions,
  parseInstants,
} from './periods/parseInstants';
export {
  type ParsePeriodLabelOptions,
  parsePeriodLabel,
} from './periods/parsePeriodLabel';
export { periodOf } from './periods/periodOf';
export type { RollingWindow } from './periods/RollingWindow';
export {
  type RollingWindowsOptions,
  rollingWindows,
} from './periods/rollingWindows';
export { safeParseInstant } from './periods/safeParseInstant';
export { safeParseInstants } from './periods/safeParseInstants';
export { safeParsePeriodLabel } from './periods/safeParsePeriodLabel';
export { shiftPeriod } from './periods/shiftPeriod';
export {
  type TrailingWindowOptions,
  trailingWindow,
} from './periods/trailingWindow';
export type { SafeResult } from './results/SafeResult';
export { toSafeResult } from './results/toSafeResult';
