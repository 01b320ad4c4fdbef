import { listWords } from '../core/errors/listWords';
import type { Finding } from '../core/findings/Finding';
import { findingFromRule } from '../core/findings/findingFromRule';
import { definitionLabel } from './definitionLabel';
import type { MetricHistoryContext } from './MetricHistoryContext';
import type { MetricDefinition } from './metricDefinitionDocument';

import { metricRules } from './metricRules';

function listLabels(definitions: readonly MetricDefinition[]): string {
  return listWords(definitions.map(definitionLabel));
}

/**
 * Reports each date on which the primary CX metric moves from one definition to
 * another (`metric/primary-metric-switched`), walking every definition's versions in
 * date order.
 *
 * A switch is a definition that stops being primary while another, primary since a
 * later date than it, is (or next becomes) primary. So a hand-over is found whether it
 * happens in one day, after a stretch with no primary metric, or after a period in which
 * both ran side by side; two metrics primary from the same day that become one are a
 * consolidation, not a switch. A switch to a definition whose version in force records a
 * side-by-side run (`sideBySide`) is accepted and not reported.
 *
 * @internal
 */
export function findPrimarySwitches(context: MetricHistoryContext): Finding[] {
  const { definitions } = context;
  const dates = [
    ...new Set(definitions.flatMap((definition) => definition.versions.map((version) => version.effectiveFrom))),
  ].sort();
  // The index of each definition's version in force (-1 before its first).
  const inForce = definitions.map(() => -1);
  // Definition index → the date its current run as a primary metric began.
  const primarySince = new Map<number, string>();
  // Definitions that stopped being primary while nothing else was: their successor is
  // whichever becomes primary next.
  let awaitingSuccessor = new Map<number, string>();
  const findings: Finding[] = [];
  for (const date of dates) {
    const changedToday = new Set<number>();
    const dropped = new Map(awaitingSuccessor);
    definitions.forEach((definition, index) => {
      const next = definition.versions[(inForce[index] as number) + 1];
      if (next?.effectiveFrom !== date) return;
      inForce[index] = (inForce[index] as number) + 1;
      changedToday.add(index);
      const since = primarySince.get(index);
      if (next.primary && since === undefined) primarySince.set(index, date);
      if (!next.primary && since !== undefined) {
        primarySince.delete(index);
        dropped.set(index, since);
      }
    });
    for (const index of primarySince.keys()) dropped.delete(index);
    if (primarySince.size === 0) {
      awaitingSuccessor = dropped;
      continue;
    }
    awaitingSuccessor = new Map();
    for (const [successor, successorSince] of primarySince) {
      const predecessors = [...dropped]
        .filter(([, since]) => since < successorSince)
        .map(([index]) => index)
        .sort((left, right) => compareIds(definitions, left, right));
      const first = predecessors[0];
      if (first === undefined) continue;
      // The new primary ran beside the old one first, and the run is recorded: a method
      // added with care, not a jump.
      const successorVersion = definitions[successor]?.versions[inForce[successor] as number];
      if (successorVersion?.sideBySide !== undefined) continue;
      // Point at the version that made the change on this date: the successor's when it
      // became primary today, else the predecessor's that stopped being primary today.
      const where = changedToday.has(successor) ? successor : first;
      findings.push(
        findingFromRule(metricRules['metric/primary-metric-switched'], {
          message: `The primary CX metric switched on ${date} from ${listLabels(predecessors.map((index) => definitions[index] as MetricDefinition))} to ${definitionLabel(definitions[successor] as MetricDefinition)}: the series restarts, and scores before and after cannot be read as one trend.`,
          path: context.pathTo(where, 'versions', inForce[where] as number, 'primary'),
          hint: 'Keep one primary metric for the long run. If the switch is deliberate, report the new metric beside the old one for a period and mark the restart on every chart.',
        }),
      );
    }
  }
  return findings;
}

function compareIds(definitions: readonly MetricDefinition[], left: number, right: number): number {
  const a = (definitions[left] as MetricDefinition).id;
  const b = (definitions[right] as MetricDefinition).id;
  return a < b ? -1 : a > b ? 1 : 0;
}
