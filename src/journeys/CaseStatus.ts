/**
 * What happened to a case:
 * - `'finished'`: both boundary events seen, the end not before the start; measured.
 * - `'open'`: the start seen, the end not (yet) by `asOf`; its age is measured, its
 *   durations are not — it is never counted as finished.
 * - `'no-start'`: no boundary start event (say, only the end): set aside, counted.
 * - `'end-before-start'`: the end event is earlier than the start: set aside, counted.
 *
 * @category Journey measurement
 */
export type CaseStatus = 'finished' | 'open' | 'no-start' | 'end-before-start';
