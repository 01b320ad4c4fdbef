import { describe, expect, it } from 'vitest';
import { fitTransferFunction, predict } from '../../src/transfer/index';
import { expectCxError } from '../expectCxError';
import { expectRelative } from './closeTo';
import { mtcars, stackloss } from './datasets';

/*
 * R 4.2, base R:
 *   p <- function(label, x) cat(label, paste(sprintf('%.17g', x), collapse=', '), '\n')
 *   fit <- lm(mpg ~ wt + hp + qsec, data = mtcars)
 *   nd <- data.frame(wt = c(3, 5.5), hp = c(150, 60), qsec = c(18, 22))
 *   for (lvl in c(0.95, 0.9)) for (iv in c('confidence', 'prediction')) {
 *     pr <- predict(fit, nd, interval = iv, level = lvl, se.fit = TRUE)
 *     p(paste(iv, lvl), t(pr$fit)); p('se.fit', pr$se.fit); p('sigma', pr$residual.scale)
 *   }
 *   w <- lm(stack.loss ~ Air.Flow + Water.Temp + Acid.Conc., data = stackloss, weights = 1:21)
 *   nd2 <- data.frame(Air.Flow = 60, Water.Temp = 21, Acid.Conc. = 87)
 *   pr <- predict(w, nd2, interval = 'prediction', weights = 4, se.fit = TRUE); p('wpred', pr$fit); p('se', pr$se.fit)
 *   p('wconf', predict(w, nd2, interval = 'confidence'))
 *
 * R reports se.fit, the standard error of the mean outcome, for both intervals; the
 * prediction interval uses √(se.fit² + σ̂²/weight), written out below.
 */
const sigma = 2.5777848825208176;
const seFit = [0.52055625874624933, 2.0908336663328075];
const rows = [
  { wt: 3, hp: 150, qsec: 18 },
  { wt: 5.5, hp: 60, qsec: 22 },
];
const expected = {
  'confidence 0.95': [
    [21.055801013296545, 19.989489855174515, 22.122112171418575],
    [13.806147234368881, 9.5232686199468226, 18.089025848790939],
  ],
  'prediction 0.95': [
    [21.055801013296545, 15.668858754122141, 26.442743272470949],
    [13.806147234368881, 7.0072372744107909, 20.605057194326971],
  ],
  'confidence 0.9': [
    [21.055801013296545, 20.170266658517559, 21.941335368075531],
    [13.806147234368881, 10.249365406165488, 17.362929062572274],
  ],
  'prediction 0.9': [
    [21.055801013296545, 16.582132702340232, 25.529469324252858],
    [13.806147234368881, 8.1598888240232519, 19.45240564471451],
  ],
};

describe('predict with intervals, as predict.lm(interval = )', () => {
  const fit = fitTransferFunction({
    outcome: mtcars.mpg,
    drivers: { wt: mtcars.wt, hp: mtcars.hp, qsec: mtcars.qsec },
  });

  for (const [label, table] of Object.entries(expected)) {
    const [interval, level] = label.split(' ') as ['confidence' | 'prediction', string];
    it(`${interval} intervals at level ${level}, near the data and far from it`, () => {
      rows.forEach((row, index) => {
        const result = predict(fit, row, { interval, level: Number(level) });
        const standardError =
          interval === 'confidence' ? (seFit[index] as number) : Math.sqrt((seFit[index] as number) ** 2 + sigma ** 2);
        expectRelative(
          [result.estimate, result.lower, result.upper, result.standardError],
          [...(table[index] as number[]), standardError],
          1e-12,
        );
        expect([result.interval, result.level]).toEqual([interval, Number(level)]);
      });
    });
  }

  it('gives the same estimate as predict without options, and 95% by default', () => {
    const plain = predict(fit, rows[0] as Record<string, number>);
    const withInterval = predict(fit, rows[0] as Record<string, number>, { interval: 'confidence' });
    expect(withInterval.estimate).toBe(plain);
    expect(withInterval.level).toBe(0.95);
  });

  it('weighted fits: the new row has weight 1 unless given, as predict.lm(weights = )', () => {
    const weighted = fitTransferFunction({
      outcome: stackloss['stack.loss'],
      drivers: {
        airFlow: stackloss['Air.Flow'],
        waterTemp: stackloss['Water.Temp'],
        acidConcentration: stackloss['Acid.Conc.'],
      },
      weights: Array.from({ length: 21 }, (_, index) => index + 1),
    });
    const row = { airFlow: 60, waterTemp: 21, acidConcentration: 87 };
    const prediction = predict(weighted, row, { interval: 'prediction', weight: 4 });
    expectRelative(
      [prediction.estimate, prediction.lower, prediction.upper],
      [16.022935020685459, 6.0893652939612632, 25.956504747409653],
      1e-12,
    );
    expectRelative(
      prediction.standardError,
      Math.sqrt(0.71123983903742938 ** 2 + weighted.residualStandardError ** 2 / 4),
      1e-12,
    );
    const confidence = predict(weighted, row, { interval: 'confidence' });
    expectRelative(
      [confidence.estimate, confidence.lower, confidence.upper, confidence.standardError],
      [16.022935020685459, 14.522350128708631, 17.523519912662287, 0.71123983903742938],
      1e-12,
    );
  });

  it('names bad options and a fit without what intervals need', () => {
    const row = rows[0] as Record<string, number>;
    const interval = expectCxError(
      () => predict(fit, row, { interval: 'tolerance' as 'confidence' }),
      'INVALID_OPTION',
      ['interval'],
    );
    expect(interval.message).toMatchInlineSnapshot(
      `"Option interval must be "confidence" or "prediction"; received "tolerance"."`,
    );
    expectCxError(() => predict(fit, row, {} as never), 'INVALID_OPTION', ['interval']);
    expectCxError(() => predict(fit, row, { interval: 'confidence', level: 95 }), 'INVALID_OPTION', ['level']);
    expectCxError(() => predict(fit, row, { interval: 'prediction', weight: 0 }), 'INVALID_OPTION', ['weight']);
    expectCxError(() => predict(fit, row, { interval: 'prediction', levle: 0.9 } as never), 'UNKNOWN_OPTION', [
      'levle',
    ]);
    expectCxError(
      () => predict({ ...fit, residualStandardError: Number.NaN }, row, { interval: 'confidence' }),
      'INVALID_TRANSFER_FUNCTION',
      ['residualStandardError'],
    );
    expectCxError(
      () => predict({ ...fit, moments: { ...fit.moments, means: [1] } }, row, { interval: 'confidence' }),
      'INVALID_TRANSFER_FUNCTION',
      ['moments', 'means'],
    );
    // Without options, only the estimate is needed: a fit read back without σ̂ still predicts.
    expect(predict({ ...fit, residualStandardError: Number.NaN }, row)).toBe(predict(fit, row));
  });
});
