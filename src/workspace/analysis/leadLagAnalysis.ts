import { parsePeriodLabel } from '../../core/periods/parsePeriodLabel';
import { shiftPeriod } from '../../core/periods/shiftPeriod';
import { leadLag, scoreSeries } from '../../metrics/index';
import { raiseWorkspace } from '../messages';
import type { BusinessMeasuresData, Workspace } from '../Workspace';
import type { LeadLagAnalysis } from '../WorkspaceAnalysis';
import { metricOptionsOf } from './metricOptionsOf';
import { surveyOf } from './outcomeAnalysis';

/**
 * @internal A business measure against the survey's overall monthly score, over the
 * longest run of consecutive months in which both have a value.
 */
export function leadLagAnalysis(workspace: Workspace, data: BusinessMeasuresData, timeZone: string): LeadLagAnalysis {
  const { survey, definition } = surveyOf(workspace, data.survey);
  const series = scoreSeries(
    { at: survey.responses.at, score: survey.responses.score },
    { ...metricOptionsOf(definition), unit: 'month', timeZone },
  );
  const scoreOf = new Map<string, number>();
  for (const point of series.series[0]?.points ?? []) {
    if (point.score !== null) scoreOf.set(point.period, point.score);
  }
  const measureOf = new Map(
    data.measures.period.map((period, index) => [period, data.measures.value[index] as number]),
  );
  const both = [...measureOf.keys()].filter((period) => scoreOf.has(period)).sort();
  // The longest run of consecutive months in both.
  let best: string[] = [];
  let run: string[] = [];
  for (const period of both) {
    const previous = run[run.length - 1];
    const follows = previous !== undefined && shiftPeriod(parsePeriodLabel(previous), 1).label === period;
    run = follows ? [...run, period] : [period];
    if (run.length > best.length) best = run;
  }
  if (best.length < 3) raiseWorkspace('MONTHS_APART', [survey.id, data.id]);
  const scores = best.map((period) => scoreOf.get(period) as number);
  const values = best.map((period) => measureOf.get(period) as number);
  return {
    data: data.id,
    file: data.file,
    survey: survey.id,
    measure: data.measure,
    definition,
    periods: best,
    scores,
    values,
    result: leadLag(scores, values, data.maxLag === undefined ? {} : { maxLag: data.maxLag }),
  };
}
