/**
 * A run of consecutive periods treated as one span, e.g. the trailing three months.
 *
 * @category Periods
 */
export interface RollingWindow {
  /** First instant in the window, epoch milliseconds. */
  readonly start: number;
  /** First instant after the window, epoch milliseconds. */
  readonly end: number;
  /** `first..last` period labels, e.g. `'2026-09..2026-11'`; one label when the window is one period. */
  readonly label: string;
  /** The label of the window's first period. */
  readonly first: string;
  /** The label of the window's last period; windows are usually reported under it. */
  readonly last: string;
}
