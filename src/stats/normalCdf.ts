// W. J. Cody's rational Chebyshev approximations (ACM TOMS 715, 1993), the ones R's `pnorm`
// runs: relative accuracy near 1e-16 in both tails, and an exact 0.5 at 0.
const centralNumerator = [2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249];
const centralNumeratorTop = 0.065682337918207449113;
const centralDenominator = [47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956];
const middleNumerator = [
  0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226, 2494.5375852903726711,
  6848.1904505362823326, 11602.651437647350124, 9842.7148383839780218,
];
const middleNumeratorTop = 1.0765576773720192317e-8;
const middleDenominator = [
  22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755, 18615.571640885098091,
  34900.952721145977266, 38912.003286093271411, 19685.429676859990727,
];
const tailNumerator = [
  0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466, 2.9112874951168792e-5,
];
const tailNumeratorTop = 0.02307344176494017303;
const tailDenominator = [
  1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244, 7.29751555083966205e-5,
];
const inverseRootTwoPi = 0.398942280401432677939946059934;
const rootThirtyTwo = 5.656854249492380195206754896838;

/** exp(−x²/2)·factor, with x² split so that the large part is exact (Cody's trick). */
function gaussianTail(x: number, factor: number): number {
  const rounded = Math.trunc(x * 16) / 16;
  const remainder = (x - rounded) * (x + rounded);
  return Math.exp(-rounded * rounded * 0.5) * Math.exp(-remainder * 0.5) * factor;
}

/**
 * The standard normal distribution function (R's `pnorm(x)`).
 *
 * @internal
 */
export function normalCdf(value: number): number {
  if (Number.isNaN(value)) return Number.NaN;
  const size = Math.abs(value);
  if (size <= 0.67448975) {
    const square = value * value;
    let numerator = centralNumeratorTop * square;
    let denominator = square;
    for (let index = 0; index < 3; index++) {
      numerator = (numerator + (centralNumerator[index] as number)) * square;
      denominator = (denominator + (centralDenominator[index] as number)) * square;
    }
    return (
      0.5 + (value * (numerator + (centralNumerator[3] as number))) / (denominator + (centralDenominator[3] as number))
    );
  }
  let lowerTail: number;
  if (size <= rootThirtyTwo) {
    let numerator = middleNumeratorTop * size;
    let denominator = size;
    for (let index = 0; index < 7; index++) {
      numerator = (numerator + (middleNumerator[index] as number)) * size;
      denominator = (denominator + (middleDenominator[index] as number)) * size;
    }
    lowerTail = gaussianTail(
      size,
      (numerator + (middleNumerator[7] as number)) / (denominator + (middleDenominator[7] as number)),
    );
  } else if (size < 50) {
    const inverseSquare = 1 / (value * value);
    let numerator = tailNumeratorTop * inverseSquare;
    let denominator = inverseSquare;
    for (let index = 0; index < 4; index++) {
      numerator = (numerator + (tailNumerator[index] as number)) * inverseSquare;
      denominator = (denominator + (tailDenominator[index] as number)) * inverseSquare;
    }
    const ratio =
      (inverseSquare * (numerator + (tailNumerator[4] as number))) / (denominator + (tailDenominator[4] as number));
    lowerTail = gaussianTail(size, (inverseRootTwoPi - ratio) / size);
  } else {
    lowerTail = 0;
  }
  return value < 0 ? lowerTail : 1 - lowerTail;
}
