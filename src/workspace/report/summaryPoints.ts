import { listWords } from '../../core/errors/listWords';
import { countFindings } from '../../core/findings/countFindings';
import type { ReportPoint } from '../../render/index';
import type { MetricProgress } from '../../strategy/index';
import type {
  DriverAnalysis,
  GovernanceAnalysis,
  JourneyAnalysis,
  MaturityAnalysis,
  PortfolioAnalysis,
  SuccessAnalysis,
  SurveyAnalysis,
  WorkspaceAnalysis,
} from '../WorkspaceAnalysis';
import { driverTitle, outcomeTitle } from './driverSection';
import { costWords, exclusionWords, ideaTitle } from './portfolioSection';
import {
  amount,
  capitalized,
  counted,
  days,
  fixed,
  humanized,
  localDay,
  percent,
  periodWords,
  seasonWords,
  signed,
} from './reportText';
import { statusWords } from './scorecardSection';
import { surveySectionId } from './surveySection';

/**
 * The survey the summary leads with: the one on the primary metric definition (the
 * score the organization steers by), else the first.
 *
 * @internal
 */
export function headlineSurvey(surveys: readonly SurveyAnalysis[]): SurveyAnalysis | undefined {
  const primary = surveys.find((survey) => survey.definition.versions.at(-1)?.primary === true);
  return primary ?? surveys[0];
}

/** @internal The outcome metric now, its interval, its trend over a year and the months it dips. */
export function outcomePoint(survey: SurveyAnalysis): ReportPoint | null {
  const overall = survey.series.series.find((entry) => entry.segment === null);
  const last = overall?.points.filter((point) => point.score !== null).at(-1);
  if (last === undefined || last.score === null) return null;
  const parts = [
    `${fixed(last.score)} in ${periodWords(last.period)}${last.ci === null ? '' : ` (${Math.round(last.ci.level * 100)}% interval ${fixed(last.ci.lower)} to ${fixed(last.ci.upper)}, n = ${last.n})`}.`,
  ];
  const { trend } = survey;
  if (trend !== null) {
    const { comparison } = trend;
    const clear = comparison.ci.lower > 0 || comparison.ci.upper < 0;
    const span = trend.periods === 1 ? 'month' : `${trend.periods} months`;
    parts.push(
      `Over the ${span} to ${periodWords(trend.recent.to)} it stands at ${fixed(trend.recent.score)} against ${fixed(trend.previous.score)} the ${span} before: ${signed(comparison.difference)} (${Math.round(comparison.ci.level * 100)}% interval ${signed(comparison.ci.lower)} to ${signed(comparison.ci.upper)}), ${clear ? (comparison.difference > 0 ? 'a clear rise' : 'a clear fall') : 'no clear change'}.`,
    );
  }
  if (survey.dips.length > 0) {
    parts.push(
      `It dips every year in ${listWords(survey.dips.map((dip) => `${seasonWords(dip.season)} (${listWords(dip.years.map(String))})`))}.`,
    );
  }
  return { label: `${survey.definition.title} now`, text: parts.join(' '), section: surveySectionId(survey) };
}

/** @internal A journey's verdict in one sentence, naming the step it turns on. */
export function journeyPoint(analysis: JourneyAnalysis, sectionId: string): ReportPoint | null {
  const { comparison, measure, journey } = analysis;
  if (comparison === null) {
    const wingToWing = measure.summary.wingToWing;
    if (wingToWing === null) return null;
    const share = measure.summary.controlledShare;
    return {
      label: journey.title,
      text: `Wing to wing, customers wait ${days(wingToWing.p50)} (median; P5 to P95 ${days(wingToWing.p5)} to ${days(wingToWing.p95)}); the company controls ${share === null ? 'none' : percent(share)} of that time.`,
      section: sectionId,
    };
  }
  const { result } = comparison;
  const key = comparison.steps.find((step) => step.id === comparison.keyStep);
  const relative = (value: number | null) => (value === null ? '' : ` (${signed(value * 100, 0)}%)`);
  const controlled = `the time the company controls went from ${days(result.controlled.mean.before)} to ${days(result.controlled.mean.after)} on average${relative(result.controlled.mean.relativeChange)}`;
  const felt = `wing to wing from ${days(result.wingToWing.mean.before)} to ${days(result.wingToWing.mean.after)}${relative(result.wingToWing.mean.relativeChange)}`;
  const factor = (before: number, after: number) =>
    before > 0 && (after >= 1.5 * before || after <= before / 1.5) ? `, ×${(after / before).toFixed(1)}` : '';
  const stepWords =
    key === undefined || key.before === null || key.after === null
      ? ''
      : `one step, “${key.name}”, whose median went from ${days(key.before.p50)} to ${days(key.after.p50)}${factor(key.before.p50, key.after.p50)}`;
  const verdicts: Readonly<Record<typeof result.verdict, string>> = {
    'not-felt-by-customers': `the company got faster but customers did not feel it: ${controlled}, ${felt}.${stepWords === '' ? '' : ` The gain was absorbed by ${stepWords}.`}`,
    'felt-by-customers': `customers felt the change: ${felt}; ${controlled}.${stepWords === '' ? '' : ` Most of it came from ${stepWords}.`}`,
    'worse-for-customers': `customers wait longer: ${felt}; ${controlled}.${stepWords === '' ? '' : ` Most of the time went to ${stepWords}.`}`,
    'spread-grew': `the spread customers feel grew (P5 to P95 ${days(result.wingToWing.span.before)} → ${days(result.wingToWing.span.after)}); ${controlled}.${stepWords === '' ? '' : ` The step that grew most: ${stepWords}.`}`,
    'no-change': `nothing moved by 10% or more: ${felt}; ${controlled}.${stepWords === '' ? '' : ` The step that moved most: ${stepWords}.`}`,
  };
  return {
    label: journey.title,
    text: `${comparison.before.period.label} → ${comparison.after.period.label}: ${verdicts[result.verdict]}`,
    section: sectionId,
  };
}

