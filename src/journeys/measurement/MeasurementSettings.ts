import type { StepControl } from '../stepControls';
import type { SummarizeDurationsOptions } from '../summarizeDurations';
import type { TimeBasis } from '../TimeBasis';

/** @internal The options of a journey measurement, checked once and with their defaults. */
export interface MeasurementSettings {
  /** `asOf`, epoch milliseconds. */
  readonly asOfMs: number;
  readonly time: TimeBasis;
  /** For business time, the clock that stands still outside business days; `undefined` for calendar time. */
  readonly clock: ((epoch: number) => number) | undefined;
  /** Without repeats, in the order given. */
  readonly controlledBy: readonly StepControl[];
  readonly includeCases: boolean;
  /** The settings of the duration summaries to make, or `undefined` for none. */
  readonly summarySettings: SummarizeDurationsOptions | undefined;
}
