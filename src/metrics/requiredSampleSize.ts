import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { normalCriticalValue } from '../stats/normalCriticalValue';
import { cesScale } from './cesScale';
import { scaleOrBuiltIn } from './defineScale';
import { checkLevel } from './intervals';
import { raiseMetrics } from './messages';
import type { Scale } from './Scale';

/**
 * What {@link requiredSampleSize} plans for.
 *
 * @category Comparisons
 */
export type SampleSizeInput =
  | {
      readonly metric: 'nps';
      /** The margin of error wanted, in NPS points (half the interval's width), e.g. `5`. */
      readonly marginOfError: number;
      /** The expected shares of promoters and detractors (0–1). Default: the worst case, ½ and ½. */
      readonly expected?: { readonly promoters: number; readonly detractors: number };
      readonly level?: number;
      /** How many customers there are to ask, when few: the finite-population correction applies. Default: unlimited. */
      readonly population?: number;
    }
  | {
      readonly metric: 'csat';
      /** The margin of error wanted, in percentage points, e.g. `5`. */
      readonly marginOfError: number;
      /** The expected share satisfied (0–1). Default: the worst case, ½. */
      readonly expected?: number;
      readonly level?: number;
      /** How many customers there are to ask, when few: the finite-population correction applies. Default: unlimited. */
      readonly population?: number;
    }
  | {
      readonly metric: 'ces';
      /** The margin of error wanted, in scale units, e.g. `0.2`. */
      readonly marginOfError: number;
      /** The expected standard deviation. Default: the worst case for the scale, (max − min) / 2. */
      readonly expectedStandardDeviation?: number;
      /** The scale. Default `cesScale`. */
      readonly scale?: Scale;
      readonly level?: number;
      /** How many customers there are to ask, when few: the finite-population correction applies. Default: unlimited. */
      readonly population?: number;
    };

function checkShare(value: unknown, path: string[]): number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    raiseMetrics('INVALID_INPUT', [path.join('.'), 'a share from 0 to 1', describeValue(value)], { path });
  }
  return value;
}

/**
 * How many responses a score needs for its interval's half-width to be at most a
 * given margin of error: `n₀ = z² · variance / margin²`, rounded up. With no expected
 * values it plans for the worst case, so the margin holds whatever the answers.
 *
 * When the customers to ask are few — 400 key accounts, 1,000 users of a new service — a
 * sample is a large share of them and its answers vary less than a sample of an endless
 * population would: give their number as `population` and the finite-population correction
 * applies, `n = n₀ · N / (n₀ + N − 1)` (Cochran 1977, *Sampling Techniques*, ch. 4, from the
 * variance factor (N − n) / (N − 1)), never more than N.
 *
 * @param input - The metric, the margin of error, and optionally expected values, the level (default 0.95) and the population.
 * @returns The number of responses.
 * @throws `CxError` `INVALID_INPUT` naming the field; `INVALID_OPTION`.
 *
 * @example
 * import { requiredSampleSize } from 'cxkit/metrics';
 *
 * requiredSampleSize({ metric: 'csat', marginOfError: 5 }) // => 385
 * requiredSampleSize({ metric: 'nps', marginOfError: 5 }) // => 1537
 * requiredSampleSize({ metric: 'nps', marginOfError: 5, expected: { promoters: 0.5, detractors: 0.2 } }) // => 938
 * requiredSampleSize({ metric: 'csat', marginOfError: 5, population: 1000 }) // => 278
 *
 * @category Comparisons
 */
export function requiredSampleSize(input: SampleSizeInput): number {
  if (typeof input !== 'object' || input === null) {
    raiseMetrics('INVALID_INPUT', ['input', 'an object with metric and marginOfError', describeValue(input)], {
      path: [],
    });
  }
  const level = checkLevel(input.level ?? 0.95);
  const margin = input.marginOfError;
  if (typeof margin !== 'number' || !(margin > 0) || !Number.isFinite(margin)) {
    raiseMetrics('INVALID_INPUT', ['marginOfError', 'a positive number', describeValue(margin)], {
      path: ['marginOfError'],
    });
  }
  let variance: number;
  let unit: number;
  switch (input.metric) {
    case 'nps': {
      checkOptions(input, ['metric', 'marginOfError', 'expected', 'level', 'population'], 'input');
      const expected = input.expected ?? { promoters: 0.5, detractors: 0.5 };
      checkOptions(expected, ['promoters', 'detractors'], 'expected');
      const plus = checkShare(expected.promoters, ['expected', 'promoters']);
      const minus = checkShare(expected.detractors, ['expected', 'detractors']);
      if (plus + minus > 1) {
        raiseMetrics('INVALID_INPUT', ['expected', 'shares that add up to at most 1', `${plus} + ${minus}`], {
          path: ['expected'],
        });
      }
      variance = plus + minus - (plus - minus) ** 2;
      unit = 100;
      break;
    }
    case 'csat': {
      checkOptions(input, ['metric', 'marginOfError', 'expected', 'level', 'population'], 'input');
      const share = checkShare(input.expected ?? 0.5, ['expected']);
      variance = share * (1 - share);
      unit = 100;
      break;
    }
    case 'ces': {
      checkOptions(
        input,
        ['metric', 'marginOfError', 'expectedStandardDeviation', 'scale', 'level', 'population'],
        'input',
      );
      const scale = scaleOrBuiltIn(input.scale, cesScale);
      const deviation = input.expectedStandardDeviation ?? (scale.max - scale.min) / 2;
      if (typeof deviation !== 'number' || !(deviation >= 0) || !Number.isFinite(deviation)) {
        raiseMetrics(
          'INVALID_INPUT',
          ['expectedStandardDeviation', 'a non-negative number', describeValue(deviation)],
          {
            path: ['expectedStandardDeviation'],
          },
        );
      }
      variance = deviation * deviation;
      unit = 1;
      break;
    }
    default:
      return raiseMetrics(
        'INVALID_INPUT',
        ['metric', '"nps", "csat" or "ces"', describeValue((input as { metric: unknown }).metric)],
        {
          path: ['metric'],
        },
      );
  }
  const population = input.population;
  if (population !== undefined && (!Number.isSafeInteger(population) || population < 1)) {
    raiseMetrics(
      'INVALID_INPUT',
      ['population', 'a whole number of customers, at least 1', describeValue(population)],
      {
        path: ['population'],
      },
    );
  }
  const z = normalCriticalValue(level);
  const fraction = margin / unit;
  const endless = (z * z * variance) / (fraction * fraction);
  // At least one response: a variance of 0 (everyone answers alike) still needs someone to ask.
  if (population === undefined || endless === 0) return Math.max(1, Math.ceil(endless));
  return Math.max(1, Math.min(population, Math.ceil((endless * population) / (endless + population - 1))));
}
