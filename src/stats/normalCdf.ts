// W. J. Cody's rational Chebyshev approximations (ACM TOMS 715, 1993), the ones R's `pnorm`
// runs: relative accuracy near 1e-16 in both tails, and an exact 0.5 at 0.
const centralNumerator = [2.2352520354606837, 161.02823106855587, 1067.6894854603709, 18154.98125334356];
const centralNumeratorTop = 0.06568233791820745;
const centralDenominator = [47.202581904688245, 976.0985517377767, 10260.932208618979, 45507.78933502673];
const middleNumerator = [
  0.39894151208813466, 8.883149794388377, 93.50665613217785, 597.2702763948002, 2494.5375852903726, 6848.190450536283,
  11602.65143764735, 9842.714838383978,
];
const middleNumeratorTop = 1.0765576773720192e-8;
const middleDenominator = [
  22.266688044328117, 235.387901782625, 1519.3775994075547, 6485.558298266761, 18615.571640885097, 34900.95272114598,
  38912.00328609327, 19685.429676859992,
];
const tailNumerator = [
  0.215898534057957, 0.12740116116024736, 0.022235277870649807, 0.0014216191932278934, 2.9112874951168793e-5,
];
const tailNumeratorTop = 0.023073441764940174;
const tailDenominator = [
  1.284260096144911, 0.4682382124808651, 0.06598813786892856, 0.0037823963320275824, 7.297515550839662e-5,
];
const inverseRootTwoPi = 0.3989422804014327;
const rootThirtyTwo = 5.656854249492381;

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
