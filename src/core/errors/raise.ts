import { CxError, type CxErrorOptions } from './CxError';
import { type CxErrorCode, messages } from './messages';

type MessageArguments<Code extends keyof typeof messages> = Parameters<(typeof messages)[Code]>;

/**
 * Throws a {@link CxError} whose message comes from the named constant for `code`.
 * The one way core code raises errors, so that every message lives in `messages`.
 *
 * @internal
 */
export function raise<Code extends Exclude<CxErrorCode, 'VALIDATION_FAILED'>>(
  code: Code,
  messageArguments: MessageArguments<Code>,
  options: CxErrorOptions = {},
): never {
  const format = messages[code] as (...parts: MessageArguments<Code>) => string;
  throw new CxError(code, format(...messageArguments), options);
}
