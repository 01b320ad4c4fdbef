import { describe, expect, it } from 'vitest';
import {
  fitTransferFunction,
  fitTransferFunctionFromMoments,
  type TransferFunction,
  type TransferInput,
  transferMoments,
} from '../../src/transfer/index';
import { expectCxError } from '../expectCxError';
import { expectRelative } from './closeTo';

/*
 * Hard data sets, built from whole numbers and one division each so that Python builds
 * the same doubles, with the exact least-squares answer for those doubles from rational
 * arithmetic (Python's fractions; square roots to 40 digits with decimal):
 *
 *   from fractions import Fraction as F
 *   # the data sets: exactly the functions below, with // for Math.floor-free integer maths
 *   # ols(y, xs, w): center with exact weighted means, solve the centered normal equations
 *   # exactly (Gauss–Jordan on Fractions), residuals and RSS exactly, σ̂² = RSS/(n−k−1),
 *   # Var(b) = σ̂²·(XcᵀWXc)⁻¹ exactly, Var(b₀) = σ̂²·(1/W + x̄ᵀ(XcᵀWXc)⁻¹x̄), then
 *   # Decimal(σ̂²·v).sqrt() at 40 digits; every value printed as repr(float(value)).
 *
 * What R 4.2's lm gets on the same doubles (relative error of the worst slope, standard
 * error, σ̂): ill-conditioned 8.6e-12, 5.1e-13, 5.1e-14; very ill-conditioned 2.7e-11,
 * 4.2e-12, 1.8e-13; two pairs 7.3e-12, 3.5e-13, 6.0e-15; weighted 9.4e-12, 1.4e-13, 1.2e-14; near-perfect 1.5e-16, 5.2e-12,
 * 5.2e-12; far from zero: lm drops the driver as aliased with the intercept (NA).
 */
const rows = (count: number) => Array.from({ length: count }, (_, row) => row);

/** a and b = a + 3e/10000 nearly collinear: κ of the drivers' correlation matrix ≈ 9.5e7 (or 3.4e9 with b = a + e/20000). */
function illConditioned(count: number, scale: number, denominator: number): TransferInput {
  const a = rows(count).map((row) => ((row * 37) % 101) / 10);
  const b = rows(count).map(
    (row) => ((denominator / 10) * ((row * 37) % 101) + scale * (((row * 53) % 7) - 3)) / denominator,
  );
  const c = rows(count).map((row) => ((row * 29) % 43) / 4);
  const outcome = rows(count).map((row) => (((row * 71) % 97) + 3 * ((row * 37) % 101)) / 8);
  return { outcome, drivers: { a, b, c } };
}

/** Two nearly collinear pairs, (a, b) and (c, d): two near-singular directions, κ ≈ 9.8e7. */
function twoPairs(count: number): TransferInput {
  const level = rows(count).map((row) => (row * 37) % 101);
  const other = rows(count).map((row) => (row * 29) % 43);
  return {
    outcome: rows(count).map(
      (row) => (((row * 71) % 97) + 3 * (level[row] as number) + 2 * (other[row] as number)) / 8,
    ),
    drivers: {
      a: level.map((value) => value / 10),
      b: level.map((value, row) => (1000 * value + 3 * (((row * 53) % 7) - 3)) / 10_000),
      c: other.map((value) => value / 4),
      d: other.map((value, row) => (2500 * value + 5 * (((row * 31) % 5) - 2)) / 10_000),
    },
  };
}

/** y = 1 + 2a + 3c + a little noise: 1 − R² ≈ 2.07e-10. */
function nearPerfect(count: number): TransferInput {
  const whole = rows(count).map((row) => [(row * 37) % 101, (row * 29) % 43, ((row * 53) % 7) - 3] as const);
  return {
    outcome: whole.map(([a, c, e]) => (100_000 + 20_000 * a + 75_000 * c + 8 * e) / 100_000),
    drivers: { a: whole.map(([a]) => a / 10), c: whole.map(([, c]) => c / 4) },
  };
}

