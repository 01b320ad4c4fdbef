import { describe, expectTypeOf, it } from 'vitest';
import {
  type DriverImportance,
  driverImportance,
  fitTransferFunction,
  type MetricTree,
  type PredictedOutcome,
  parseMetricTree,
  predict,
  type TransferFunction,
  type TransferInput,
  type TransferMoments,
  transferMoments,
} from '../../src/transfer/index';

describe('transfer types', () => {
  it('takes typed arrays and plain arrays as columns', () => {
    expectTypeOf(fitTransferFunction).toBeCallableWith({ outcome: new Float64Array(3), drivers: { a: [1, 2, 3] } });
    expectTypeOf(fitTransferFunction).toBeCallableWith(
      { outcome: [1, 2, 3], drivers: { a: new Int32Array(3) }, weights: [1, 1, 1] },
      { missing: 'drop' },
    );
  });

  it('returns plain data, importance keyed by driver, and takes a fit or moments for importance', () => {
    expectTypeOf(fitTransferFunction({ outcome: [1], drivers: { a: [1] } })).toEqualTypeOf<TransferFunction>();
    expectTypeOf(transferMoments({ outcome: [1], drivers: { a: [1] } })).toEqualTypeOf<TransferMoments>();
    expectTypeOf(driverImportance).parameter(0).toEqualTypeOf<TransferFunction | TransferMoments | TransferInput>();
    expectTypeOf<DriverImportance[string]['signedShare']>().toEqualTypeOf<number>();
    expectTypeOf<NonNullable<DriverImportance[string]['interval']>['share']>().toEqualTypeOf<{
      readonly lower: number;
      readonly upper: number;
    }>();
    expectTypeOf<TransferFunction['coefficients'][string]['vif']>().toEqualTypeOf<number>();
  });

  it('predicts a number without options and an interval with them', () => {
    const fit = {} as TransferFunction;
    expectTypeOf(predict(fit, { a: 1 })).toEqualTypeOf<number>();
    expectTypeOf(predict(fit, { a: 1 }, { interval: 'prediction', level: 0.9 })).toEqualTypeOf<PredictedOutcome>();
    // @ts-expect-error: the interval is required once options are given
    predict(fit, { a: 1 }, { level: 0.9 });
  });

  it('rejects an unknown importance method and missing option', () => {
    // @ts-expect-error: 'lmg' is not a method name
    driverImportance({} as TransferMoments, { method: 'lmg' });
    // @ts-expect-error: the method is required
    driverImportance({} as TransferMoments, {});
  });

  it('types a parsed metric tree', () => {
    expectTypeOf(parseMetricTree).returns.toEqualTypeOf<MetricTree>();
    expectTypeOf<MetricTree['edges'][number]['basis']>().toEqualTypeOf<'fitted' | 'declared'>();
  });
});
