// Wichura's algorithm AS 241 (PPND16, Applied Statistics 37, 1988), the one R's `qnorm`
// runs: about 1e-16 relative accuracy for p from 1e-300 to 1 − 1e-16.
const centralNumerator = [
  3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125, 45921.953931549871457,
  67265.770927008700853, 33430.575583588128105, 2509.0809287301226727,
];
const centralDenominator = [
  1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867, 39307.89580009271061,
  28729.085735721942674, 5226.495278852854561,
];
const nearNumerator = [
  1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504, 1.27045825245236838258,
  0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4,
];
const nearDenominator = [
  1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459,
  0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9,
];
const farNumerator = [
  6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123, 0.026532189526576123093,
  0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7,
];
const farDenominator = [
  1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525, 7.868691311456132591e-4,
  1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15,
];

/** The ratio of two polynomials in `x`, coefficients from the constant term up. */
function rational(x: number, numerator: readonly number[], denominator: readonly number[]): number {
  let top = 0;
  let bottom = 0;
  for (let index = numerator.length - 1; index >= 0; index--) {
    top = top * x + (numerator[index] as number);
    bottom = bottom * x + (denominator[index] as number);
  }
  return top / bottom;
}

/**
 * The standard normal quantile (R's `qnorm(p)`).
 *
 * @internal
 */
export function normalQuantile(probability: number): number {
  if (!(probability >= 0 && probability <= 1)) return Number.NaN;
  if (probability === 0) return Number.NEGATIVE_INFINITY;
  if (probability === 1) return Number.POSITIVE_INFINITY;
  const offset = probability - 0.5;
  if (Math.abs(offset) <= 0.425) {
    return offset * rational(0.180625 - offset * offset, centralNumerator, centralDenominator);
  }
  const r = Math.sqrt(-Math.log(offset < 0 ? probability : 1 - probability));
  const size =
    r <= 5 ? rational(r - 1.6, nearNumerator, nearDenominator) : rational(r - 5, farNumerator, farDenominator);
  return offset < 0 ? -size : size;
}
