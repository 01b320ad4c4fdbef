import { createRaise, type Raise } from './createRaise';
import { messages } from './messages';

export { createRaise, type Raise } from './createRaise';

/** @internal Raises one of core's errors. */
export const raise: Raise<typeof messages> = /* @__PURE__ */ createRaise(messages);
