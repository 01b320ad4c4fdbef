import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { normalPValue } from '../stats/normalPValue';
import { studentCriticalValue } from '../stats/studentCriticalValue';
import { welchTest } from '../stats/welchTest';
import { cesScale } from './cesScale';
import { csatScale } from './csatScale';
import { type ConfidenceInterval, checkLevel, wilsonInterval } from './intervals';
import type { MetricName } from './MetricName';
import { raiseMetrics } from './messages';
import { npsScale } from './npsScale';
import { raiseOutcome } from './outcomeMessages';
import type { Scale } from './Scale';

/**
 * One survey answer of a customer: who answered, and the score they gave.
 *
 * @category Business outcomes
 */
export interface CustomerResponse {
  readonly customerId: string;
  readonly score: number;
}

/**
 * What later happened with a customer: a binary outcome (renewed, churned, bought
 * again) as a boolean, or a continuous one (spend) as a number.
 *
 * @category Business outcomes
 */
export interface CustomerOutcome {
  readonly customerId: string;
  readonly value: boolean | number;
}

/**
 * Options for {@link outcomesByScoreCategory}.
 *
 * @category Business outcomes
 */
export interface OutcomesByScoreCategoryOptions {
  /** The score the responses are on: its scale's bands are the categories. */
  readonly metric: MetricName;
  /** The scale for CSAT or CES scores. Default `csatScale` / `cesScale` (NPS is always 0–10). */
  readonly scale?: Scale;
  /** The confidence level of every interval. Default `0.95`. */
  readonly level?: number;
  /**
   * What to do with a customer who answered more than once: `'refuse'` (default: a
   * `DUPLICATE_ID` error naming the second answer) or `'last'` (keep the last in
   * the order given; sort by date first, so that it is the answer before the outcome).
   */
  readonly repeatedResponses?: 'refuse' | 'last';
}

/**
 * One category of customers (promoters, passives, detractors, or a scale's bands) and
 * their outcome: a rate with Wilson's interval, or a mean with a t interval.
 *
 * @category Business outcomes
 */
export interface OutcomeCategory {
  /** `'promoters'`, `'passives'`, `'detractors'` for NPS; else `'favorable'`, `'neutral'`, `'unfavorable'` (or `'other'` on a scale with no unfavorable band). */
  readonly category: string;
  /** The scores that fall in it, from low to high. */
  readonly scores: readonly number[];
  /** Customers of the category with both an answer and an outcome. */
  readonly n: number;
  /** For a binary outcome, how many were `true`; `null` for a continuous one. */
  readonly successes: number | null;
  /** The rate (a share, 0–1) or the mean; `null` when `n` is 0. */
  readonly estimate: number | null;
  /** For a continuous outcome, the sample standard deviation (n − 1); `null` for a rate or n < 2. */
  readonly sd: number | null;
  /** Wilson's interval for a rate, Student's t for a mean; `null` when there are too few customers (0, or 1 for a mean). */
  readonly ci: ConfidenceInterval | null;
}

/**
 * The difference between two categories' outcomes, `a − b`, with its interval and a
 * two-sided p-value for "no difference".
 *
 * @category Business outcomes
 */
export interface OutcomeDifference {
  readonly a: string;
  readonly b: string;
  /** `a.estimate − b.estimate`; `null` when either has too few customers. */
  readonly difference: number | null;
  /**
   * Newcombe's hybrid score interval for rates, Welch's for means; `null` with no
   * difference, or for means when neither category has any spread (Welch's test cannot
   * judge a difference over a standard error of 0).
   */
  readonly ci: ConfidenceInterval | null;
  /** The two-proportion z-test (pooled) for rates, Welch's t-test for means; `null` when `ci` is. */
  readonly pValue: number | null;
}

/**
 * What {@link outcomesByScoreCategory} returns.
 *
 * @category Business outcomes
 */
export interface OutcomesByScoreCategory {
  readonly metric: MetricName;
  /** `'rate'` for boolean outcomes, `'mean'` for numbers. */
  readonly outcome: 'rate' | 'mean';
  readonly level: number;
  /** From the most favorable category to the least. */
  readonly categories: readonly OutcomeCategory[];
  /** Every pair of categories, the more favorable first: `a − b`. */
  readonly differences: readonly OutcomeDifference[];
  /** Customers with both an answer and an outcome. */
  readonly matched: number;
  /** Customers who answered but have no outcome (left out). */
  readonly unmatchedResponses: number;
  /** Customers with an outcome but no answer (left out). */
  readonly unmatchedOutcomes: number;
}

interface Category {
  readonly category: string;
  readonly scores: number[];
}

