import type { Scale } from './Scale';

/**
 * The customer effort scale: 1–7 agreement with "the company made it easy for me",
 * easy = 5–7. Use `defineScale` for other points or bands.
 *
 * @category Scales
 */
export const cesScale: Scale = Object.freeze({
  name: 'ces',
  min: 1,
  max: 7,
  favorable: Object.freeze({ from: 5, to: 7 }),
});
