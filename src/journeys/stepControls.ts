/**
 * Who controls how long a journey step takes.
 *
 * @category Journey documents
 */
export type StepControl = 'company' | 'customer' | 'partner' | 'shared';

/**
 * @internal Every {@link StepControl}, in the order messages list them: the one list the
 * journey schema and the `controlledBy` check are made from. The compiler checks it
 * against the type both ways (no stranger, none missing).
 */
export const stepControls = ['company', 'customer', 'partner', 'shared'] as const satisfies readonly StepControl[];

// Fails to compile when a control is missing from the list.
const everyControlListed: Exclude<StepControl, (typeof stepControls)[number]> extends never ? true : never = true;
void everyControlListed;
