import type { DurationStatistics, JourneyMeasure } from '../../journeys/index';
import { type ReportSection, type ReportTable, wingToWingTimeline } from '../../render/index';
import type { JourneyAnalysis } from '../WorkspaceAnalysis';
import { counted, days, drawn, localDay, percent } from './reportText';

function statisticsRow(name: string, statistics: DurationStatistics | null): (string | number)[] {
  return [
    name,
    statistics?.count ?? 0,
    days(statistics?.mean),
    days(statistics?.p5),
    days(statistics?.p50),
    days(statistics?.p95),
    days(statistics?.span),
  ];
}

function measureTable(caption: string, measure: JourneyMeasure<null>): ReportTable {
  const steps = measure.steps.map((step) =>
    statisticsRow(`step: ${step.name}`, measure.summary.steps[step.id] ?? null),
  );
  return {
    caption,
    columns: ['time', 'cases', 'mean', 'P5', 'P50', 'P95', 'span (P95 − P5)'],
    rows: [
      statisticsRow('wing to wing (what the customer feels)', measure.summary.wingToWing),
      statisticsRow('controlled by the company', measure.summary.controlled),
      statisticsRow('waiting (no step running)', measure.summary.waiting),
      ...steps,
    ],
  };
}

/** @internal The report's section for one journey measured wing to wing, before and after where the manifest names two periods. */
export function journeySection(analysis: JourneyAnalysis, timeZone: string): ReportSection {
  const notes: string[] = [];
  const { journey, measure, comparison } = analysis;
  const counts = measure.counts.cases;
  const share = measure.summary.controlledShare;
  const summary = [
    `${counted(counts.total, 'case')} in ${analysis.file}: ${counts.finished} finished wing to wing, ${counts.open} still open on ${localDay(measure.asOf, timeZone)}.`,
    `Wing to wing, the customer waits ${days(measure.summary.wingToWing?.mean)} on average (P50 ${days(measure.summary.wingToWing?.p50)}, P95 ${days(measure.summary.wingToWing?.p95)}); the company controls ${share === null ? 'none' : percent(share)} of that time.`,
  ];
  if (comparison !== null)
    summary.push(`${comparison.before.period.label} → ${comparison.after.period.label}: ${comparison.result.message}`);
  const charts = [
    ...drawn(
      notes,
      `${journey.title}: every case`,
      () => wingToWingTimeline(measure, journey, { title: `${journey.title}: every case` }),
      `${analysis.data}-timeline`,
    ),
  ];
  const tables = [measureTable('Every case', measure)];
  if (comparison !== null) {
    for (const [side, key] of [
      [comparison.before, 'before'],
      [comparison.after, 'after'],
    ] as const) {
      const label = `${side.period.label} (cases started ${side.period.from} to ${side.period.to})`;
      charts.push(
        ...drawn(
          notes,
          `${journey.title}: ${label}`,
          () => wingToWingTimeline(side.measure, journey, { title: `${journey.title}: ${side.period.label}` }),
          `${analysis.data}-timeline-${key}`,
        ),
      );
      tables.push(measureTable(label, side.measure));
    }
  }
  return {
    id: `journey-${analysis.data}`,
    title: journey.title,
    summary: [...summary, ...notes],
    charts,
    tables,
  };
}
