import type { Scale } from '../metrics/Scale';
import type { InvalidScorePolicy } from '../metrics/ScoreCounts';
import type { MissingValuePolicy } from '../transfer/TransferInput';

/**
 * @internal What the main thread sends a worker: the arrays (shared, or copies of the
 * worker's rows transferred to it) and the rows `[start, end)` of them to summarize.
 */
export type SummaryTask =
  | {
      readonly kind: 'counts';
      readonly scores: ArrayLike<number>;
      readonly start: number;
      readonly end: number;
      readonly scale: Scale;
      readonly invalid: InvalidScorePolicy;
    }
  | {
      readonly kind: 'moments';
      readonly outcome: ArrayLike<number>;
      readonly drivers: Readonly<Record<string, ArrayLike<number>>>;
      readonly weights: ArrayLike<number> | undefined;
      readonly start: number;
      readonly end: number;
      readonly missing: MissingValuePolicy;
    };
