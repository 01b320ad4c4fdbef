// log(√(2π)): the standard normal density is exp(−z²/2 − logRootTwoPi).
const logRootTwoPi = 0.9189385332046728;
const rootTwoPi = 2.5066282746310002;
// Q(1), the upper tail at z = 1: below it the tail is solved, above it the centre.
const tailAtOne = 0.15865525393145707;

/**
 * The z ≥ 0 at which the standard normal distribution leaves `central` between 0 and z and
 * `tail` above z (so central + tail = ½; both are given because the caller holds each one
 * without rounding, where ½ − tail would lose a small central's digits and ½ − central a
 * small tail's).
 *
 * Newton's method on whichever side keeps its digits, with no table of coefficients, so a
 * score's interval stays small in a bundle:
 * - the centre, Φ(z) − ½ = φ(z)·(z + z³/3 + z⁵/(3·5) + …), a series of positive terms;
 * - the tail in logarithms, log Q(z) = log φ(z) − log(z + 1/(z + 2/(z + 3/(z + …)))), Laplace's
 *   continued fraction, which cannot underflow even at 1e-300.
 *
 * Both are concave in z, so after the first step Newton's iterates close in from one side,
 * and the error squares at each step. Checked against arbitrary-precision references to
 * within 1e-15 relative error, and against R's `qnorm` in the tests.
 *
 * @internal
 */
export function normalDeviate(central: number, tail: number): number {
  if (tail === 0) return Number.POSITIVE_INFINITY;
  const inTail = tail < tailAtOne;
  const logTail = Math.log(tail);
  // A rough start, within 15%: the tail's leading terms, z² ≈ −2·log(tail·√(2π)·z), or the
  // centre's first, central ≈ z/√(2π); Newton's steps do the rest.
  let z = inTail ? Math.sqrt(-2 * logTail - Math.log(-2 * logTail) - 2 * logRootTwoPi) : central * rootTwoPi;
  for (let iteration = 0; iteration < 100; iteration++) {
    const square = z * z;
    let step: number;
    if (inTail) {
      // The fraction converges slowly near 0: about 360/z² levels reach 1e-16 at z = 1, where
      // the tail takes over, and 20 more cover the far tail.
      let fraction = z;
      for (let depth = Math.ceil(20 + 400 / square); depth > 0; depth--) fraction = z + depth / fraction;
      // d/dz log Q(z) = −φ(z)/Q(z) = −fraction.
      step = (-square / 2 - logRootTwoPi - Math.log(fraction) - logTail) / fraction;
    } else {
      let term = z;
      let sum = z;
      for (let index = 3; term > sum * 1e-17; index += 2) {
        term *= square / index;
        sum += term;
      }
      const density = Math.exp(-square / 2 - logRootTwoPi);
      step = (central - density * sum) / density;
    }
    z += step;
    // Newton's error squares at each step: after a step of 1e-9·z the next would be below 1e-16.
    if (!(Math.abs(step) > 1e-9 * z)) return z;
  }
  return z;
}
