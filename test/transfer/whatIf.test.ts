import { describe, expect, it } from 'vitest';
import { fitTransferFunction, predict, whatIf } from '../../src/transfer/index';
import { expectCxError } from '../expectCxError';
import { expectRelative } from './closeTo';
import { mtcars } from './datasets';

/*
 * R (base):
 *   fit <- lm(mpg ~ wt + hp + qsec, data = mtcars)
 *   b <- data.frame(wt = 3, hp = 150, qsec = 18); a <- data.frame(wt = 2.5, hp = 170, qsec = 18)
 *   sprintf('%.17g', c(predict(fit, b), predict(fit, a)))
 *   cvec <- c(0, -0.5, 20, 0)
 *   est <- sum(cvec * coef(fit)); se <- sqrt(drop(t(cvec) %*% vcov(fit) %*% cvec)); q <- qt(0.975, fit$df.residual)
 *   sprintf('%.17g', c(est, se, est - q * se, est + q * se))
 */
describe('predict and whatIf against R', () => {
  const fit = fitTransferFunction({
    outcome: mtcars.mpg,
    drivers: { wt: mtcars.wt, hp: mtcars.hp, qsec: mtcars.qsec },
  });
  const baseline = { wt: 3, hp: 150, qsec: 18 };

  it('predicts as predict.lm', () => {
    expectRelative(predict(fit, baseline), 21.055801013296545);
    expectRelative(predict(fit, { wt: 2.5, hp: 170, qsec: 18 }), 22.878754181267034);
  });

  it('gives the mean change with its standard error and t interval', () => {
    const result = whatIf(fit, baseline, { wt: -0.5, hp: 20 });
    expectRelative([result.baseline, result.changed], [21.055801013296545, 22.878754181267034]);
    expectRelative(
      [result.change.estimate, result.change.standardError, result.change.lower, result.change.upper],
      [1.8229531679704931, 0.63638932454000396, 0.51936873062049727, 3.1265376053204887],
    );
    expect(result.change.level).toBe(0.95);
    expect(Object.keys(result.contributions)).toEqual(['wt', 'hp']);
    expectRelative(
      (result.contributions.wt as number) + (result.contributions.hp as number),
      result.change.estimate,
      1e-12,
    );
  });

  it('widens the interval with the level and does not depend on the baseline', () => {
    const narrow = whatIf(fit, baseline, { wt: -0.5 }, { level: 0.8 });
    const wide = whatIf(fit, baseline, { wt: -0.5 }, { level: 0.99 });
    expect(wide.change.upper - wide.change.lower).toBeGreaterThan(narrow.change.upper - narrow.change.lower);
    const elsewhere = whatIf(fit, { wt: 5, hp: 60, qsec: 22 }, { wt: -0.5 }, { level: 0.8 });
    expect(elsewhere.change).toEqual(narrow.change);
  });

  it('names missing, unknown and bad driver values', () => {
    expectCxError(() => predict(fit, { wt: 3, hp: 150 }), 'MISSING_DRIVER', ['row', 'qsec']);
    const unknown = expectCxError(() => predict(fit, { ...baseline, hps: 1 }), 'UNKNOWN_DRIVER', ['row', 'hps']);
    expect(unknown.message).toContain('did you mean "hp"?');
    expectCxError(() => predict(fit, { ...baseline, hp: Number.NaN }), 'INVALID_INPUT', ['row', 'hp']);
    expectCxError(() => whatIf(fit, baseline, { weight: -1 }), 'UNKNOWN_DRIVER', ['changes', 'weight']);
    expectCxError(() => whatIf(fit, { wt: 3 }, { wt: -1 }), 'MISSING_DRIVER', ['baseline', 'hp']);
    expectCxError(() => whatIf(fit, baseline, { wt: -1 }, { level: 1 }), 'INVALID_OPTION', ['level']);
    expectCxError(() => predict({ ...fit, covariance: [] }, baseline), 'INVALID_TRANSFER_FUNCTION', ['covariance']);
    expectCxError(() => predict({ kind: 'transfer-moments' } as never, baseline), 'INVALID_INPUT');
  });
});
