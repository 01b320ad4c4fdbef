import { listWords } from '../core/errors/listWords';
import type { Finding } from '../core/findings/Finding';
import { findingFromRule } from '../core/findings/findingFromRule';
import { definitionLabel } from './definitionLabel';
import type { MetricHistoryContext } from './MetricHistoryContext';
import type { MetricDefinition } from './metricDefinitionDocument';
import { metricRules } from './metricRules';

type Version = MetricDefinition['versions'][number];
type Band = { readonly from: number; readonly to: number } | undefined;
type ChangedPart = 'scale' | 'question' | 'population';

const partNames: Readonly<Record<ChangedPart, string>> = {
  scale: 'scale',
  question: 'question wording',
  population: 'population',
};

const millisecondsPerDay = 86_400_000;
// Two changes count as within one year when they fall inside one 365-day window, so a
// change on the same date every year (365 or 366 days apart) never counts twice.
const windowDays = 365;

function sameBand(left: Band, right: Band): boolean {
  return left === undefined || right === undefined ? left === right : left.from === right.from && left.to === right.to;
}

function sameScale(left: Version['scale'], right: Version['scale']): boolean {
  return (
    left.min === right.min &&
    left.max === right.max &&
    sameBand(left.favorable, right.favorable) &&
    sameBand(left.unfavorable, right.unfavorable)
  );
}

// Line wrapping in YAML or an editor changes spaces, not what respondents read; letters
// and punctuation do change it, so everything else counts.
function sameWording(left: string, right: string): boolean {
  const normalize = (text: string) => text.trim().replace(/\s+/g, ' ');
  return normalize(left) === normalize(right);
}

// Calendar dates are already checked by the schema; counting days from them is
// arithmetic on the calendar, the same in every time zone.
function dayNumber(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / millisecondsPerDay;
}

function listParts(parts: readonly ChangedPart[]): string {
  return listWords(parts.map((part) => partNames[part]));
}

function ordinal(count: number): string {
  const lastTwo = count % 100;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][count % 10] ?? 'th');
  return `${count}${suffix}`;
}

/**
 * Reports, for one metric definition, the versions that change its scale, question
 * wording or population without a side-by-side run (`metric/definition-changed`),
 * those changes, bridged or not, that come too
 * close together (`metric/changes-too-often`), and versions that give no reason
 * (`metric/change-without-reason`).
 *
 * @internal
 */
export function findDefinitionChanges(
  context: MetricHistoryContext,
  definitionIndex: number,
  maxChangesPerYear: number,
): Finding[] {
  const definition = context.definitions[definitionIndex] as MetricDefinition;
  const label = definitionLabel(definition);
  const findings: Finding[] = [];
  const changes: Array<{ readonly versionIndex: number; readonly day: number; readonly date: string }> = [];
  definition.versions.forEach((version, versionIndex) => {
    const previous = definition.versions[versionIndex - 1];
    if (previous === undefined) return;
    if (version.reason === undefined) {
      findings.push(
        findingFromRule(metricRules['metric/change-without-reason'], {
          message: `The version of ${label} in force from ${version.effectiveFrom} does not say why the metric changed.`,
          path: context.pathTo(definitionIndex, 'versions', versionIndex, 'reason'),
          hint: 'Add a reason: what changed, why, and who agreed to it, so that readers of the series can explain the break.',
        }),
      );
    }
    const changed: ChangedPart[] = [];
    if (!sameScale(previous.scale, version.scale)) changed.push('scale');
    if (!sameWording(previous.question, version.question)) changed.push('question');
    if (!sameWording(previous.population, version.population)) changed.push('population');
    const first = changed[0];
    if (first === undefined) return;
    changes.push({ versionIndex, day: dayNumber(version.effectiveFrom), date: version.effectiveFrom });
    // Run side by side with its bridge recorded: the break is measured, not hidden. It
    // still counts towards how often the definition changes.
    if (version.sideBySide !== undefined) return;
    findings.push(
      findingFromRule(metricRules['metric/definition-changed'], {
        message: `${label} changed its ${listParts(changed)} between the version of ${previous.effectiveFrom} and that of ${version.effectiveFrom}: scores before and after are not comparable.`,
        path: context.pathTo(definitionIndex, 'versions', versionIndex, first),
        hint: 'Run the old and the new definition side by side for a period to measure the offset, and mark the break on every chart of the series.',
      }),
    );
  });
  // A sliding window over the changes, which are in date order because versions are.
  let windowStart = 0;
  changes.forEach((change, position) => {
    // Bounded by the position itself, whatever the day numbers hold.
    while (windowStart < position && change.day - (changes[windowStart] as (typeof changes)[number]).day >= windowDays)
      windowStart++;
    const count = position - windowStart + 1;
    if (count <= maxChangesPerYear) return;
    const since = (changes[windowStart] as (typeof changes)[number]).date;
    findings.push(
      findingFromRule(metricRules['metric/changes-too-often'], {
        message: `The change of ${label} on ${change.date} is its ${ordinal(count)} definition change within 365 days (since ${since}), more than the ${maxChangesPerYear} allowed a year: the series breaks too often to read a trend.`,
        path: context.pathTo(definitionIndex, 'versions', change.versionIndex, 'effectiveFrom'),
        hint: 'Settle the definition and keep it; gather planned changes into one break a year at most.',
      }),
    );
  });
  return findings;
}
