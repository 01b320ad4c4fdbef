import type { StepControl } from '../stepControls';

/**
 * @internal What a measurement needs of a journey, numbered for the hot loops: each
 * declared event gets a slot (its index in the journey's `events`), the boundary and
 * every step name theirs, and each step is flagged when its control counts as the
 * company's.
 */
export interface JourneyPlan {
  /** The journey's id. */
  readonly id: string;
  /** Slot per declared event name. */
  readonly slotOfName: ReadonlyMap<string, number>;
  /** How many events the journey declares: the width of a case's row in the event table. */
  readonly eventCount: number;
  /** The slot of the boundary start event. */
  readonly startSlot: number;
  /** The slot of the boundary end event. */
  readonly endSlot: number;
  /** The steps as the measure reports them, in the journey's order. */
  readonly steps: readonly { readonly id: string; readonly name: string; readonly control: StepControl }[];
  /** Per step, the slot of its start event. */
  readonly stepStart: Int32Array;
  /** Per step, the slot of its end event. */
  readonly stepEnd: Int32Array;
  /** Per step, 1 when `controlledBy` names its control, else 0. */
  readonly stepControlled: Uint8Array;
}
