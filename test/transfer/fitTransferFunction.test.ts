import { describe, expect, it } from 'vitest';
import {
  fitTransferFunction,
  fitTransferFunctionFromMoments,
  type TransferFunction,
  transferMoments,
} from '../../src/transfer/index';
import { expectCxError } from '../expectCxError';
import { expectRelative, normalStream } from './closeTo';
import { mtcars, stackloss, swiss } from './datasets';

/** The columns of summary(lm())$coefficients, in R's row order (intercept first). */
function coefficientTable(fit: TransferFunction): number[][] {
  return [fit.intercept, ...fit.drivers.map((name) => fit.coefficients[name])].map((row) => [
    row?.estimate as number,
    row?.standardError as number,
    row?.t as number,
    row?.pValue as number,
  ]);
}

function expectSummary(
  fit: TransferFunction,
  expected: {
    coefficients: number[][];
    rSquared: number;
    adjustedRSquared: number;
    sigma: number;
    f: number;
    fPValue: number;
    residualDf: number;
  },
) {
  const table = coefficientTable(fit);
  expected.coefficients.forEach((row, index) => {
    expectRelative(table[index] as number[], row);
  });
  expectRelative(
    [fit.rSquared, fit.adjustedRSquared, fit.residualStandardError, fit.fStatistic.value, fit.fStatistic.pValue],
    [expected.rSquared, expected.adjustedRSquared, expected.sigma, expected.f, expected.fPValue],
  );
  expect(fit.degreesOfFreedom).toEqual({ model: fit.drivers.length, residual: expected.residualDf });
}

/*
 * The expected numbers below were printed by this R script (R 4.2, base R only):
 *
 *   p <- function(label, x) cat(label, paste(sprintf('%.17g', x), collapse=', '), '\n')
 *   show <- function(fit) {
 *     s <- summary(fit); cf <- coef(s)
 *     for (r in rownames(cf)) p(r, cf[r, ])
 *     p('r2/adj/sigma', c(s$r.squared, s$adj.r.squared, s$sigma))
 *     p('F', s$fstatistic)
 *     p('Fp', pf(s$fstatistic[1], s$fstatistic[2], s$fstatistic[3], lower.tail = FALSE))
 *   }
 *   fit <- lm(mpg ~ wt + hp + qsec, data = mtcars); show(fit)
 *   X <- mtcars[, c('wt', 'hp', 'qsec')]
 *   p('vif', diag(solve(cor(X))))
 *   p('std', coef(fit)[-1] * sapply(X, sd) / sd(mtcars$mpg))
 *   p('vcov', vcov(fit))
 *   show(lm(stack.loss ~ Air.Flow + Water.Temp + Acid.Conc., data = stackloss))
 *   show(lm(stack.loss ~ Air.Flow + Water.Temp + Acid.Conc., data = stackloss, weights = 1:21))
 *   show(lm(Fertility ~ ., data = swiss)); p('vif', diag(solve(cor(swiss[, -1]))))
 */