function categoriesOf(metric: MetricName, scale: Scale): Category[] {
  const { min, max, favorable, unfavorable } = scale;
  const inBand = (score: number, band: { from: number; to: number } | undefined) =>
    band !== undefined && score >= band.from && score <= band.to;
  const names =
    metric === 'nps'
      ? ['promoters', 'passives', 'detractors']
      : unfavorable === undefined
        ? ['favorable', 'other']
        : ['favorable', 'neutral', 'unfavorable'];
  const categories: Category[] = names.map((category) => ({ category, scores: [] }));
  for (let score = min; score <= max; score++) {
    const index = inBand(score, favorable) ? 0 : inBand(score, unfavorable) ? 2 : 1;
    (categories[index] as Category).scores.push(score);
  }
  return categories;
}

function checkScale(metric: MetricName, scale: unknown): Scale {
  if (metric === 'nps') {
    if (scale !== undefined) {
      raiseMetrics('INVALID_OPTION', ['scale', 'left out for NPS (always 0–10)', describeValue(scale)], {
        path: ['scale'],
      });
    }
    return npsScale;
  }
  if (scale === undefined) return metric === 'csat' ? csatScale : cesScale;
  const candidate = scale as Scale;
  const whole = (value: unknown) => Number.isSafeInteger(value);
  if (
    typeof scale !== 'object' ||
    scale === null ||
    !whole(candidate.min) ||
    !whole(candidate.max) ||
    candidate.max <= candidate.min ||
    typeof candidate.favorable !== 'object' ||
    candidate.favorable === null
  ) {
    raiseMetrics('INVALID_SCALE', ['pass a scale made with defineScale, or csatScale or cesScale'], {
      path: ['scale'],
    });
  }
  return candidate;
}

function checkCustomerId(value: unknown, path: readonly (string | number)[]): string {
  if (typeof value !== 'string' || value.trim() === '') {
    raiseMetrics('INVALID_INPUT', [path.join('.'), 'a non-empty string', describeValue(value)], { path: [...path] });
  }
  return value;
}

/**
 * Whether customers' ratings go with what they later did: joins survey responses to
 * business outcomes by customer id and gives, per score category (promoters, passives
 * and detractors for NPS; a scale's favorable, neutral and unfavorable bands
 * otherwise), the rate of a binary outcome (renewed, churned, bought again) with
 * Wilson's interval, or the mean of a continuous one (spend) with a Student's t
 * interval, and the difference between every pair of categories with its interval
 * (Newcombe's hybrid score interval for rates, Welch's for means) and p-value.
 *
 * Each customer counts once: a second answer from the same customer is refused unless
 * `repeatedResponses: 'last'`, and a second outcome always is. Customers on one side
 * only are left out and counted. The categories say how outcomes differ between
 * customers who rate differently — an association, not proof that the rating causes the
 * outcome.
 *
 * @param responses - `{ customerId, score }` per customer, whole-number scores on the metric's scale.
 * @param outcomes - `{ customerId, value }` per customer: all booleans (a rate) or all finite numbers (a mean).
 * @param options - `metric`, and optionally `scale`, `level`, `repeatedResponses`; see {@link OutcomesByScoreCategoryOptions}.
 * @returns Per category the outcome with its interval, and every pairwise difference.
 * @throws `CxError` `INVALID_INPUT` (a response or outcome that is not as described, with its path,
 *   e.g. `['responses', 3, 'score']`), `DUPLICATE_ID` (path of the second entry), `NO_MATCHED_CUSTOMERS`,
 *   `INVALID_SCALE`, `INVALID_OPTION` (`metric`, `scale`, `level` or `repeatedResponses`, with its path),
 *   `UNKNOWN_OPTION`.
 *
 * @example
 * import { outcomesByScoreCategory } from 'cxkit/metrics';
 *
 * const responses = [
 *   { customerId: 'a', score: 10 }, { customerId: 'b', score: 9 }, { customerId: 'c', score: 8 },
 *   { customerId: 'd', score: 3 }, { customerId: 'e', score: 6 }, { customerId: 'f', score: 10 },
 * ];
 * const renewed = [
 *   { customerId: 'a', value: true }, { customerId: 'b', value: true }, { customerId: 'c', value: true },
 *   { customerId: 'd', value: false }, { customerId: 'e', value: true }, { customerId: 'f', value: true },
 * ];
 * const result = outcomesByScoreCategory(responses, renewed, { metric: 'nps' });
 * result.categories.map((category) => [category.category, category.n, category.estimate])
 * // => [['promoters', 3, 1], ['passives', 1, 1], ['detractors', 2, 0.5]]
 * result.differences[1]?.difference // => 0.5
 * outcomesByScoreCategory(responses, [{ customerId: 'a', value: 'yes' }] as never, { metric: 'nps' })
 * // throws CxError INVALID_INPUT
 *
 * @category Business outcomes
 */