/** @internal The drivers that matter most, and where to act. */
export function driverPoint(analysis: DriverAnalysis, sectionId: string): ReportPoint {
  const { fit, importance, classification } = analysis;
  const ranked = [...fit.drivers].sort(
    (left, right) => (importance[right]?.share ?? 0) - (importance[left]?.share ?? 0),
  );
  const top = ranked
    .slice(0, 2)
    .map(
      (driver) =>
        `${driverTitle(analysis, driver)} (${percent(importance[driver]?.share ?? 0)} of what the model explains)`,
    );
  const act = classification?.drivers.filter((driver) => driver.quadrant === 'concentrate-here') ?? [];
  const where =
    classification === null
      ? 'No targets are set for the drivers, so where to act is not judged.'
      : act.length === 0
        ? 'No important driver is behind its target.'
        : `Act on ${listWords(act.map((driver) => driverTitle(analysis, driver.driver)))}: important and behind target.`;
  return {
    label: `What drives ${outcomeTitle(analysis).toLowerCase()}`,
    text: `${listWords(top)} matter most (R² ${fit.rSquared.toFixed(2)}). ${where}`,
    section: sectionId,
  };
}

/** @internal How the success statements stand, and the metric furthest behind. */
export function scorecardPoint(success: readonly SuccessAnalysis[], sectionId: string): ReportPoint | null {
  const metrics = success.flatMap((analysis) =>
    analysis.evaluation.metrics.map((result, index) => ({ analysis, result, index })),
  );
  if (metrics.length === 0) return null;
  const order = ['on-track', 'achieved', 'at-risk', 'off-track', 'missed', 'not-evaluable'] as const;
  const counts = order
    .map((status) => ({ status, count: metrics.filter((entry) => entry.result.status === status).length }))
    .filter((entry) => entry.count > 0)
    .map((entry) => `${entry.count} ${statusWords[entry.status]}`);
  const behind = metrics
    .filter((entry) => entry.result.status === 'off-track' || entry.result.status === 'missed')
    .map((entry) => {
      const result = entry.result as MetricProgress;
      const title = entry.analysis.metrics[entry.index]?.title ?? humanized(result.metric);
      const planned = Math.abs(result.target.value - result.baseline.value);
      return {
        title,
        statement: entry.analysis.statement.title,
        result,
        share: planned === 0 ? 0 : -result.gap / planned,
      };
    })
    .sort((left, right) => right.share - left.share);
  const worst = behind[0];
  return {
    label: 'Strategy scorecard',
    text: `Of ${counted(metrics.length, 'success metric')} in ${counted(success.length, 'success statement')}: ${listWords(counts)}.${
      worst === undefined
        ? ''
        : ` Furthest behind: ${worst.title} (${worst.statement}), ${amount(worst.result.observed.value, 2)} where the line to its target stands at ${amount(worst.result.expected, 2)}.`
    }`,
    section: sectionId,
  };
}

