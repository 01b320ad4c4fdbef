import { refuseAlteredResult } from '../core/errors/refuseAlteredResult';

/**
 * @internal Draws a chart from a result of another cxkit function; an error deep inside
 * from a result altered by hand is `INVALID_INPUT` on the argument (see
 * refuseAlteredResult), never a `TypeError`.
 */
export function drawOrRefuse(argument: string, expectation: string, draw: () => string): string {
  return refuseAlteredResult(
    { argument, expectation, received: 'a value with a field it cannot draw from', path: [] },
    draw,
  );
}
