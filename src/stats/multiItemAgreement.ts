/**
 * @internal Within-group agreement on a scale of J items, r_wg(J) (James, Demaree and
 * Wolf 1984, eq. 8; R's `multilevel::rwg.j`): with s̄² the mean of the items' observed
 * variances (n − 1 denominator) and σ²_EU = (A² − 1) / 12 the variance of answers spread
 * uniformly over A categories (what random answering gives),
 *
 *   r_wg(J) = J(1 − s̄²/σ²_EU) / (J(1 − s̄²/σ²_EU) + s̄²/σ²_EU).
 *
 * 1 when every item's answers agree, 0 when they spread as widely as random answering
 * would (s̄² ≥ σ²_EU is set to σ²_EU, as `rwg.j` does). With one item it is the
 * single-item r_wg = 1 − s²/σ²_EU. The single-item formula applied to a mean of J items
 * would be wrong: averaging shrinks the variance of random answers J-fold, so it reads
 * noise as agreement.
 *
 * `itemVariances` holds one variance per item that at least two respondents answered;
 * `null` when there is none.
 */
export function multiItemAgreement(itemVariances: readonly number[], categories: number): number | null {
  const items = itemVariances.length;
  if (items === 0) return null;
  let total = 0;
  for (const variance of itemVariances) total += variance;
  const uniformVariance = (categories * categories - 1) / 12;
  const ratio = Math.min(1, total / items / uniformVariance);
  const agreement = items * (1 - ratio);
  return agreement / (agreement + ratio);
}
