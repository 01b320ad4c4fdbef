import * as z from 'zod/mini';
import { en } from 'zod/v4/locales';

const english = /* @__PURE__ */ (() => en().localeError)();

/**
 * The message zod gives an issue that carries none of its own: the application's own
 * zod configuration first (its `customError`, then its locale), English otherwise.
 * zod classic sets English as the default locale when its first schema is built;
 * `zod/mini` leaves it unset ("Invalid input"), so documents read with `zod/mini` pass
 * this to each parse to say exactly what they said before.
 *
 * @internal
 */
export function zodIssueMessage(issue: z.core.$ZodRawIssue): ReturnType<z.core.$ZodErrorMap> {
  const configuration = z.config();
  return configuration.customError?.(issue) ?? (configuration.localeError ?? english)(issue);
}
