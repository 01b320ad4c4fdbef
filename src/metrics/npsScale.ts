import type { Scale } from './Scale';

/**
 * The Net Promoter scale: 0–10; promoters 9–10, passives 7–8, detractors 0–6.
 *
 * @category Scales
 */
export const npsScale: Scale = Object.freeze({
  name: 'nps',
  min: 0,
  max: 10,
  favorable: Object.freeze({ from: 9, to: 10 }),
  unfavorable: Object.freeze({ from: 0, to: 6 }),
});
