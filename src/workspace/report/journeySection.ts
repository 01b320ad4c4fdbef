import type { DurationStatistics, JourneyMeasure } from '../../journeys/index';
import { journeyComparisonChart, journeyTimeline, type ReportSection, type ReportTable } from '../../render/index';
import type { JourneyAnalysis } from '../WorkspaceAnalysis';
import { counted, days, drawn, localDay, percent } from './reportText';

const day = 86_400_000;

/** @internal The anchor of a journey's section. */
export function journeySectionId(analysis: JourneyAnalysis): string {
  return `journey-${analysis.data}`;
}

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
    statisticsRow(`${step.name} (${step.control})`, measure.summary.steps[step.id] ?? null),
  );
  return {
    caption,
    columns: ['time', 'cases', 'mean', 'P5', 'P50', 'P95', 'span (P95 − P5)'],
    rows: [
      statisticsRow('Wing to wing (what the customer feels)', measure.summary.wingToWing),
      statisticsRow('Controlled by the company', measure.summary.controlled),
      statisticsRow('Waiting (no step running)', measure.summary.waiting),
      ...steps,
    ],
  };
}

// A change in days, signed, with the factor when a duration doubled or halved.
function changeWords(before: DurationStatistics | null, after: DurationStatistics | null): string {
  if (before === null || after === null) return '–';
  const change = (after.p50 - before.p50) / day;
  const sign = change > 0.05 ? '+' : change < -0.05 ? '−' : '±';
  const factor =
    before.p50 > 0 && (after.p50 >= 2 * before.p50 || after.p50 <= before.p50 / 2)
      ? ` (×${(after.p50 / before.p50).toFixed(1)})`
      : '';
  return `${sign}${Math.abs(change).toFixed(1)} d${factor}`;
}

/**
 * The report's section for one journey measured wing to wing: where a typical case
 * spends its time, as a timeline from the customer's first moment; and, where the
 * manifest names two periods, every step before and after on one time axis, the step the
 * verdict turns on marked, with a table of the changes.
 *
 * @internal
 */
export function journeySection(analysis: JourneyAnalysis, timeZone: string): ReportSection {
  const notes: string[] = [];
  const { journey, measure, comparison } = analysis;
  const counts = measure.counts.cases;
  const share = measure.summary.controlledShare;
  const summary = [
    `${counted(counts.total, 'case')} in ${analysis.file}: ${counts.finished} finished wing to wing, ${counts.open} still open on ${localDay(measure.asOf, timeZone)}. Durations in calendar days (d).`,
    `Wing to wing, the customer waits ${days(measure.summary.wingToWing?.p50)} (median; P5 to P95 ${days(measure.summary.wingToWing?.p5)} to ${days(measure.summary.wingToWing?.p95)}); the company controls ${share === null ? 'none' : percent(share)} of that time.`,
  ];
  const charts = [];
  const tables: ReportTable[] = [];
  if (comparison !== null) {
    summary.push(`${comparison.before.period.label} → ${comparison.after.period.label}: ${comparison.result.message}`);
    const key = comparison.steps.find((step) => step.id === comparison.keyStep);
    if (key !== undefined) {
      summary.push(
        `The step the verdict turns on (shaded): ${key.name}, median ${days(key.before?.p50)} → ${days(key.after?.p50)} (${changeWords(key.before, key.after)}).`,
      );
    }
    const verdictNote =
      comparison.result.verdict === 'felt-by-customers' ? 'where the gain came from' : 'where the time went';
    charts.push(
      ...drawn(
        notes,
        `${journey.title}: ${comparison.before.period.label} (cases started ${comparison.before.period.from} to ${comparison.before.period.to}) against ${comparison.after.period.label} (${comparison.after.period.from} to ${comparison.after.period.to})`,
        (size) =>
          journeyComparisonChart(comparison.before.measure, comparison.after.measure, {
            ...size,
            title: `${journey.title}: before and after, step by step`,
            before: comparison.before.period.label,
            after: comparison.after.period.label,
            highlight: comparison.keyStep,
            highlightNote: `${key?.name ?? 'the step the verdict turns on'}, ${verdictNote}`,
          }),
        `${analysis.data}-comparison`,
      ),
    );
    const stepRows = [
      {
        name: 'Wing to wing (what the customer feels)',
        before: comparison.before.measure.summary.wingToWing,
        after: comparison.after.measure.summary.wingToWing,
      },
      {
        name: 'Controlled by the company',
        before: comparison.before.measure.summary.controlled,
        after: comparison.after.measure.summary.controlled,
      },
      ...comparison.steps,
    ];
    tables.push({
      caption: `Before and after, median (P50) and P5 to P95 in days: ${comparison.before.period.label} → ${comparison.after.period.label}`,
      columns: ['time', 'P50 before', 'P50 after', 'change', 'P5 to P95 before', 'P5 to P95 after'],
      rows: stepRows.map((row) => [
        row.name,
        days(row.before?.p50),
        days(row.after?.p50),
        changeWords(row.before, row.after),
        row.before === null ? '–' : `${(row.before.p5 / day).toFixed(1)} to ${(row.before.p95 / day).toFixed(1)} d`,
        row.after === null ? '–' : `${(row.after.p5 / day).toFixed(1)} to ${(row.after.p95 / day).toFixed(1)} d`,
      ]),
    });
  }
  charts.push(
    ...drawn(
      notes,
      `${journey.title}: where a typical case spends its time, every finished case`,
      (size) => journeyTimeline(analysis.timeline, { ...size, title: `${journey.title}: a typical case` }),
      `${analysis.data}-timeline`,
    ),
  );
  tables.push(measureTable('Every case, in days', measure));
  return {
    id: journeySectionId(analysis),
    title: journey.title,
    summary: [...summary, ...notes],
    charts,
    tables,
  };
}