describe('fitTransferFunction against R (summary(lm()))', () => {
  const mtcarsFit = () =>
    fitTransferFunction({ outcome: mtcars.mpg, drivers: { wt: mtcars.wt, hp: mtcars.hp, qsec: mtcars.qsec } });

  it('mtcars: mpg ~ wt + hp + qsec', () => {
    const fit = mtcarsFit();
    expectSummary(fit, {
      coefficients: [
        [27.610526858204938, 8.4199284765393205, 3.2791878143783419, 0.0027845556611020826],
        [-4.3587972001626856, 0.7527003922347395, -5.7908794058437758, 3.2172215296399067e-6],
        [-0.017822271605542488, 0.014981168848936303, -1.1896449325986944, 0.24417624090336654],
        [0.51083369424505742, 0.43922153203755343, 1.1630433778492015, 0.2546283810265022],
      ],
      rSquared: 0.83476776170582967,
      adjustedRSquared: 0.81706430760288284,
      sigma: 2.5777848825208176,
      f: 47.152818701457747,
      fPValue: 4.5064110240248436e-11,
      residualDf: 28,
    });
    expect(fit.n).toBe(32);
    expectRelative(
      fit.drivers.map((name) => fit.coefficients[name]?.vif as number),
      [2.5304427501289801, 4.9219557480794895, 2.8738037543873913],
    );
    expectRelative(
      fit.drivers.map((name) => fit.coefficients[name]?.standardized as number),
      [-0.70763801614375976, -0.20274707094052394, 0.15145821845687824],
    );
    // vcov(fit), column by column (symmetric).
    expectRelative(
      fit.covariance.flat(),
      [
        70.895195550037755, 2.6923056666197325, -0.099034986655162319, -3.6317482112388078, 2.6923056666197325,
        0.56655788047033073, -0.0086788867119381996, -0.18163623856042965, -0.099034986655162319,
        -0.0086788867119381996, 0.00022443542008033945, 0.005268450969737974, -3.6317482112388078, -0.18163623856042965,
        0.005268450969737974, 0.19291555420541553,
      ],
    );
  });

  it('stackloss: stack.loss ~ Air.Flow + Water.Temp + Acid.Conc.', () => {
    const fit = fitTransferFunction({
      outcome: stackloss['stack.loss'],
      drivers: {
        airFlow: stackloss['Air.Flow'],
        waterTemp: stackloss['Water.Temp'],
        acidConcentration: stackloss['Acid.Conc.'],
      },
    });
    expectSummary(fit, {
      coefficients: [
        [-39.919674420123961, 11.89599685064427, -3.355723351419849, 0.0037503068322602747],
        [0.71564020048528332, 0.13485818535537247, 5.306613006837213, 5.7990247242528837e-5],
        [1.2952861243885729, 0.36802426527270421, 3.5195671769870178, 0.0026300543964889725],
        [-0.1521225191486526, 0.15629404324862134, -0.9733097691168372, 0.34404609669643671],
      ],
      rSquared: 0.91357690446068163,
      adjustedRSquared: 0.89832576995374303,
      sigma: 3.2433639181852292,
      f: 59.902225899656621,
      fPValue: 3.0163272434212585e-9,
      residualDf: 17,
    });
  });

  it('stackloss weighted by 1:21, as lm(weights = 1:21)', () => {
    const fit = fitTransferFunction({
      outcome: stackloss['stack.loss'],
      drivers: {
        airFlow: stackloss['Air.Flow'],
        waterTemp: stackloss['Water.Temp'],
        acidConcentration: stackloss['Acid.Conc.'],
      },
      weights: Float64Array.from({ length: 21 }, (_, index) => index + 1),
    });
    expect(fit.weighted).toBe(true);
    expectSummary(fit, {
      coefficients: [
        [-36.372310329004044, 9.7132796731488398, -3.7445962180570995, 0.0016137486092997289],
        [0.49129822596959372, 0.12424613097262766, 3.9542336016711084, 0.0010238954517000996],
        [1.2806653324039441, 0.33453878491338013, 3.8281520414308257, 0.0013460199760612717],
        [-0.045708278034125784, 0.12961343676595344, -0.35265076811953133, 0.72868465730083731],
      ],
      rSquared: 0.8148344640948586,
      adjustedRSquared: 0.78215819305277479,
      sigma: 9.3084675915690021,
      f: 24.936580524914636,
      fPValue: 1.8642775134728014e-6,
      residualDf: 17,
    });
  });

  it('swiss: Fertility ~ . (five drivers), with VIFs', () => {
    const { Fertility, ...drivers } = swiss;
    const fit = fitTransferFunction({ outcome: Fertility, drivers });
    expectSummary(fit, {
      coefficients: [
        [66.915181678968693, 10.70603758533044, 6.2502285411977994, 1.9060512879269924e-7],
        [-0.17211397094145539, 0.070303923178648128, -2.4481417701839971, 0.018727154385175502],
        [-0.25800823983472415, 0.25387820089209856, -1.0162677966367852, 0.31546172314372584],
        [-0.87094006293942372, 0.18302860157125891, -4.7584915989227987, 2.4306045907379241e-5],
        [0.10411533074376744, 0.035257852536168949, 2.9529685801754848, 0.0051900785451659557],
        [1.077048140690988, 0.3817196508580713, 2.8215684947575559, 0.0073357153206014721],
      ],
      rSquared: 0.70673500159272551,
      adjustedRSquared: 0.67097097739671641,
      sigma: 7.1653688320027333,
      f: 19.76105926221776,
      fPValue: 5.5937985411351463e-10,
      residualDf: 41,
    });
    expectRelative(
      fit.drivers.map((name) => fit.coefficients[name]?.vif as number),
      [2.2841293775972944, 3.6754195755443386, 2.7749427811269514, 1.9371603802631256, 1.1075422255569538],
    );
  });

  it('drops rows with NaN listwise on request, reports the count, and matches R on the rest', () => {
    const withGaps = (column: readonly number[], gap: number) => [...column.slice(0, 5), gap, ...column.slice(5), gap];
    const fit = fitTransferFunction(
      {
        outcome: withGaps(mtcars.mpg, Number.NaN),
        drivers: { wt: withGaps(mtcars.wt, 3), hp: withGaps(mtcars.hp, Number.NaN), qsec: withGaps(mtcars.qsec, 18) },
      },
      { missing: 'drop' },
    );
    expect([fit.n, fit.dropped]).toEqual([32, 2]);
    expectRelative(fit.intercept.estimate, 27.610526858204938);
    expectRelative(fit.residualStandardError, 2.5777848825208176);
  });

  it('refines the fit of its moments (the same to 1e-12 here), and is the same for typed and plain arrays', () => {
    const input = { outcome: mtcars.mpg, drivers: { wt: mtcars.wt, hp: mtcars.hp } };
    const typed = {
      outcome: Float64Array.from(mtcars.mpg),
      drivers: { wt: Float64Array.from(mtcars.wt), hp: Int32Array.from(mtcars.hp) },
    };
    const fit = fitTransferFunction(input);
    const fromMoments = fitTransferFunctionFromMoments(transferMoments(input));
    expect(fit.moments).toEqual(fromMoments.moments);
    expectRelative(coefficientTable(fit).flat(), coefficientTable(fromMoments).flat(), 1e-12);
    expectRelative(fit.residualStandardError, fromMoments.residualStandardError, 1e-12);
    expect(fitTransferFunction(typed)).toEqual(fit);
  });

  it('survives a JSON round trip of the result and of the moments', () => {
    const fit = mtcarsFit();
    expect(JSON.parse(JSON.stringify(fit))).toEqual(fit);
    const moments = JSON.parse(JSON.stringify(fit.moments));
    expect(fitTransferFunctionFromMoments(moments)).toEqual(fitTransferFunctionFromMoments(fit.moments));
  });
});