export function outcomesByScoreCategory(
  responses: readonly CustomerResponse[],
  outcomes: readonly CustomerOutcome[],
  options: OutcomesByScoreCategoryOptions,
): OutcomesByScoreCategory {
  checkOptions(options, ['metric', 'scale', 'level', 'repeatedResponses'], 'options', true);
  const { metric, repeatedResponses = 'refuse' } = options;
  if (metric !== 'nps' && metric !== 'csat' && metric !== 'ces') {
    raiseMetrics('INVALID_OPTION', ['metric', '"nps", "csat" or "ces"', describeValue(metric)], {
      path: ['metric'],
    });
  }
  if (repeatedResponses !== 'refuse' && repeatedResponses !== 'last') {
    raiseMetrics('INVALID_OPTION', ['repeatedResponses', '"refuse" or "last"', describeValue(repeatedResponses)], {
      path: ['repeatedResponses'],
    });
  }
  const level = checkLevel(options.level ?? 0.95);
  const scale = checkScale(metric, options.scale);
  if (!Array.isArray(responses)) {
    raiseMetrics('INVALID_INPUT', ['responses', 'an array of { customerId, score }', describeValue(responses)], {
      path: ['responses'],
    });
  }
  if (!Array.isArray(outcomes)) {
    raiseMetrics('INVALID_INPUT', ['outcomes', 'an array of { customerId, value }', describeValue(outcomes)], {
      path: ['outcomes'],
    });
  }
  const categories = categoriesOf(metric, scale);
  const categoryOfScore = new Int32Array(scale.max - scale.min + 1);
  categories.forEach((category, index) => {
    for (const score of category.scores) categoryOfScore[score - scale.min] = index;
  });

  // Customer → category index, checked as read. One map serves the join and both
  // duplicate checks: a matched customer's entry is moved past the categories, so a
  // second outcome for them is seen at once. First indexes for messages are looked up
  // only when an error is raised.
  const categoryOf = new Map<string, number>();
  const matchedMark = categories.length;
  responses.forEach((response: unknown, index) => {
    if (typeof response !== 'object' || response === null) {
      raiseMetrics(
        'INVALID_INPUT',
        [`responses[${index}]`, 'an object { customerId, score }', describeValue(response)],
        {
          path: ['responses', index],
        },
      );
    }
    const { customerId, score } = response as CustomerResponse;
    const id = checkCustomerId(customerId, ['responses', index, 'customerId']);
    if (!Number.isInteger(score) || score < scale.min || score > scale.max) {
      raiseMetrics(
        'INVALID_INPUT',
        [`responses[${index}].score`, `a whole number from ${scale.min} to ${scale.max}`, describeValue(score)],
        { path: ['responses', index, 'score'] },
      );
    }
    if (repeatedResponses === 'refuse' && categoryOf.has(id)) {
      const first = responses.findIndex((entry) => entry.customerId === id);
      raiseOutcome('DUPLICATE_ID', ['responses', id, first], { path: ['responses', index, 'customerId'] });
    }
    categoryOf.set(id, categoryOfScore[score - scale.min] as number);
  });

  let outcomeKind: 'rate' | 'mean' | undefined;
  const unmatchedIds = new Set<string>();
  const values = categories.map(() => [] as number[]);
  let matched = 0;
  let unmatchedOutcomes = 0;
  outcomes.forEach((outcome: unknown, index) => {
    if (typeof outcome !== 'object' || outcome === null) {
      raiseMetrics('INVALID_INPUT', [`outcomes[${index}]`, 'an object { customerId, value }', describeValue(outcome)], {
        path: ['outcomes', index],
      });
    }
    const { customerId, value } = outcome as CustomerOutcome;
    const id = checkCustomerId(customerId, ['outcomes', index, 'customerId']);
    const kind =
      typeof value === 'boolean' ? 'rate' : typeof value === 'number' && Number.isFinite(value) ? 'mean' : undefined;
    if (kind === undefined || (outcomeKind !== undefined && kind !== outcomeKind)) {
      const expected =
        outcomeKind === 'rate'
          ? 'a boolean, as the outcomes before it'
          : outcomeKind === 'mean'
            ? 'a finite number, as the outcomes before it'
            : 'a boolean or a finite number';
      raiseMetrics('INVALID_INPUT', [`outcomes[${index}].value`, expected, describeValue(value)], {
        path: ['outcomes', index, 'value'],
      });
    }
    outcomeKind = kind;
    const category = categoryOf.get(id);
    if ((category !== undefined && category >= matchedMark) || unmatchedIds.has(id)) {
      const first = outcomes.findIndex((entry) => entry.customerId === id);
      raiseOutcome('DUPLICATE_ID', ['outcomes', id, first], { path: ['outcomes', index, 'customerId'] });
    }
    if (category === undefined) {
      unmatchedIds.add(id);
      unmatchedOutcomes++;
      return;
    }
    categoryOf.set(id, category + matchedMark);
    matched++;
    (values[category] as number[]).push(typeof value === 'boolean' ? (value ? 1 : 0) : value);
  });
  if (matched === 0) raiseOutcome('NO_MATCHED_CUSTOMERS', [categoryOf.size, unmatchedOutcomes], { path: [] });
  const outcome = outcomeKind as 'rate' | 'mean';
  const summaries = values.map((list) => summarize(list));
  const described = categories.map((category, index) =>
    describeCategory(category, summaries[index] as Summary, outcome, level),
  );
  const differences: OutcomeDifference[] = [];
  for (let a = 0; a < categories.length; a++) {
    for (let b = a + 1; b < categories.length; b++) {
      differences.push(
        compareCategories(
          described[a] as OutcomeCategory,
          summaries[a] as Summary,
          described[b] as OutcomeCategory,
          summaries[b] as Summary,
          outcome,
          level,
        ),
      );
    }
  }
  return {
    metric,
    outcome,
    level,
    categories: described,
    differences,
    matched,
    unmatchedResponses: categoryOf.size - matched,
    unmatchedOutcomes,
  };
}

