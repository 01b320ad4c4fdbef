import type { TransferMoments } from './transferMoments';

/**
 * An estimated coefficient with its standard error, t statistic and two-sided p-value
 * (the columns of R's `summary(lm(...))`).
 *
 * @category Transfer functions
 */
export interface CoefficientEstimate {
  readonly estimate: number;
  readonly standardError: number;
  /** `estimate / standardError`. */
  readonly t: number;
  /** Two-sided, from Student's t with the residual degrees of freedom. */
  readonly pValue: number;
}

/**
 * A driver's coefficient: how much the outcome moves per unit of the driver, others held
 * fixed, with its standardized form and variance inflation factor.
 *
 * @category Transfer functions
 */
export interface DriverCoefficient extends CoefficientEstimate {
  /** The standardized (beta) coefficient: the estimate × the driver's sd ÷ the outcome's sd. */
  readonly standardized: number;
  /**
   * The variance inflation factor `1 / (1 − R²ⱼ)`, with R²ⱼ from regressing this driver on
   * the others: 1 means unrelated to the other drivers; above 5–10 its estimate is unstable.
   */
  readonly vif: number;
}

/**
 * A fitted transfer function `Y = b₀ + b₁X₁ + … + bₖXₖ` from operational drivers to the
 * ultimate CX metric, with everything R's `summary(lm(...))` reports and what
 * {@link predict}, {@link whatIf} and {@link driverImportance} need. Plain JSON.
 *
 * @category Transfer functions
 */
export interface TransferFunction {
  readonly kind: 'transfer-function';
  /** The driver names, in the order of `covariance` after the intercept. */
  readonly drivers: readonly string[];
  readonly intercept: CoefficientEstimate;
  readonly coefficients: Readonly<Record<string, DriverCoefficient>>;
  /** The share of the outcome's (weighted) variance the drivers explain. */
  readonly rSquared: number;
  /** R² penalized for the number of drivers: `1 − (1 − R²)(n − 1)/(n − k − 1)`. */
  readonly adjustedRSquared: number;
  /** The residual standard error σ̂ (R's `sigma`), in the outcome's unit. */
  readonly residualStandardError: number;
  /** Rows used. */
  readonly n: number;
  /** Rows left out for missing values. */
  readonly dropped: number;
  readonly weighted: boolean;
  /** `model`: the number of drivers k; `residual`: n − k − 1. */
  readonly degreesOfFreedom: { readonly model: number; readonly residual: number };
  /** The overall F test that every driver coefficient is 0. */
  readonly fStatistic: { readonly value: number; readonly pValue: number };
  /**
   * The estimated covariance matrix of the coefficients (R's `vcov`), rows and columns in
   * the order intercept, then `drivers`.
   */
  readonly covariance: readonly (readonly number[])[];
  /** The moments the function was fitted from, for importance and later merges. */
  readonly moments: TransferMoments;
}