/** A driver at 1e9 ± 0.1 (say, a timestamp) beside an ordinary one. */
function farFromZero(count: number): TransferInput {
  const deviation = rows(count).map((row) => ((row * 37) % 21) - 10);
  return {
    outcome: rows(count).map((row) => (((row * 71) % 97) + 30 * (deviation[row] as number)) / 8),
    drivers: {
      x: deviation.map((value) => (100_000_000_000 + value) / 100),
      c: rows(count).map((row) => ((row * 29) % 43) / 4),
    },
  };
}

interface Exact {
  readonly coefficients: readonly number[];
  readonly standardErrors: readonly number[];
  readonly sigma: number;
  readonly rSquared: number;
  readonly unexplained: number;
}

const exact: Record<string, Exact> = {
  illConditioned: {
    coefficients: [3.340224869967544, -372.79536880349366, 377.160151266511, -0.0728374625043294],
    standardErrors: [1.1325043052073638, 745.1981944043363, 745.1879444064678, 0.14305721163204935],
    sigma: 3.120502999043041,
    rSquared: 0.9488339177740412,
    unexplained: 0.0511660822259588,
  },
  veryIllConditioned: {
    coefficients: [3.3402248699675705, -2258.5961251274393, 2262.960907590457, -0.07283746250432452],
    standardErrors: [1.132504305207404, 4471.137903343219, 4471.127666435666, 0.14305721163205218],
    sigma: 3.120502999043097,
    rSquared: 0.9488339177740394,
    unexplained: 0.05116608222596064,
  },
  weighted: {
    coefficients: [2.8959708520157212, -176.2837217754714, 180.6206649617709, 0.05821126135419432],
    standardErrors: [1.1199521238177466, 756.405547560924, 756.3791427186067, 0.14239827533371474],
    sigma: 5.269210462328743,
    rSquared: 0.9486583308895864,
    unexplained: 0.051341669110413594,
  },
  twoPairs: {
    coefficients: [
      2.9581054972000587, 233.42327988570867, -229.06544388074894, 36.260743264968035, -35.259776305813205,
    ],
    standardErrors: [1.0269333505340903, 683.0713966823155, 683.0670606880185, 582.6665424310876, 582.667152201975],
    sigma: 3.180474144046454,
    rSquared: 0.9493864407493464,
    unexplained: 0.05061355925065362,
  },
  nearPerfect: {
    coefficients: [0.9999723060721009, 2.0000036623564226, 3.0000019227800507],
    standardErrors: [6.027262995252857e-5, 8.162322078293136e-6, 7.626053814039453e-6],
    sigma: 0.0001664643576990152,
    rSquared: 0.9999999997932315,
    unexplained: 2.0676852688776517e-10,
  },
  farFromZero: {
    coefficients: [-381571483585.33264, 381.5714835917224, -0.07921051144964324],
    standardErrors: [8513960836.992844, 8.513960837124234, 0.16643968144992474],
    sigma: 3.599656629412014,
    rSquared: 0.9784258026518203,
    unexplained: 0.021574197348179704,
  },
  farFromZeroLong: {
    coefficients: [-374959720197.8628, 374.95972020386137, 0.00012894437858311655],
    standardErrors: [1293248880.6035686, 1.2932488806042073, 0.025247608043971023],
    sigma: 3.5033127606760206,
    rSquared: 0.9767956399517158,
    unexplained: 0.023204360048284158,
  },
};

/** The goal: every number of summary(lm()) within 1e-10 of the exact answer. */
function expectExact(fit: TransferFunction, expected: Exact, tolerance = 1e-10) {
  const terms = [fit.intercept, ...fit.drivers.map((name) => fit.coefficients[name])];
  expectRelative(
    terms.map((term) => term?.estimate as number),
    expected.coefficients,
    tolerance,
  );
  expectRelative(
    terms.map((term) => term?.standardError as number),
    expected.standardErrors,
    tolerance,
  );
  expectRelative(fit.residualStandardError, expected.sigma, tolerance);
  expectRelative(fit.rSquared, expected.rSquared, tolerance);
  // 1 − R² as the residual sum of squares over the total (from the moments).
  const residualSquares = fit.residualStandardError ** 2 * fit.degreesOfFreedom.residual;
  expectRelative(residualSquares / (fit.moments.crossProducts[0]?.[0] as number), expected.unexplained, tolerance);
}

