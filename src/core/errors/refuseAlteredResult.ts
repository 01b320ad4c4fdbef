import { raiseCommon } from './commonMessages';
import { isCxError } from './isCxError';
import type { PropertyPath } from './PropertyPath';

/** @internal Where a result was found altered, and how to say so. */
export interface AlteredResultPlace {
  /** The argument as the message names it, e.g. `analysis.journeys.0`. */
  readonly argument: string;
  /** What it should have been, e.g. `what analyzeWorkspace returns`. */
  readonly expectation: string;
  /** What was found instead, in words. */
  readonly received: string;
  readonly path: PropertyPath;
}

/**
 * @internal Builds something from a result of another cxkit function (a report section,
 * a chart). The builder's checks come first; a result altered or written by hand can
 * still break it deep inside, so any error that is not a `CxError` is reported as
 * `INVALID_INPUT` at `place`, with the original error as its cause: never a `TypeError`.
 */
export function refuseAlteredResult<Built>(place: AlteredResultPlace, build: () => Built): Built {
  try {
    return build();
  } catch (error) {
    if (isCxError(error)) throw error;
    return raiseCommon('INVALID_INPUT', [place.argument, place.expectation, place.received], {
      path: place.path,
      cause: error,
    });
  }
}