interface Summary {
  readonly n: number;
  readonly sum: number;
  readonly mean: number;
  /** n − 1 denominator; 0 for n < 2. */
  readonly variance: number;
}

// Two passes: the mean first, then squares about it, stable for values far from zero.
function summarize(list: readonly number[]): Summary {
  const n = list.length;
  let sum = 0;
  for (const value of list) sum += value;
  const mean = n === 0 ? 0 : sum / n;
  let squares = 0;
  for (const value of list) squares += (value - mean) ** 2;
  return { n, sum, mean, variance: n < 2 ? 0 : squares / (n - 1) };
}

function describeCategory(
  category: Category,
  summary: Summary,
  outcome: 'rate' | 'mean',
  level: number,
): OutcomeCategory {
  const { n, sum, mean, variance } = summary;
  const base = { category: category.category, scores: category.scores, n };
  if (outcome === 'rate') {
    if (n === 0) return { ...base, successes: 0, estimate: null, sd: null, ci: null };
    const { lower, upper } = wilsonInterval(sum, n, level);
    return { ...base, successes: sum, estimate: sum / n, sd: null, ci: { lower, upper, level, method: 'wilson' } };
  }
  if (n === 0) return { ...base, successes: null, estimate: null, sd: null, ci: null };
  if (n === 1) return { ...base, successes: null, estimate: mean, sd: null, ci: null };
  const sd = Math.sqrt(variance);
  const halfWidth = studentCriticalValue(level, n - 1) * (sd / Math.sqrt(n));
  return {
    ...base,
    successes: null,
    estimate: mean,
    sd,
    ci: { lower: mean - halfWidth, upper: mean + halfWidth, level, method: 't' },
  };
}

function compareCategories(
  a: OutcomeCategory,
  summaryA: Summary,
  b: OutcomeCategory,
  summaryB: Summary,
  outcome: 'rate' | 'mean',
  level: number,
): OutcomeDifference {
  const names = { a: a.category, b: b.category };
  if (outcome === 'rate') {
    if (a.n === 0 || b.n === 0 || a.ci === null || b.ci === null || a.estimate === null || b.estimate === null) {
      return { ...names, difference: null, ci: null, pValue: null };
    }
    // Newcombe (1998), method 10: the hybrid score interval from each side's Wilson limits.
    const difference = a.estimate - b.estimate;
    const lower = difference - Math.sqrt((a.estimate - a.ci.lower) ** 2 + (b.ci.upper - b.estimate) ** 2);
    const upper = difference + Math.sqrt((a.ci.upper - a.estimate) ** 2 + (b.estimate - b.ci.lower) ** 2);
    // The pooled two-proportion z-test: R's prop.test(correct = FALSE).
    const pooled = (summaryA.sum + summaryB.sum) / (a.n + b.n);
    const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n));
    const pValue = standardError === 0 ? 1 : normalPValue(difference / standardError);
    return { ...names, difference, ci: { lower, upper, level, method: 'newcombe' }, pValue };
  }
  if (a.n < 2 || b.n < 2) return { ...names, difference: null, ci: null, pValue: null };
  const test = welchTest(summaryA.mean, summaryA.variance, a.n, summaryB.mean, summaryB.variance, b.n);
  // Both categories without spread: the difference is plain, but Welch's test cannot
  // judge it (R's t.test refuses such data), so it has no interval and no p-value.
  if (test === null) return { ...names, difference: summaryA.mean - summaryB.mean, ci: null, pValue: null };
  const halfWidth = studentCriticalValue(level, test.degreesOfFreedom) * test.standardError;
  return {
    ...names,
    difference: test.difference,
    ci: { lower: test.difference - halfWidth, upper: test.difference + halfWidth, level, method: 'welch' },
    pValue: test.pValue,
  };
}
