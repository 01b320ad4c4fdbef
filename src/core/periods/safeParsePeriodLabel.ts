import type { SafeResult } from '../results/SafeResult';
import { toSafeResult } from '../results/toSafeResult';
import type { Period } from './Period';
import { type ParsePeriodLabelOptions, parsePeriodLabel } from './parsePeriodLabel';

/**
 * The non-throwing twin of {@link parsePeriodLabel}.
 *
 * @param label - The label.
 * @param options - The time zone.
 * @returns `{ success: true, data }` with the period, or `{ success: false, error }`.
 *
 * @example
 * import { safeParsePeriodLabel } from 'cxkit/core';
 *
 * safeParsePeriodLabel('2026-Q3').success // => true
 * const result = safeParsePeriodLabel('2026-13');
 * !result.success && result.error.code // => 'INVALID_PERIOD_LABEL'
 *
 * @category Periods
 */
export function safeParsePeriodLabel(label: string, options: ParsePeriodLabelOptions = {}): SafeResult<Period> {
  return toSafeResult(() => parsePeriodLabel(label, options));
}
