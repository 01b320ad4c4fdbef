import { isCxError } from '../core/errors/isCxError';
import { raiseRender } from './messages';

/**
 * @internal Draws a chart from a result of another cxkit function. The read stage checks
 * what the chart relies on first; a result altered or written by hand can still break a
 * later stage deep inside (a field of the wrong type three levels down), so an error
 * there is reported as that argument not being the result it should be, with the
 * original error as its cause — a `CxError`, never a `TypeError`.
 */
export function drawOrRefuse(argument: string, expectation: string, draw: () => string): string {
  try {
    return draw();
  } catch (error) {
    if (isCxError(error)) throw error;
    return raiseRender('INVALID_INPUT', [argument, expectation, 'a value with a field it cannot draw from'], {
      path: [],
      cause: error,
    });
  }
}
