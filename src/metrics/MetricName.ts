/**
 * The scores a series or a dip search can be computed for.
 *
 * @category Series
 */
export type MetricName = 'nps' | 'csat' | 'ces';
