import { CxError } from '../core/errors/CxError';
import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import type { PropertyPath } from '../core/errors/PropertyPath';
import { invalidScaleMessage } from './messages';
import type { Scale, ScoreBand } from './Scale';

/**
 * What {@link defineScale} takes.
 *
 * @category Scales
 */
export interface DefineScaleInput {
  /** A short name, e.g. `'csat-top-box'`. */
  readonly name: string;
  /** The lowest point: a whole number. */
  readonly min: number;
  /** The highest point: a whole number above `min`, at most 1,000 points above it. */
  readonly max: number;
  /** The favorable band. Default: the top two points (top-2-box). */
  readonly favorable?: ScoreBand;
  /** The unfavorable band, for net scores. Default: none. */
  readonly unfavorable?: ScoreBand;
}

const maximumPoints = 1001;

// The one message this file raises, imported alone so that a score given a scale does not
// carry the module's whole table.
function raiseScale(problem: string, path: PropertyPath): never {
  throw new CxError('INVALID_SCALE', invalidScaleMessage(problem), { path });
}

function checkBand(band: unknown, field: string, min: number, max: number, place: PropertyPath): ScoreBand {
  checkOptions(band, ['from', 'to'], field, false, [...place, field]);
  const { from, to } = band as ScoreBand;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to || from < min || to > max) {
    raiseScale(
      `${field} must be whole numbers from ${min} to ${max} with from ≤ to, not ${describeValue(from)}–${describeValue(to)}`,
      [...place, field],
    );
  }
  return Object.freeze({ from, to });
}

// defineScale's checks, with every path starting at `place`: [] for defineScale's own
// argument, ['scale'] for an option.
function checkScale(input: DefineScaleInput, place: PropertyPath): Scale {
  checkOptions(
    input,
    ['name', 'min', 'max', 'favorable', 'unfavorable'],
    'input',
    true,
    place.length === 0 ? undefined : place,
  );
  const { name, min, max } = input;
  if (typeof name !== 'string' || name.trim() === '') {
    raiseScale(`name must be a non-empty string, not ${describeValue(name)}`, [...place, 'name']);
  }
  if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || max <= min || max - min + 1 > maximumPoints) {
    raiseScale(
      `min and max must be whole numbers with min < max and at most ${maximumPoints} points, not ${describeValue(min)} and ${describeValue(max)}`,
      [...place, 'max'],
    );
  }
  const favorable = checkBand(input.favorable ?? { from: max - 1, to: max }, 'favorable', min, max, place);
  if (input.unfavorable === undefined) return Object.freeze({ name, min, max, favorable });
  const unfavorable = checkBand(input.unfavorable, 'unfavorable', min, max, place);
  if (unfavorable.to >= favorable.from && unfavorable.from <= favorable.to) {
    raiseScale('the favorable and unfavorable bands overlap', [...place, 'unfavorable']);
  }
  return Object.freeze({ name, min, max, favorable, unfavorable });
}

/**
 * Defines a bounded whole-number scale for a custom score, or a CSAT or CES scale
 * with other points or another favorable band.
 *
 * @param input - Name, bounds, and optionally the favorable and unfavorable bands.
 * @returns A frozen scale.
 * @throws `CxError` `INVALID_SCALE` naming the field; `UNKNOWN_OPTION`.
 *
 * @example
 * import { csat, defineScale } from 'cxkit/metrics';
 *
 * // CSAT counted as top-box only: just the 5s are satisfied.
 * const topBox = defineScale({ name: 'csat-top-box', min: 1, max: 5, favorable: { from: 5, to: 5 } });
 * csat([5, 4, 5, 3], { scale: topBox }).satisfied // => 2
 * defineScale({ name: 'stars', min: 1, max: 5 }).favorable // => { from: 4, to: 5 }
 * defineScale({ name: 'broken', min: 5, max: 1 }) // throws CxError INVALID_SCALE
 *
 * @category Scales
 */
export function defineScale(input: DefineScaleInput): Scale {
  return checkScale(input, []);
}

/**
 * A scale given as an option (`{ scale }` of `csat`, `ces`, a comparison or a series),
 * checked as {@link defineScale} checks it: a hand-written scale with a fractional band
 * (NaN scores) or a bound of 1e308 (a count array no memory holds, a loop without end)
 * is refused before any score is counted. The error's path starts at `place`.
 *
 * @internal
 */
export function checkScaleOption(scale: unknown, place: PropertyPath = ['scale']): Scale {
  if (typeof scale !== 'object' || scale === null || Array.isArray(scale)) {
    raiseScale(`${place.join('.')} must be a scale object, not ${describeValue(scale)}`, place);
  }
  return checkScale(scale as DefineScaleInput, place);
}

/**
 * @internal The scale option of a score: the built-in scale when none is given (valid by
 * construction, so not checked again), else the caller's, checked before it sizes any counts.
 */
export function scaleOrBuiltIn(scale: unknown, builtIn: Scale): Scale {
  return scale === undefined ? builtIn : checkScaleOption(scale);
}
