import { describeValue } from '../core/errors/describeValue';
import type { DurationSummary } from './DurationSummary';
import { raiseJourneys } from './messages';

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isDuration = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

/**
 * @internal Checks a duration summary that may have come through JSON: its settings,
 * its counts, and that its values or bins are in order and add up.
 */
export function checkDurationSummary(summary: unknown, argument: string): asserts summary is DurationSummary {
  const fail = (problem: string, path: (string | number)[] = []): never =>
    raiseJourneys('INVALID_SUMMARY', [argument, problem], { path: [argument, ...path] });
  if (typeof summary !== 'object' || summary === null) fail(`received ${describeValue(summary)}`);
  const candidate = summary as Record<string, unknown>;
  if (candidate.kind !== 'duration-summary') fail('kind must be "duration-summary"', ['kind']);
  if (!Number.isSafeInteger(candidate.exactLimit) || (candidate.exactLimit as number) < 0) {
    fail('exactLimit must be a whole number from 0', ['exactLimit']);
  }
  const accuracy = candidate.relativeAccuracy;
  if (typeof accuracy !== 'number' || !(accuracy > 0 && accuracy < 1)) {
    fail('relativeAccuracy must be between 0 and 1', ['relativeAccuracy']);
  }
  if (!isCount(candidate.count)) fail('count must be a whole number from 0', ['count']);
  const count = candidate.count as number;
  if (typeof candidate.sum !== 'number' || !Number.isFinite(candidate.sum) || candidate.sum < 0) {
    fail('sum must be a finite number from 0', ['sum']);
  }
  if (count > 0) {
    if (!isDuration(candidate.min)) fail('min must be a duration from 0', ['min']);
    if (!isDuration(candidate.max) || (candidate.max as number) < (candidate.min as number)) {
      fail('max must be a duration from min', ['max']);
    }
  }
  if (candidate.mode === 'exact') {
    const values = candidate.values;
    if (!Array.isArray(values) || values.length !== count)
      fail(`values must hold count (${count}) durations`, ['values']);
    (values as unknown[]).forEach((value, index) => {
      if (!isDuration(value) || (index > 0 && value < ((values as number[])[index - 1] as number))) {
        fail('values must be durations from 0 in ascending order', ['values', index]);
      }
    });
    if (count > (candidate.exactLimit as number))
      fail('an exact summary holds at most exactLimit durations', ['values']);
    return;
  }
  if (candidate.mode !== 'sketch') fail('mode must be "exact" or "sketch"', ['mode']);
  if (!isCount(candidate.zeroCount)) fail('zeroCount must be a whole number from 0', ['zeroCount']);
  const bins = candidate.bins;
  if (!Array.isArray(bins)) fail('bins must be an array of [key, count] pairs', ['bins']);
  let total = candidate.zeroCount as number;
  (bins as unknown[]).forEach((bin, index) => {
    const pair = bin as unknown[];
    if (
      !Array.isArray(pair) ||
      pair.length !== 2 ||
      !Number.isSafeInteger(pair[0]) ||
      !isCount(pair[1]) ||
      pair[1] === 0 ||
      (index > 0 && (pair[0] as number) <= ((bins as number[][])[index - 1]?.[0] as number))
    ) {
      fail('bins must be [key, count] pairs with whole keys ascending and counts above 0', ['bins', index]);
    }
    total += pair[1] as number;
  });
  if (total !== count) fail(`the bins and zeroCount add up to ${total}, not count (${count})`, ['bins']);
}