/** @internal The widest perception gap between groups. */
export function perceptionPoint(analysis: MaturityAnalysis, sectionId: string): ReportPoint | null {
  const { aggregate } = analysis;
  const widest = [...aggregate.gaps].sort((left, right) => Math.abs(right.difference) - Math.abs(left.difference))[0];
  if (widest === undefined) return null;
  const title = aggregate.dimensions.find((dimension) => dimension.id === widest.dimension)?.title ?? widest.dimension;
  const meanOf = (group: string) =>
    aggregate.groups.find((entry) => entry.name === group)?.dimensions.find((entry) => entry.id === widest.dimension)
      ?.mean;
  const [higher, lower] = widest.difference >= 0 ? [widest.a, widest.b] : [widest.b, widest.a];
  const higherMean = meanOf(higher);
  const lowerMean = meanOf(lower);
  const means =
    higherMean === null || higherMean === undefined || lowerMean === null || lowerMean === undefined
      ? ''
      : ` (${higherMean.toFixed(2)} against ${lowerMean.toFixed(2)})`;
  const large = aggregate.gaps.filter((gap) => gap.large).length;
  return {
    label: 'Widest perception gap',
    text: `${capitalized(higher)} rates ${title} ${Math.abs(widest.difference).toFixed(2)} levels higher than ${lower}${means}${widest.large ? ', a large gap' : ''}; ${counted(large, 'dimension')} ${large === 1 ? 'shows' : 'show'} a large gap.`,
    section: sectionId,
  };
}

/** @internal The decisions waiting past their review deadline (the governance audit's `review-overdue` findings). */
export function decisionsPoint(
  analysis: WorkspaceAnalysis,
  governance: readonly GovernanceAnalysis[],
): ReportPoint | null {
  if (governance.length === 0) return null;
  const overdue = analysis.findings.flatMap((finding) => {
    if (finding.rule !== 'governance/review-overdue') return [];
    const log = governance.find((entry) => entry.file === finding.file);
    const [root, index] = finding.path;
    const event = root === 'events' && typeof index === 'number' ? log?.log.events[index] : undefined;
    if (log === undefined || event === undefined) return [];
    const state = log.replay.recommendations[event.recommendation];
    const title = log.titles[event.recommendation] ?? ideaTitle({ id: event.recommendation });
    return [`${title} (submitted ${localDay(state?.submittedAt, analysis.timeZone)})`];
  });
  const deadlines = [...new Set(governance.map((entry) => entry.charter.reviewDeadline?.businessDays))].filter(
    (value) => value !== undefined,
  );
  return {
    label: 'Decisions overdue',
    text:
      overdue.length === 0
        ? 'None: every recommendation submitted to the executives was decided within its review deadline.'
        : `${counted(overdue.length, 'recommendation')} waiting past the review deadline${deadlines.length === 1 ? ` of ${deadlines[0]} business days` : ''}: ${listWords(overdue)}.`,
    section: 'governance',
  };
}

/** @internal What a portfolio's budget funds and what it leaves out. */
export function budgetPoint(analysis: PortfolioAnalysis, sectionId: string): ReportPoint {
  const { portfolio, funded } = analysis;
  const ideas = new Map(portfolio.ideas.map((idea) => [idea.id, idea]));
  const left = funded.excluded.map((entry) => {
    const idea = ideas.get(entry.id);
    const reason =
      entry.reason === 'dependency-not-funded'
        ? exclusionWords(analysis, entry)
            .replace(/^Needs/, 'needs')
            .replace(/\.$/, '')
        : entry.reason === 'over-budget'
          ? 'over the budget on its own'
          : entry.reason === 'no-value'
            ? 'no value stated'
            : 'outranked';
    return `${ideaTitle(idea ?? { id: entry.id })} (${costWords(portfolio, idea?.cost ?? 0)}, ${reason})`;
  });
  return {
    label: portfolio.title,
    text: `The budget of ${costWords(portfolio, portfolio.budget)} funds ${funded.funded.length} of ${counted(portfolio.ideas.length, 'idea')} for ${costWords(portfolio, funded.totalCost)}, ${portfolio.valueUnit === undefined ? `value ${amount(funded.totalValue)}` : `worth ${amount(funded.totalValue)} ${portfolio.valueUnit}`}.${left.length === 0 ? ' Nothing is left out.' : ` Left out: ${listWords(left)}.`}`,
    section: sectionId,
  };
}

/** @internal The count of lint and audit findings, pointing to the appendix. */
export function findingsPoint(analysis: WorkspaceAnalysis): ReportPoint {
  const counts = countFindings(analysis.findings);
  return {
    label: 'Lint and audit',
    text:
      counts.total === 0
        ? 'Every document lints clean.'
        : `${counted(counts.total, 'finding')}: ${counted(counts.error, 'error')}, ${counted(counts.warning, 'warning')}, ${counted(counts.info, 'note')}.${counts.error > 0 ? ' Fix the errors first: what this report says rests on the documents as they were read.' : ''}`,
    section: 'findings',
  };
}
