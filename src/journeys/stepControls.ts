/**
 * @internal Who may control how long a journey step takes, in the order messages list
 * them. The one list the journey schema, the `controlledBy` check and {@link StepControl}
 * are made from.
 */
export const stepControls = ['company', 'customer', 'partner', 'shared'] as const;

/**
 * Who controls how long a journey step takes.
 *
 * @category Journey documents
 */
export type StepControl = (typeof stepControls)[number];
