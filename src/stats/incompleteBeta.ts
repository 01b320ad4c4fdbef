/** xᵃ·yᵇ / B(a, b), the factor the continued fraction is multiplied by. */
export type BetaPrefactor = (x: number, y: number, a: number, b: number) => number;

/**
 * I_x(a, b) / (xᵃ·yᵇ / B(a, b)) as Didonato and Morris's continued fraction (TOMS 708,
 * `bfrac`), written with λ = a − (a + b)·x ≥ 0 and y rather than with x alone: where x is
 * near 1 (a large beside b, as in Student's t and F with many degrees of freedom) the
 * textbook fraction cancels, this one does not.
 */
function continuedFraction(x: number, y: number, a: number, b: number, lambda: number): number {
  const maximumTerms = 10_000 + Math.ceil(20 * Math.sqrt(Math.max(a, b)));
  const c = 1 + lambda;
  const c0 = b / a;
  const c1 = 1 + 1 / a;
  const yPlusOne = y + 1;
  let p = 1;
  let s = a + 1;
  let an = 0;
  let bn = 1;
  let anNext = 1;
  let bnNext = c / c1;
  let ratio = c1 / c;
  for (let n = 1; n <= maximumTerms; n++) {
    const t = n / a;
    const w = n * (b - n) * x;
    let e = a / s;
    const alpha = p * (p + c0) * e * e * (w * x);
    e = (1 + t) / (c1 + t + t);
    const beta = n + w / s + e * (c + n * yPlusOne);
    p = 1 + t;
    s += 2;
    let next = alpha * an + beta * anNext;
    an = anNext;
    anNext = next;
    next = alpha * bn + beta * bnNext;
    bn = bnNext;
    bnNext = next;
    const previous = ratio;
    ratio = anNext / bnNext;
    if (Math.abs(ratio - previous) <= 1e-16 * ratio) break;
    // Rescale so that the recurrences neither overflow nor underflow.
    an /= bnNext;
    bn /= bnNext;
    anNext = ratio;
    bnNext = 1;
  }
  return ratio;
}

/**
 * I_x(a, b) and its complement as {@link regularizedBeta} computes them, with the prefactor
 * xᵃ·yᵇ / B(a, b) given: the general one, or {@link powerOverBeta} where one parameter is
 * known to be small.
 *
 * @internal
 */
export function incompleteBeta(
  x: number,
  y: number,
  a: number,
  b: number,
  prefactor: BetaPrefactor,
): readonly [number, number] {
  if (x <= 0) return [0, 1];
  if (y <= 0) return [1, 0];
  // λ = a − (a + b)·x, from whichever of x and y keeps it free of cancellation.
  const lambda = a > b ? (a + b) * y - b : a - (a + b) * x;
  if (lambda >= 0) {
    const lower = prefactor(x, y, a, b) * continuedFraction(x, y, a, b, lambda);
    return [lower, 1 - lower];
  }
  const upper = prefactor(y, x, b, a) * continuedFraction(y, x, b, a, -lambda);
  return [1 - upper, upper];
}
