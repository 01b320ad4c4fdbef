/**
 * @internal Scratch space for one case's completed steps as intervals: start, end and
 * whether the company controls each. Sized once for the journey's steps and reused for
 * every case, so measuring a case allocates nothing.
 */
export interface StepIntervals {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly controlled: Uint8Array;
}

/** @internal What {@link coverIntervals} found: lengths of unions, overlaps counted once. */
export interface IntervalCover {
  /** The length of the union of every interval. */
  covered: number;
  /** The length of the union of the controlled intervals. */
  controlled: number;
}

/**
 * @internal Sorts the first `count` intervals by start and measures two unions in one
 * pass: of all of them and of the controlled ones. A case has few steps, usually in
 * order already, so insertion sort beats anything cleverer. Writes into `cover` rather
 * than returning a new object: this runs once per case of logs of millions.
 */
export function coverIntervals(intervals: StepIntervals, count: number, cover: IntervalCover): void {
  const { starts, ends, controlled } = intervals;
  for (let index = 1; index < count; index++) {
    const start = starts[index] as number;
    if ((starts[index - 1] as number) <= start) continue;
    const end = ends[index] as number;
    const flag = controlled[index] as number;
    let position = index - 1;
    while (position >= 0 && (starts[position] as number) > start) {
      starts[position + 1] = starts[position] as number;
      ends[position + 1] = ends[position] as number;
      controlled[position + 1] = controlled[position] as number;
      position--;
    }
    starts[position + 1] = start;
    ends[position + 1] = end;
    controlled[position + 1] = flag;
  }
  let covered = 0;
  let runStart = 0;
  let runEnd = Number.NEGATIVE_INFINITY;
  let controlledTotal = 0;
  let controlledStart = 0;
  let controlledEnd = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < count; index++) {
    const start = starts[index] as number;
    const end = ends[index] as number;
    if (start > runEnd) {
      if (runEnd !== Number.NEGATIVE_INFINITY) covered += runEnd - runStart;
      runStart = start;
      runEnd = end;
    } else if (end > runEnd) runEnd = end;
    if (controlled[index] === 0) continue;
    if (start > controlledEnd) {
      if (controlledEnd !== Number.NEGATIVE_INFINITY) controlledTotal += controlledEnd - controlledStart;
      controlledStart = start;
      controlledEnd = end;
    } else if (end > controlledEnd) controlledEnd = end;
  }
  if (runEnd !== Number.NEGATIVE_INFINITY) covered += runEnd - runStart;
  if (controlledEnd !== Number.NEGATIVE_INFINITY) controlledTotal += controlledEnd - controlledStart;
  cover.covered = covered;
  cover.controlled = controlledTotal;
}