describe('fitTransferFunction on synthetic data', () => {
  it('recovers known coefficients: y = 2 + 3·x₁ − 1.5·x₂ + 0.5·x₃ + noise(σ = 0.5)', () => {
    const normal = normalStream(42);
    const n = 20_000;
    const x1 = new Float64Array(n);
    const x2 = new Float64Array(n);
    const x3 = new Float64Array(n);
    const y = new Float64Array(n);
    for (let row = 0; row < n; row++) {
      x1[row] = normal();
      x2[row] = 0.5 * (x1[row] as number) + normal(); // correlated with x₁
      x3[row] = 10 + 3 * normal();
      y[row] = 2 + 3 * (x1[row] as number) - 1.5 * (x2[row] as number) + 0.5 * (x3[row] as number) + 0.5 * normal();
    }
    const fit = fitTransferFunction({ outcome: y, drivers: { x1, x2, x3 } });
    const truth = { x1: 3, x2: -1.5, x3: 0.5 };
    for (const [name, value] of Object.entries(truth)) {
      const coefficient = fit.coefficients[name];
      // Within four standard errors of the truth, and the standard error small.
      expect(Math.abs((coefficient?.estimate as number) - value)).toBeLessThan(
        4 * (coefficient?.standardError as number),
      );
      expect(coefficient?.standardError).toBeLessThan(0.01);
    }
    expect(Math.abs(fit.intercept.estimate - 2)).toBeLessThan(4 * fit.intercept.standardError);
    expect(Math.abs(fit.residualStandardError - 0.5)).toBeLessThan(0.02);
  });

  it('keeps its accuracy when drivers sit far from zero (centered accumulation)', () => {
    const normal = normalStream(7);
    const n = 5000;
    const x = Float64Array.from({ length: n }, () => normal());
    const z = Float64Array.from({ length: n }, () => normal());
    const y = Float64Array.from(x, (value, row) => 1 + 2 * value - (z[row] as number) + normal());
    const near = fitTransferFunction({ outcome: y, drivers: { x, z } });
    // Shifting a driver by 1e7 changes only the intercept; a naive Σx² − n·x̄² would lose ~14 digits here.
    const far = fitTransferFunction({ outcome: y, drivers: { x: x.map((value) => value + 1e7), z } });
    expectRelative(far.coefficients.x?.estimate as number, near.coefficients.x?.estimate as number, 1e-7);
    expectRelative(far.coefficients.x?.standardError as number, near.coefficients.x?.standardError as number, 1e-7);
    expectRelative(far.rSquared, near.rSquared, 1e-9);
    expectRelative(
      far.intercept.estimate,
      near.intercept.estimate - 1e7 * (near.coefficients.x?.estimate as number),
      1e-7,
    );
  });

  it('handles more rows than one block, with blocks of unequal size', () => {
    // 1000 rows on a line with a known residual pattern: y = 5 + 2x + e, e alternating ±1.
    const x = Array.from({ length: 1000 }, (_, row) => row % 37);
    const y = x.map((value, row) => 5 + 2 * value + (row % 2 === 0 ? 1 : -1));
    const fit = fitTransferFunction({ outcome: y, drivers: { x } });
    expect(fit.n).toBe(1000);
    // e is nearly uncorrelated with x here, so the slope is close to 2; the exact value from
    // the normal equations is 2 + Sxe/Sxx, with Sxe and Sxx summed by hand below.
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const xBar = mean(x);
    const errors = y.map((value, row) => value - 5 - 2 * (x[row] as number));
    const eBar = mean(errors);
    const sxx = x.reduce((sum, value) => sum + (value - xBar) ** 2, 0);
    const sxe = x.reduce((sum, value, row) => sum + (value - xBar) * ((errors[row] as number) - eBar), 0);
    expectRelative(fit.coefficients.x?.estimate as number, 2 + sxe / sxx, 1e-12);
  });
});

