import type { DocumentInput } from '../core/documents/DocumentInput';
import { parseDocument } from '../core/documents/parseDocument';
import { CxError } from '../core/errors/CxError';
import { CxValidationError } from '../core/errors/CxValidationError';
import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { isRecord } from '../core/errors/isRecord';
import type { Finding } from '../core/findings/Finding';
import { sortFindings } from '../core/findings/sortFindings';
import type { Instant } from '../core/periods/Period';
import { parseInstant } from '../core/periods/parseInstant';
import { periodOf } from '../core/periods/periodOf';
import { timeZoneContext } from '../core/periods/timeZoneContext';
import { continuityMessages, raiseContinuity } from './continuityMessages';
import { findDefinitionChanges } from './findDefinitionChanges';
import { findPrimaryMetricsOn } from './findPrimaryMetricsOn';
import { findPrimarySwitches } from './findPrimarySwitches';
import { findUnreviewedDefinitions } from './findUnreviewedDefinitions';
import type { MetricHistoryContext } from './MetricHistoryContext';
import { raiseMetrics } from './messages';
import { type MetricDefinition, metricDefinitionDocument } from './metricDefinitionDocument';

/**
 * Options for {@link lintMetricHistory}.
 *
 * @category Metric definitions
 */
export interface LintMetricHistoryOptions {
  /**
   * The date to check which metric is primary on, for `metric/no-primary-metric` and
   * `metric/several-primary-metrics`. Default: none, and those two rules are skipped
   * (cxkit never reads the clock). A `Date`, an ISO 8601 string or epoch milliseconds.
   */
  readonly asOf?: Instant;
  /** The calendar in which `asOf` falls on a date, and offset-less `asOf` strings are read. Default `'UTC'`. */
  readonly timeZone?: string;
  /**
   * How many definition changes (of scale, question wording or population) one metric
   * may have within any 365 days before `metric/changes-too-often` is reported. A whole
   * number from 0. Default `1`.
   */
  readonly maxChangesPerYear?: number;
  /**
   * How many months a metric in use may go without a review or a change before
   * `metric/not-reviewed` is reported (given `asOf`): its `lastReview.date` or its latest
   * version in force, whichever is later, must fall within this many months before
   * `asOf`. A whole number from 1. Default `24`: cxkit's choice, the practice names no
   * period (it names ten years unchanged as a failure).
   */
  readonly reviewWithinMonths?: number;
}

// Definitions usually come straight from parsed files, so each is read as a document
// here; errors are re-pathed under the definition's index so that they point into the
// caller's array.
function readDefinition(input: unknown, index: number | undefined): MetricDefinition {
  try {
    return parseDocument(metricDefinitionDocument, input);
  } catch (error) {
    if (index === undefined) throw error;
    if (error instanceof CxValidationError) {
      throw new CxValidationError(
        continuityMessages.INVALID_METRIC_DEFINITION(`definitions[${index}]`, error.issues.length),
        error.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] })),
      );
    }
    if (error instanceof CxError) {
      throw new CxError(error.code, `definitions[${index}]: ${error.message}`, {
        path: [index, ...error.path],
        details: error.details,
        cause: error,
      });
    }
    throw error;
  }
}

function readDefinitions(definitions: unknown): MetricHistoryContext {
  let read: MetricDefinition[];
  let single = false;
  if (Array.isArray(definitions)) read = definitions.map((definition, index) => readDefinition(definition, index));
  else if (isRecord(definitions)) {
    read = [readDefinition(definitions, undefined)];
    single = true;
  } else raiseContinuity('INVALID_METRIC_HISTORY', [describeValue(definitions)], { path: [] });
  const firstIndexOf = new Map<string, number>();
  read.forEach((definition, index) => {
    const first = firstIndexOf.get(definition.id);
    if (first !== undefined) {
      raiseContinuity('DUPLICATE_METRIC_DEFINITION', [definition.id, first], { path: [index, 'id'] });
    }
    firstIndexOf.set(definition.id, index);
  });
  return {
    definitions: read,
    pathTo: single ? (_index, ...rest) => rest : (index, ...rest) => [index, ...rest],
  };
}

