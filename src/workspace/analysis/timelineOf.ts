// Types from the files that declare them (see WorkspaceAnalysis.ts for why).
import type { JourneyEventColumns } from '../../journeys/JourneyEvents';
import type { JourneyMeasure } from '../../journeys/JourneyMeasure';
import type { Journey } from '../../journeys/journeyDocument';
import type { JourneyTimeline } from '../../render/journeyTimeline';
import { typeSevenQuantiles } from '../../stats/typeSevenQuantiles';

/**
 * @internal A journey's steps laid out in time from the boundary start, over the cases
 * that finished by `asOf`: for each step, the median offset of its start event and of its
 * end event from the case's boundary start (the first occurrence of each event, as
 * `measureJourney` reads a case; events after `asOf` or outside the case's boundary set
 * aside), and the wing-to-wing time's P5, P50 and P95. Calendar time, as the workspace
 * measures journeys. Steps are laid out by median offsets, so a step's bar shows when it
 * typically runs; where steps overlap or leave gaps, so do their bars.
 */
export function timelineOf(
  journey: Journey,
  events: JourneyEventColumns,
  measure: JourneyMeasure<null>,
  asOf: number,
): JourneyTimeline {
  const slotOf = new Map<string, number>(journey.events.map((event, slot) => [event.name, slot]));
  const eventCount = journey.events.length;
  const slotOfIndex = events.eventNames.map((name) => slotOf.get(name) ?? -1);
  let caseCount = 0;
  for (let row = 0; row < events.caseIndex.length; row++)
    caseCount = Math.max(caseCount, (events.caseIndex[row] as number) + 1);
  const table = new Float64Array(caseCount * eventCount).fill(Number.POSITIVE_INFINITY);
  for (let row = 0; row < events.at.length; row++) {
    const slot = slotOfIndex[events.eventIndex[row] as number] as number;
    const at = events.at[row] as number;
    if (slot < 0 || at > asOf) continue;
    const cell = (events.caseIndex[row] as number) * eventCount + slot;
    if (at < (table[cell] as number)) table[cell] = at;
  }
  const startSlot = slotOf.get(journey.boundary.start) as number;
  const endSlot = slotOf.get(journey.boundary.end) as number;
  const stepSlots = journey.steps.map((step) => [slotOf.get(step.startEvent), slotOf.get(step.endEvent)] as const);
  const starts = journey.steps.map(() => [] as number[]);
  const ends = journey.steps.map(() => [] as number[]);
  for (let caseNumber = 0; caseNumber < caseCount; caseNumber++) {
    const base = caseNumber * eventCount;
    const start = table[base + startSlot] as number;
    const end = table[base + endSlot] as number;
    if (!(start !== Number.POSITIVE_INFINITY && end !== Number.POSITIVE_INFINITY && end >= start)) continue;
    const offset = (slot: number | undefined) => {
      const at = slot === undefined ? Number.POSITIVE_INFINITY : (table[base + slot] as number);
      return at >= start && at <= end ? at - start : undefined;
    };
    stepSlots.forEach(([from, to], step) => {
      const begin = offset(from);
      const finish = offset(to);
      if (begin === undefined || finish === undefined || finish < begin) return;
      (starts[step] as number[]).push(begin);
      (ends[step] as number[]).push(finish);
    });
  }
  const median = (values: readonly number[]) => typeSevenQuantiles(Float64Array.from(values), [0.5])[0] as number;
  const stageName = new Map(journey.stages.map((stage) => [stage.id, stage.name]));
  const wingToWing = measure.summary.wingToWing;
  return {
    journey: journey.title,
    cases: wingToWing?.count ?? 0,
    end: wingToWing === null ? null : { p5: wingToWing.p5, p50: wingToWing.p50, p95: wingToWing.p95 },
    steps: journey.steps.map((step, index) => {
      const done = (starts[index] as number[]).length;
      return {
        name: step.name,
        stage: stageName.get(step.stage) ?? step.stage,
        controlled: measure.controlledBy.includes(step.control),
        control: step.control,
        cases: done,
        ...(done === 0
          ? { start: null, end: null }
          : { start: median(starts[index] as number[]), end: median(ends[index] as number[]) }),
      };
    }),
  };
}