describe('fitTransferFunction refuses bad input, naming the place', () => {
  const good = { outcome: [1, 2, 3, 5, 4], drivers: { a: [1, 3, 2, 5, 4], b: [2, 1, 4, 3, 6] } };

  it('rejects rows with NaN by default, naming the first and counting them', () => {
    const error = expectCxError(
      () => fitTransferFunction({ ...good, drivers: { a: [1, Number.NaN, 2, 5, 4], b: [2, 1, 4, Number.NaN, 6] } }),
      'MISSING_VALUES',
      ['drivers', 'a', 1],
    );
    expect(error.details).toEqual({ rows: [1, 3], count: 2 });
    expect(error.message).toMatchInlineSnapshot(
      `"Rows with missing values (NaN) found, first at drivers.a[1] (2 rows in all). Pass { missing: 'drop' } to leave such rows out and count them, or fill them in."`,
    );
  });

  it('rejects Infinity even when dropping missing values', () => {
    expectCxError(
      () => fitTransferFunction({ ...good, outcome: [1, 2, Number.POSITIVE_INFINITY, 5, 4] }, { missing: 'drop' }),
      'NON_FINITE_VALUE',
      ['outcome', 2],
    );
  });

  it('rejects values that are not numbers', () => {
    expectCxError(
      () =>
        fitTransferFunction({ ...good, drivers: { a: [1, 3, '2', 5, 4] as unknown as number[], b: good.drivers.b } }),
      'INVALID_INPUT',
      ['drivers', 'a', 2],
    );
    expectCxError(
      () =>
        fitTransferFunction({ ...good, drivers: { a: [1, 3, null, 5, 4] as unknown as number[], b: good.drivers.b } }),
      'INVALID_INPUT',
      ['drivers', 'a', 2],
    );
  });

  it('names a constant driver, and every constant driver', () => {
    const error = expectCxError(
      () =>
        fitTransferFunction({
          ...good,
          drivers: { a: [2, 2, 2, 2, 2], b: good.drivers.b, c: [0.1, 0.1, 0.1, 0.1, 0.1] },
        }),
      'CONSTANT_DRIVER',
      ['drivers', 'a'],
    );
    expect(error.details).toEqual({ drivers: ['a', 'c'] });
  });

  it('names perfectly collinear drivers and what they are a combination of', () => {
    const error = expectCxError(
      () =>
        fitTransferFunction({
          outcome: [1, 2, 3, 5, 4, 7],
          drivers: { a: [1, 3, 2, 5, 4, 1], b: [2, 1, 4, 3, 6, 2], c: [1, 1, 1, 2, 2, 2], total: [3, 4, 6, 8, 10, 3] },
        }),
      'COLLINEAR_DRIVERS',
      ['drivers', 'total'],
    );
    expect(error.details).toEqual({ driver: 'total', combinationOf: ['a', 'b'] });
  });

  it('refuses fewer rows than parameters plus one', () => {
    expectCxError(
      () => fitTransferFunction({ outcome: [1, 2, 4], drivers: { a: [1, 3, 2], b: [2, 1, 5] } }),
      'TOO_FEW_ROWS',
      [],
    );
    expectCxError(
      () =>
        fitTransferFunction(
          { outcome: [1, 2, 4, Number.NaN], drivers: { a: [1, 3, 2, 4], b: [2, 1, 5, 4] } },
          { missing: 'drop' },
        ),
      'TOO_FEW_ROWS',
    );
  });

  it('refuses columns of different lengths, no drivers, and unknown fields', () => {
    expectCxError(
      () => fitTransferFunction({ ...good, drivers: { a: [1, 2, 3], b: good.drivers.b } }),
      'MISMATCHED_COLUMNS',
      ['drivers', 'a'],
    );
    expectCxError(() => fitTransferFunction({ ...good, weights: [1, 2] }), 'MISMATCHED_COLUMNS', ['weights']);
    expectCxError(() => fitTransferFunction({ outcome: [1, 2, 3], drivers: {} }), 'NO_DRIVERS', ['drivers']);
    expectCxError(() => fitTransferFunction({ ...good, weight: [1, 1, 1, 1, 1] } as never), 'INVALID_INPUT', [
      'weight',
    ]);
    expectCxError(() => fitTransferFunction({ ...good, outcome: 'mpg' } as never), 'INVALID_INPUT', ['outcome']);
    expectCxError(() => fitTransferFunction(good, { missing: 'skip' } as never), 'INVALID_OPTION', ['missing']);
    expectCxError(() => fitTransferFunction(good, { mising: 'drop' } as never), 'UNKNOWN_OPTION', ['mising']);
  });

  it('refuses weights that are not positive and finite', () => {
    for (const bad of [0, -1, Number.POSITIVE_INFINITY]) {
      expectCxError(() => fitTransferFunction({ ...good, weights: [1, 1, bad, 1, 1] }), 'INVALID_WEIGHT', [
        'weights',
        2,
      ]);
    }
  });

  it('refuses a constant outcome and an outcome the drivers compute exactly', () => {
    expectCxError(() => fitTransferFunction({ ...good, outcome: [3, 3, 3, 3, 3] }), 'CONSTANT_OUTCOME', ['outcome']);
    const { a, b } = good.drivers;
    expectCxError(
      () => fitTransferFunction({ ...good, outcome: a.map((value, row) => 1 + value - 2 * (b[row] as number)) }),
      'PERFECT_FIT',
      ['outcome'],
    );
  });

  it('refuses values so large that their squares overflow', () => {
    expectCxError(
      () => fitTransferFunction({ ...good, outcome: good.outcome.map((value) => value * 1e200) }),
      'VALUES_TOO_LARGE',
    );
  });
});
