import type { ReportPoint, ReportSection } from '../../render/index';
import type { WorkspaceAnalysis } from '../WorkspaceAnalysis';
import { driverSectionId } from './driverSection';
import { journeySectionId } from './journeySection';
import { leadLagSummaryPoint } from './leadLagSection';
import { maturitySectionId } from './maturitySection';
import { outcomeSummaryPoint } from './outcomeSection';
import { portfolioSectionId } from './portfolioSection';
import { counted } from './reportText';
import {
  budgetPoint,
  decisionsPoint,
  driverPoint,
  findingsPoint,
  headlineSurvey,
  journeyPoint,
  outcomePoint,
  perceptionPoint,
  scorecardPoint,
} from './summaryPoints';

/**
 * The executive summary: one line per thing an executive needs, each linking to the
 * section that tells the rest — the outcome metric now (interval, trend over a year,
 * recurring dips), what customers did by the category of their rating and whether the
 * rating leads a business measure, each journey's verdict naming the step it turns on, the drivers that
 * matter and where to act, the success-statement scorecard, the widest perception gap,
 * the decisions overdue, what the budget funds and leaves out, and the count of lint
 * and audit findings (listed in the appendix).
 *
 * @internal
 */
export function summarySection(analysis: WorkspaceAnalysis): ReportSection {
  const headline = headlineSurvey(analysis.surveys);
  const points: ReportPoint[] = [
    ...(headline === undefined ? [] : [outcomePoint(headline)]),
    ...analysis.outcomes.map(outcomeSummaryPoint),
    ...analysis.leadLags.map(leadLagSummaryPoint),
    ...analysis.journeys.map((journey) => journeyPoint(journey, journeySectionId(journey))),
    ...analysis.drivers.map((drivers) => driverPoint(drivers, driverSectionId(drivers))),
    scorecardPoint(analysis.success, 'scorecard'),
    ...analysis.maturity.map((maturity) => perceptionPoint(maturity, maturitySectionId(maturity))),
    decisionsPoint(analysis, analysis.governance),
    ...analysis.portfolios.map((portfolio) => budgetPoint(portfolio, portfolioSectionId(portfolio))),
    findingsPoint(analysis),
    ...(analysis.notComputed.length === 0
      ? []
      : [
          {
            label: 'Not computed',
            text: `${counted(analysis.notComputed.length, 'analysis', 'analyses')} the data did not allow; the section says why.`,
            section: 'not-computed',
          },
        ]),
  ].filter((point): point is ReportPoint => point !== null);
  return {
    id: 'summary',
    title: 'Executive summary',
    summary: [`${analysis.organization ?? analysis.title}, as of ${analysis.asOf} (${analysis.timeZone}).`],
    points,
  };
}
