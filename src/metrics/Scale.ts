/**
 * A band of scale points, inclusive at both ends, e.g. `{ from: 9, to: 10 }`.
 *
 * @category Scales
 */
export interface ScoreBand {
  readonly from: number;
  readonly to: number;
}

/**
 * A bounded whole-number response scale: its points run from `min` to `max`. The
 * `favorable` band is what each score counts as good (promoters, satisfied, easy);
 * `unfavorable` is what counts against it (detractors), where the score is net.
 *
 * Plain data: it travels inside counts summaries, and two summaries merge only when
 * their scales are equal field by field.
 *
 * @category Scales
 */
export interface Scale {
  /** A short name, e.g. `'nps'`, `'csat'`, `'csat-top-box'`. */
  readonly name: string;
  /** The lowest point. */
  readonly min: number;
  /** The highest point. */
  readonly max: number;
  /** The points that count as favorable. */
  readonly favorable: ScoreBand;
  /** The points that count as unfavorable, for net scores such as NPS. */
  readonly unfavorable?: ScoreBand;
}
