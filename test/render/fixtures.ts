import { fundPortfolio, type Idea } from 'cxkit/governance';
import { measureJourney } from 'cxkit/journeys';
import { aggregateAssessments, managementElementsModel, scoreAssessment } from 'cxkit/maturity';
import { scoreSeries } from 'cxkit/metrics';
import { classifyDrivers } from 'cxkit/transfer';
import { engineCase, engineRepair } from '../journeys/engineRepairJourney';

/** Answers at one level for every question of the management-elements model, some left out. */
export function answersAt(levels: Readonly<Record<string, number | null>>): Record<string, number | null> {
  return Object.fromEntries(
    managementElementsModel.dimensions.flatMap((dimension) =>
      dimension.questions.map((question) => [question.id, levels[dimension.id] ?? null]),
    ),
  );
}

/**
 * Two groups on the four management elements (scale 1–5). Marketing: strategy 4 and 5
 * (mean 4.5), tools 4, governance 3, design 4. Service: strategy 2 and 3 (mean 2.5),
 * tools 3, governance not answered by anyone (unscored), design 2.
 */
export const aggregate = aggregateAssessments(
  managementElementsModel,
  [
    {
      group: 'marketing',
      answers: answersAt({
        'cx-strategy': 4,
        'technology-and-tools': 4,
        'governance-and-discipline': 3,
        'iterative-design': 4,
      }),
    },
    {
      group: 'marketing',
      answers: answersAt({
        'cx-strategy': 5,
        'technology-and-tools': 4,
        'governance-and-discipline': 3,
        'iterative-design': 4,
      }),
    },
    { group: 'service', answers: answersAt({ 'cx-strategy': 2, 'technology-and-tools': 3, 'iterative-design': 2 }) },
    { group: 'service', answers: answersAt({ 'cx-strategy': 3, 'technology-and-tools': 3, 'iterative-design': 2 }) },
  ],
  { groupBy: 'group' },
);

/** One assessment: strategy 3, tools 2, governance 4, design 1. */
export const score = scoreAssessment(managementElementsModel, {
  respondent: 'maria',
  answers: answersAt({
    'cx-strategy': 3,
    'technology-and-tools': 2,
    'governance-and-discipline': 4,
    'iterative-design': 1,
  }),
});

/**
 * NPS by month, January to April 2026, no response in February. January: 9, 10, 10, 3
 * (3 promoters, 1 detractor of 4: NPS 50); March: 10, 6 (a promoter and a detractor: NPS 0); April: 0
 * (NPS −100).
 * Segment "retail <b>" holds the first January response and the March ones.
 */
export const series = scoreSeries(
  {
    at: ['2026-01-03', '2026-01-10', '2026-01-20', '2026-01-25', '2026-03-05', '2026-03-06', '2026-04-02'],
    score: [9, 10, 10, 3, 10, 6, 0],
    segment: ['retail <b>', 'business', 'business', 'business', 'retail <b>', 'retail <b>', 'business'],
  },
  { metric: 'nps', unit: 'month', minimumN: 3 },
);

/**
 * Three drivers; shares 0.5, 0.3, 0.2 (threshold 1/3, so only responseHours is important).
 * responseHours 30 against 24, lower is better: gap −6, −25 % of target (concentrate here).
 * courtesy 4.6 against 4: +15 % (possible overkill). billing 0.9 against 1: −10 % (low priority).
 */
export const classification = classifyDrivers(
  {
    responseHours: { raw: 0.5, share: 0.5 },
    courtesy: { raw: 0.3, share: 0.3 },
    billing: { raw: 0.2, share: 0.2 },
  },
  {
    responseHours: { current: 30, target: 24, direction: 'lower-is-better' },
    courtesy: { current: 4.6, target: 4 },
    billing: { current: 0.9, target: 1 },
  },
);

/**
 * Two finished engine repairs and one open. Case A: removed day 0, received 2, quote 5,
 * approved 8, repaired 18, shipped 20, reinstalled 22 (wing to wing 22 days). Case B:
 * 0, 4, 6, 7, 15, 16, 20 (20 days). Case C started on day 10 and is open.
 */
export const measure = measureJourney(
  engineRepair,
  [
    ...engineCase('A', [0, 2, 5, 8, 18, 20, 22]),
    ...engineCase('B', [0, 4, 6, 7, 15, 16, 20]),
    ...engineCase('C', [10]),
  ],
  { asOf: '2026-02-15' },
);

export { engineRepair };

export const ideas: Idea[] = [
  { id: 'crm-upgrade', cost: 50, value: 10, mustDo: true },
  { id: 'callback', cost: 30, value: 40, dependsOn: ['crm-upgrade'] },
  { id: 'portal', cost: 60, value: 45 },
  { id: 'chatbot', cost: 25, value: 20 },
];

/** Budget 110: crm-upgrade, callback and chatbot funded (cost 105, value 70); portal outranked. */
export const portfolio = fundPortfolio(ideas, 110);
