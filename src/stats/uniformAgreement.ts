/**
 * @internal Within-group agreement r_wg (James, Demaree and Wolf 1984): 1 − s² / σ²_EU,
 * where s² is the observed variance (n − 1 denominator) and σ²_EU = (A² − 1) / 12 the
 * variance of answers spread uniformly over A categories, i.e. what random answering
 * would give. Truncated to [0, 1], as is usual, since a variance above the uniform one
 * means no agreement rather than negative agreement.
 */
export function uniformAgreement(variance: number, categories: number): number {
  const uniformVariance = (categories * categories - 1) / 12;
  return Math.min(1, Math.max(0, 1 - variance / uniformVariance));
}
