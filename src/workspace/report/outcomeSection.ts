import type { OutcomeCategory, OutcomeDifference } from '../../metrics/index';
import type { ReportPoint, ReportSection } from '../../render/index';
import type { OutcomeAnalysis } from '../WorkspaceAnalysis';
import { counted, pValueText } from './reportText';

function estimateText(value: number | null, rate: boolean): string {
  if (value === null) return '–';
  return rate ? `${(value * 100).toFixed(1)}%` : value.toFixed(2);
}

// Rates in percent, their differences in percentage points; means in their own unit.
function intervalText(entry: OutcomeCategory | OutcomeDifference, rate: boolean): string {
  if (entry.ci === null) return '–';
  const scale = rate ? 100 : 1;
  const unit = rate ? ('difference' in entry ? ' pts' : '%') : '';
  const digits = rate ? 1 : 2;
  return `${(entry.ci.lower * scale).toFixed(digits)} to ${(entry.ci.upper * scale).toFixed(digits)}${unit}`;
}

function scoresText(scores: readonly number[]): string {
  const first = scores[0];
  const last = scores[scores.length - 1];
  if (first === undefined || last === undefined) return '–';
  return last - first === scores.length - 1 ? (first === last ? String(first) : `${first}–${last}`) : scores.join(', ');
}

function differenceText(difference: OutcomeDifference, rate: boolean): string {
  if (difference.difference === null) return '–';
  const value = rate ? difference.difference * 100 : difference.difference;
  return `${value > 0 ? '+' : ''}${value.toFixed(rate ? 1 : 2)}${rate ? ' pts' : ''}`;
}

/**
 * @internal The report's section for one customer-outcomes data set: what customers did,
 * by the category of their last answer before it, and how far apart the categories are.
 */
export function outcomeSection(analysis: OutcomeAnalysis): ReportSection {
  const { result, definition, outcome } = analysis;
  const rate = result.outcome === 'rate';
  const first = result.categories[0];
  const last = result.categories[result.categories.length - 1];
  const extremes = result.differences.find(
    (difference) => difference.a === first?.category && difference.b === last?.category,
  );
  const summary = [
    `${outcome}, for ${counted(result.matched, 'customer')} of ${analysis.file} joined to their last ${definition.title} answer before it (from ${analysis.survey}); ${result.unmatchedOutcomes} without an answer and ${result.unmatchedResponses} without an outcome are left out.`,
    result.categories
      .map(
        (category) =>
          `${category.category}: ${estimateText(category.estimate, rate)}${category.ci === null ? '' : ` (95% interval ${intervalText(category, rate)})`}, n = ${category.n}`,
      )
      .join('; ')
      .concat('.'),
  ];
  if (extremes !== undefined && extremes.difference !== null && extremes.pValue !== null) {
    summary.push(
      `${first?.category} against ${last?.category}: ${differenceText(extremes, rate)} (95% interval ${intervalText(extremes, rate)}, p ${extremes.pValue < 0.001 ? '< 0.001' : `= ${extremes.pValue.toFixed(3)}`})${extremes.ci !== null && (extremes.ci.lower > 0 || extremes.ci.upper < 0) ? ': the categories differ by more than chance would make them.' : ': no difference beyond chance.'} An association, not proof that the rating causes the outcome.`,
    );
  }
  return {
    id: `outcomes-${analysis.data}`,
    title: `${outcome}, by ${definition.title} category`,
    summary,
    tables: [
      {
        caption: `${outcome} by category (${rate ? 'rate with Wilson’s 95% interval' : 'mean with Student’s t 95% interval'})`,
        columns: ['category', 'scores', 'customers', rate ? 'rate' : 'mean', '95% interval'],
        rows: result.categories.map((category) => [
          category.category,
          scoresText(category.scores),
          category.n,
          estimateText(category.estimate, rate),
          intervalText(category, rate),
        ]),
      },
      {
        caption: `Differences between categories (${rate ? 'Newcombe’s interval, pooled z-test' : 'Welch’s interval and t-test'})`,
        columns: ['categories', 'difference', '95% interval', 'p-value'],
        rows: result.differences.map((difference) => [
          `${difference.a} − ${difference.b}`,
          differenceText(difference, rate),
          intervalText(difference, rate),
          difference.pValue === null ? '–' : pValueText(difference.pValue),
        ]),
      },
    ],
  };
}

/**
 * @internal The executive summary's line for one customer-outcomes data set: the most and
 * least favorable categories' outcome, and the difference between them with its interval.
 */
export function outcomeSummaryPoint(analysis: OutcomeAnalysis): ReportPoint | null {
  const { result, definition, outcome } = analysis;
  const rate = result.outcome === 'rate';
  const first = result.categories[0];
  const last = result.categories[result.categories.length - 1];
  const extremes = result.differences.find(
    (difference) => difference.a === first?.category && difference.b === last?.category,
  );
  if (first === undefined || last === undefined || extremes === undefined || extremes.difference === null) return null;
  const clear = extremes.ci !== null && (extremes.ci.lower > 0 || extremes.ci.upper < 0);
  const interval = extremes.ci === null ? '' : ` (95% interval ${intervalText(extremes, rate)})`;
  return {
    label: `${outcome}, by ${definition.title} category`,
    text: `${first.category} ${estimateText(first.estimate, rate)}, ${last.category} ${estimateText(last.estimate, rate)}: ${differenceText(extremes, rate)}${interval}, ${clear ? 'more than chance would make it' : 'no difference beyond chance'}, over ${counted(result.matched, 'customer')}.`,
    section: `outcomes-${analysis.data}`,
  };
}
