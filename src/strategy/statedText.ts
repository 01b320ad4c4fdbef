import * as z from 'zod/mini';

/**
 * @internal A text a person wrote that must say something: a blank string would pass
 * as a stated commitment, owner or outcome while stating nothing.
 */
export const statedText = () => z.string().check(z.refine((text) => text.trim() !== '', 'Expected a non-empty text.'));
