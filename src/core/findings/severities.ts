import type { Severity } from './Finding';

/**
 * The severities from most to least serious.
 *
 * @category Findings
 */
export const severities: readonly Severity[] = ['error', 'warning', 'info'];

/** Rank used for sorting and thresholds: lower is more serious. */
export const severityRank: Readonly<Record<Severity, number>> = {
  error: 0,
  warning: 1,
  info: 2,
};
