/**
 * The parts of a journey document the timeline reads: its id and title, its stages and
 * which stage each step belongs to. A parsed `journey` document fits as it is.
 *
 * @category Charts
 */
export interface TimelineJourney {
  readonly id: string;
  readonly title: string;
  readonly stages: readonly { readonly id: string; readonly name: string }[];
  readonly steps: readonly { readonly id: string; readonly stage: string }[];
}
