/**
 * The most drivers the exact Shapley (LMG) decomposition accepts: it needs the R² of
 * all 2^k subsets (2^20 ≈ 1M, 8 MB and a few hundred milliseconds).
 *
 * @internal
 */
export const shapleyDriverLimit = 20;

/**
 * R² of every subset of drivers, from the correlation matrix alone, indexed by the
 * subset's bit mask. Subsets are visited depth first, each by adding one driver to a
 * smaller one, so the Cholesky factor of the subset's correlations grows by one row
 * (a forward solve) and R² by one term: R²(S ∪ j) = R²(S) + (r_j − lᵀz)² / (1 − lᵀl),
 * with l = L_S⁻¹·R_Sj and z = L_S⁻¹·r_S. No row of data is read again.
 */
function subsetRSquared(correlations: Float64Array, outcomeCorrelations: Float64Array, k: number): Float64Array {
  const rSquared = new Float64Array(2 ** k);
  const lower = new Float64Array(k * k);
  const forward = new Float64Array(k);
  const members = new Int32Array(k);
  const solved = new Float64Array(k);
  const visit = (mask: number, size: number, next: number, explained: number) => {
    for (let driver = next; driver < k; driver++) {
      // l = L⁻¹·(correlations of the members with `driver`).
      let squares = 0;
      let projection = 0;
      for (let row = 0; row < size; row++) {
        let sum = correlations[(members[row] as number) * k + driver] as number;
        for (let inner = 0; inner < row; inner++) sum -= (lower[row * k + inner] as number) * (solved[inner] as number);
        const value = sum / (lower[row * k + row] as number);
        solved[row] = value;
        squares += value * value;
        projection += value * (forward[row] as number);
      }
      const pivot = Math.max(1 - squares, Number.MIN_VALUE);
      const step = ((outcomeCorrelations[driver] as number) - projection) / Math.sqrt(pivot);
      const childMask = mask | (1 << driver);
      const childExplained = explained + step * step;
      rSquared[childMask] = childExplained;
      if (driver + 1 < k) {
        for (let column = 0; column < size; column++) lower[size * k + column] = solved[column] as number;
        lower[size * k + size] = Math.sqrt(pivot);
        forward[size] = step;
        members[size] = driver;
        visit(childMask, size + 1, driver + 1, childExplained);
      }
    }
  };
  visit(0, 0, 0, 0);
  return rSquared;
}

/**
 * The Shapley value of each driver in the game "R² of a subset of drivers", which is
 * the LMG decomposition of relative importance: each driver's R² gain averaged over all
 * orders of entry, `Σ_{S ∌ j} |S|!(k − |S| − 1)!/k! · (R²(S ∪ j) − R²(S))`. Exact; the
 * values sum to the full R².
 *
 * @internal
 */
export function shapleyImportance(
  correlations: Float64Array,
  outcomeCorrelations: Float64Array,
  k: number,
): Float64Array {
  const rSquared = subsetRSquared(correlations, outcomeCorrelations, k);
  const weights = new Float64Array(k);
  // weight(s) = s!(k−s−1)!/k!, built by the ratio weight(s+1)/weight(s) = (s+1)/(k−s−1).
  weights[0] = 1 / k;
  for (let size = 0; size + 1 < k; size++)
    weights[size + 1] = ((weights[size] as number) * (size + 1)) / (k - size - 1);
  const members = new Uint8Array(2 ** k);
  const raw = new Float64Array(k);
  for (let mask = 0; mask < rSquared.length; mask++) {
    if (mask > 0) members[mask] = (members[mask >> 1] as number) + (mask & 1);
    const base = rSquared[mask] as number;
    const weight = weights[members[mask] as number] as number;
    for (let driver = 0; driver < k; driver++) {
      const bit = 1 << driver;
      if ((mask & bit) === 0)
        raw[driver] = (raw[driver] as number) + weight * ((rSquared[mask | bit] as number) - base);
    }
  }
  return raw;
}