/**
 * Finds where a CX metric's series stops being one series — the primary metric moving
 * from one definition to another, a version changing the scale, question wording or
 * population, changes that come too often, changes without a reason — and, given
 * `asOf`, no primary metric or several, and programs nobody has reviewed for too long.
 * Continuity and renewal go together: a change run side by side with the old way, its
 * bridge recorded in `sideBySide`, is accepted without a warning.
 *
 * @param definitions - One metric definition, or every definition the organization keeps. Paths in the findings
 *   start with the definition's index when an array is given.
 * @param options - `asOf`, `timeZone`, `maxChangesPerYear` and `reviewWithinMonths`; see {@link LintMetricHistoryOptions}.
 * @returns The findings, most serious first, then in input order (see `sortFindings`).
 * @throws `CxValidationError` `VALIDATION_FAILED` when a definition is not a valid metric-definition document,
 *   with each issue's path (under the definition's index for an array); `CxError` `WRONG_DOCUMENT_KIND`,
 *   `NEWER_SCHEMA_VERSION`, `INVALID_METRIC_HISTORY` (not a definition or an array), `DUPLICATE_METRIC_DEFINITION`
 *   (path `[index, 'id']`), `INVALID_DATE` (path `asOf`), `INVALID_TIME_ZONE`, `INVALID_OPTION` (path `timeZone`,
 *   `maxChangesPerYear` or `reviewWithinMonths`), `UNKNOWN_OPTION`.
 *
 * @example
 * import { lintMetricHistory, parseMetricDefinition } from 'cxkit/metrics';
 *
 * const nps = { min: 0, max: 10, favorable: { from: 9, to: 10 }, unfavorable: { from: 0, to: 6 } };
 * const question = 'How likely are you to recommend us to a colleague?';
 * const repairNps = parseMetricDefinition({
 *   kind: 'metric-definition',
 *   schemaVersion: 1,
 *   id: 'nps-repair',
 *   title: 'NPS after repair',
 *   metric: 'nps',
 *   versions: [
 *     { effectiveFrom: '2025-01-01', scale: nps, question, population: 'customers 7 days after a repair', primary: true },
 *     { effectiveFrom: '2026-03-01', scale: nps, question, population: 'customers on the day of a repair', primary: true, reason: 'Faster feedback' },
 *   ],
 * });
 * const findings = lintMetricHistory(repairNps);
 * findings.map((finding) => [finding.rule, finding.path]) // => [['metric/definition-changed', ['versions', 1, 'population']]]
 * findings[0]?.message // => '"NPS after repair" (nps-repair) changed its population between the version of 2025-01-01 and that of 2026-03-01: scores before and after are not comparable.'
 * lintMetricHistory([repairNps], { asOf: '2026-11-22' }).length // => 1
 * const bridged = parseMetricDefinition({
 *   ...repairNps,
 *   versions: [
 *     repairNps.versions[0],
 *     { ...repairNps.versions[1], sideBySide: { from: '2026-01-05', to: '2026-02-27', responses: 412, bridge: 'Same-day scores run 3 points above 7-day ones.', offset: 3 } },
 *   ],
 * });
 * lintMetricHistory(bridged) // => []
 * lintMetricHistory(bridged, { asOf: '2029-01-01' }).map((finding) => finding.rule) // => ['metric/not-reviewed']
 * lintMetricHistory([], { asOf: '2026-11-22' }).map((finding) => finding.rule) // => ['metric/no-primary-metric']
 * lintMetricHistory(repairNps, { maxChangesPerYear: -1 }) // throws CxError INVALID_OPTION
 *
 * @category Metric definitions
 */
export function lintMetricHistory(
  definitions: readonly DocumentInput<MetricDefinition>[] | DocumentInput<MetricDefinition>,
  options: LintMetricHistoryOptions = {},
): Finding[] {
  checkOptions(options, ['asOf', 'timeZone', 'maxChangesPerYear', 'reviewWithinMonths']);
  const { asOf, timeZone, maxChangesPerYear = 1, reviewWithinMonths = 24 } = options;
  if (!Number.isSafeInteger(reviewWithinMonths) || reviewWithinMonths < 1) {
    raiseMetrics('INVALID_OPTION', ['reviewWithinMonths', 'a whole number from 1', describeValue(reviewWithinMonths)], {
      path: ['reviewWithinMonths'],
    });
  }
  if (!Number.isSafeInteger(maxChangesPerYear) || maxChangesPerYear < 0) {
    raiseMetrics('INVALID_OPTION', ['maxChangesPerYear', 'a whole number from 0', describeValue(maxChangesPerYear)], {
      path: ['maxChangesPerYear'],
    });
  }
  // Checked even without asOf, so that a bad zone is never silently ignored.
  timeZoneContext(timeZone);
  const asOfDate =
    asOf === undefined
      ? undefined
      : periodOf(parseInstant(asOf, { timeZone: timeZone ?? 'UTC', path: ['asOf'] }), 'day', {
          timeZone: timeZone ?? 'UTC',
        }).label;
  const context = readDefinitions(definitions);
  const findings: Finding[] = [];
  context.definitions.forEach((_definition, index) => {
    findings.push(...findDefinitionChanges(context, index, maxChangesPerYear));
  });
  findings.push(...findPrimarySwitches(context));
  if (asOfDate !== undefined) {
    findings.push(...findPrimaryMetricsOn(context, asOfDate));
    findings.push(...findUnreviewedDefinitions(context, asOfDate, reviewWithinMonths));
  }
  return sortFindings(findings);
}
