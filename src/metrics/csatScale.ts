import type { Scale } from './Scale';

/**
 * The customer satisfaction scale: 1–5, satisfied = 4–5 (top-2-box). Use
 * `defineScale` for other points or bands.
 *
 * @category Scales
 */
export const csatScale: Scale = Object.freeze({
  name: 'csat',
  min: 1,
  max: 5,
  favorable: Object.freeze({ from: 4, to: 5 }),
});
