import type { Journey } from '../journeyDocument';
import type { StepControl } from '../stepControls';
import type { JourneyPlan } from './JourneyPlan';

/**
 * @internal Numbers a valid journey's events and steps for measurement (every name the
 * boundary and the steps use must be declared: the journey's checks see to it).
 */
export function planJourney(journey: Journey, controlledBy: readonly StepControl[]): JourneyPlan {
  const slotOfName = new Map<string, number>(journey.events.map((event, slot) => [event.name, slot]));
  const stepCount = journey.steps.length;
  const stepStart = new Int32Array(stepCount);
  const stepEnd = new Int32Array(stepCount);
  const stepControlled = new Uint8Array(stepCount);
  journey.steps.forEach((step, index) => {
    stepStart[index] = slotOfName.get(step.startEvent) as number;
    stepEnd[index] = slotOfName.get(step.endEvent) as number;
    stepControlled[index] = controlledBy.includes(step.control) ? 1 : 0;
  });
  return {
    id: journey.id,
    slotOfName,
    eventCount: journey.events.length,
    startSlot: slotOfName.get(journey.boundary.start) as number,
    endSlot: slotOfName.get(journey.boundary.end) as number,
    steps: journey.steps.map((step) => ({ id: step.id, name: step.name, control: step.control })),
    stepStart,
    stepEnd,
    stepControlled,
  };
}
