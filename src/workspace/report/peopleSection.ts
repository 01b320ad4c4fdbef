import type { ReportSection, ReportTable } from '../../render/index';
import type { PeopleAnalysis } from '../WorkspaceAnalysis';
import { counted } from './reportText';

const millisecondsPerDay = 86_400_000;
const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / millisecondsPerDay;
const isoDay = (day: number) => new Date(day * millisecondsPerDay).toISOString().slice(0, 10);

/**
 * @internal The report's section on the people side: each leader's last immersion and
 * what came of it, each audience's last session and when the next is due, and the
 * employee-feedback metrics the workspace keeps. `asOfDay` is the analysis day
 * (`YYYY-MM-DD`).
 */
export function peopleSection(people: PeopleAnalysis, asOfDay: string): ReportSection {
  const tables: ReportTable[] = [];
  const summary: string[] = [
    'Leaders in the customer’s shoes, CX education, and what employees say: the customer’s experience begins as a part of the employees’ experience.',
  ];
  const today = dayNumber(asOfDay);
  for (const { file, log } of people.immersionLogs) {
    const held = log.entries.filter((entry) => entry.date <= asOfDay);
    const lastYear = held.filter((entry) => dayNumber(entry.date) > today - 365);
    const ledSomewhere = lastYear.filter((entry) => entry.ledTo !== undefined).length;
    summary.push(
      `${log.title} (${file}): ${counted(lastYear.length, 'immersion')} in the year to ${asOfDay} by ${counted(new Set(lastYear.map((entry) => entry.leader)).size, 'leader')} of ${log.leaders.length}; ${ledSomewhere} led to a recommendation or an action.`,
    );
    tables.push({
      caption: `${log.title}: leaders`,
      columns: ['leader', 'function', 'last immersion', 'in the last year', 'led to something'],
      rows: log.leaders.map((leader) => {
        const own = held.filter((entry) => entry.leader === leader.id);
        const recent = own.filter((entry) => dayNumber(entry.date) > today - 365);
        return [
          leader.name ?? leader.id,
          leader.function,
          own
            .map((entry) => entry.date)
            .sort()
            .at(-1) ?? 'never',
          recent.length,
          recent.filter((entry) => entry.ledTo !== undefined).length,
        ];
      }),
    });
    tables.push({
      caption: `${log.title}: what leaders found`,
      columns: ['date', 'leader', 'customer task', 'found', 'led to'],
      rows: [...held]
        .sort((left, right) => (left.date < right.date ? 1 : left.date > right.date ? -1 : 0))
        .map((entry) => [
          entry.date,
          log.leaders.find((leader) => leader.id === entry.leader)?.name ?? entry.leader,
          entry.task,
          entry.found.join(' '),
          entry.ledTo === undefined
            ? 'nothing yet'
            : [
                entry.ledTo.recommendation === undefined ? '' : `recommendation ${entry.ledTo.recommendation}`,
                entry.ledTo.action ?? '',
              ]
                .filter((part) => part !== '')
                .join('; '),
        ]),
    });
  }
  for (const { file, plan } of people.educationPlans) {
    summary.push(
      `${plan.title} (${file}): ${counted(plan.audiences.length, 'audience')} reaching ${counted(new Set(plan.audiences.flatMap((audience) => audience.functions)).size, 'function')}; ${counted(plan.deliveries.filter((delivery) => delivery.date <= asOfDay).length, 'session')} held.`,
    );
    tables.push({
      caption: `${plan.title}: audiences`,
      columns: ['audience', 'functions', 'every', 'topics', 'last session', 'next due'],
      rows: plan.audiences.map((audience) => {
        const last = plan.deliveries
          .filter((delivery) => delivery.audience === audience.id && delivery.date <= asOfDay)
          .map((delivery) => delivery.date)
          .sort()
          .at(-1);
        const due = last === undefined ? 'now' : isoDay(dayNumber(last) + audience.everyDays);
        return [
          audience.title ?? audience.id,
          audience.functions.join(', '),
          `${audience.everyDays} days`,
          audience.topics.join(', '),
          last ?? 'never',
          due <= asOfDay && due !== 'now' ? `${due} (overdue)` : due,
        ];
      }),
    });
  }
  if (people.employeeMetrics.length > 0) {
    summary.push(
      `Employee feedback is tracked as ${people.employeeMetrics.map((definition) => `${definition.title} (${definition.id})`).join(', ')}; its scores, where the workspace holds them, have a section of their own.`,
    );
  }
  return { id: 'people', title: 'People: in the customer’s shoes, and CX education', summary, tables };
}