describe('fitTransferFunction against exact rational arithmetic', () => {
  it('κ ≈ 1e8: every estimate, standard error and σ̂ within 1e-10 (the normal equations alone: about 1e-9)', () => {
    expectExact(fitTransferFunction(illConditioned(48, 3, 10_000)), exact.illConditioned as Exact);
  });

  it('κ ≈ 3e9: still within 1e-10', () => {
    expectExact(fitTransferFunction(illConditioned(48, 1, 20_000)), exact.veryIllConditioned as Exact);
  });

  it('two near-singular directions at once, κ ≈ 1e8', () => {
    expectExact(fitTransferFunction(twoPairs(60)), exact.twoPairs as Exact);
  });

  it('weighted, κ ≈ 1e8', () => {
    const input = { ...illConditioned(48, 3, 10_000), weights: rows(48).map((row) => 1 + (row % 5)) };
    expectExact(fitTransferFunction(input), exact.weighted as Exact);
  });

  it('a near-perfect fit (1 − R² ≈ 2e-10) keeps every digit of σ̂ and of 1 − R²', () => {
    expectExact(fitTransferFunction(nearPerfect(48)), exact.nearPerfect as Exact);
  });

  it('a driver at 1e9 ± 0.1 is fitted, not refused as constant (one block and four)', () => {
    expectExact(fitTransferFunction(farFromZero(48)), exact.farFromZero as Exact);
    expectExact(fitTransferFunction(farFromZero(2000)), exact.farFromZeroLong as Exact);
  });
});

describe('fitTransferFunctionFromMoments: the accuracy the moments alone allow', () => {
  it('loses about κ·1e-16: within 1e-7 at κ ≈ 1e8, where the rows give 1e-10', () => {
    const fit = fitTransferFunctionFromMoments(transferMoments(illConditioned(48, 3, 10_000)));
    const expected = exact.illConditioned as Exact;
    expectExact(fit, expected, 1e-7);
    const error = Math.abs((fit.coefficients.a?.estimate as number) / (expected.coefficients[1] as number) - 1);
    // Not the rows' accuracy: this is what the refinement pass buys.
    expect(error).toBeGreaterThan(1e-12);
  });

  it('keeps drivers far from zero accurate over many blocks (the rounding of each block center is carried)', () => {
    expectExact(
      fitTransferFunctionFromMoments(transferMoments(farFromZero(2000))),
      exact.farFromZeroLong as Exact,
      1e-11,
    );
  });

  it('near-perfect fits lose σ̂ digits from moments alone (1 − R² is a difference there)', () => {
    const fit = fitTransferFunctionFromMoments(transferMoments(nearPerfect(48)));
    expectRelative(fit.residualStandardError, (exact.nearPerfect as Exact).sigma, 1e-4);
  });
});

describe('constant drivers', () => {
  it('a column of one repeated value is constant however large the value', () => {
    for (const value of [0.1, 1e9 + 0.1, 123_456.789, -7e15]) {
      const outcome = rows(1500).map((row) => row % 7);
      const varying = rows(1500).map((row) => (row * 13) % 11);
      expectCxError(
        () => fitTransferFunction({ outcome, drivers: { varying, fixed: rows(1500).map(() => value) } }),
        'CONSTANT_DRIVER',
        ['drivers', 'fixed'],
      );
    }
  });

  it('a spread of 1e-11 of the mean is still fitted; 1e-14 is constant', () => {
    const outcome = rows(50).map((row) => (row * 7) % 10);
    const base = rows(50).map((row) => (row * 3) % 5);
    const spread = (size: number) => base.map((step) => 1e9 * (1 + size * (step - 2)));
    expect(fitTransferFunction({ outcome, drivers: { level: spread(1e-11) } }).n).toBe(50);
    expectCxError(() => fitTransferFunction({ outcome, drivers: { level: spread(1e-14) } }), 'CONSTANT_DRIVER');
  });
});
