const halfLogTwoPi = 0.9189385332046728;

// Stirling's series for ln Γ(x) − [(x − ½)·ln x − x + ½·ln 2π]: the coefficients
// B₂ₖ / (2k·(2k − 1)). From x = 10 on, nine terms leave an error below 1e-20.
const stirlingCoefficients = [
  1 / 12,
  -1 / 360,
  1 / 1260,
  -1 / 1680,
  1 / 1188,
  -691 / 360360,
  1 / 156,
  -3617 / 122400,
  43867 / 244188,
];

/**
 * The remainder of Stirling's formula, ln Γ(x) − [(x − ½)·ln x − x + ½·ln 2π], for x ≥ 10.
 * Kept apart so that differences of log-gamma values of large arguments can be formed
 * without canceling their large parts.
 *
 * @internal
 */
export function stirlingRemainder(x: number): number {
  const inverseSquare = 1 / (x * x);
  let sum = 0;
  for (let index = stirlingCoefficients.length - 1; index >= 0; index--) {
    sum = sum * inverseSquare + (stirlingCoefficients[index] as number);
  }
  return sum / x;
}

/**
 * ln Γ(x) for x > 0, to an absolute error near 1e-15: Stirling's series from 10 on, and
 * below it the recurrence Γ(x) = Γ(x + k) / (x·(x + 1)···(x + k − 1)).
 *
 * @internal
 */
export function logGamma(x: number): number {
  if (x >= 10) return (x - 0.5) * Math.log(x) - x + halfLogTwoPi + stirlingRemainder(x);
  let product = 1;
  let shifted = x;
  while (shifted < 10) {
    product *= shifted;
    shifted += 1;
  }
  return logGamma(shifted) - Math.log(product);
}
