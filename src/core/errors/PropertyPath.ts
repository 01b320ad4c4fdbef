/**
 * Where in an input something was found: object keys and array indexes from the
 * root, e.g. `['goals', 2, 'owner']`. The same shape zod uses for issue paths.
 *
 * @category Errors
 */
export type PropertyPath = ReadonlyArray<string | number>;
