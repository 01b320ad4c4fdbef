/**
 * The part of a text a finding is about, so that an editor can underline it: offsets
 * into the string found at the finding's `path`, counted in UTF-16 code units as
 * JavaScript's `String.prototype.slice` counts them, end exclusive. `text` is the
 * matched text as written (`statement.slice(start, end)`).
 *
 * @category Findings
 */
export interface TextSpan {
  /** Offset of the first character of the match. */
  readonly start: number;
  /** Offset just after the last character of the match. */
  readonly end: number;
  /** The matched text, exactly as it stands in the string. */
  readonly text: string;
}
