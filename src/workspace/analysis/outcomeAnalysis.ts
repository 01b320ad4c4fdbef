import { type MetricDefinition, outcomesByScoreCategory } from '../../metrics/index';
import { raiseWorkspace } from '../messages';
import type { CustomerOutcomesData, SurveyResponsesData, Workspace } from '../Workspace';
import type { OutcomeAnalysis } from '../WorkspaceAnalysis';
import { documentsOf } from './documentsOf';
import { metricOptionsOf } from './metricOptionsOf';

/** @internal The survey data set a business entry names, and its metric definition. */
export function surveyOf(
  workspace: Workspace,
  surveyId: string,
): { survey: SurveyResponsesData; definition: MetricDefinition } {
  const survey = workspace.data.find(
    (data): data is SurveyResponsesData => data.type === 'survey-responses' && data.id === surveyId,
  );
  if (survey === undefined) raiseWorkspace('MISSING_LINK', ['survey-responses data set', surveyId]);
  const definition = documentsOf<MetricDefinition>(workspace, 'metric-definition').find(
    (entry) => entry.id === survey.metric,
  )?.document;
  if (definition === undefined) raiseWorkspace('MISSING_LINK', ['metric definition', survey.metric]);
  return { survey, definition };
}

/**
 * @internal Customers' outcomes by the category of each customer's last answer before
 * the outcome (strictly: an answer given the same day may come after it), or their last
 * answer when the outcomes have no date.
 */
export function outcomeAnalysis(workspace: Workspace, data: CustomerOutcomesData): OutcomeAnalysis {
  const { survey, definition } = surveyOf(workspace, data.survey);
  const customers = survey.responses.customer;
  if (customers === undefined) raiseWorkspace('NO_CUSTOMER_COLUMN', [survey.id]);
  // Each customer's answers, oldest first.
  const answersOf = new Map<string, number[]>();
  customers.forEach((customer, index) => {
    if (customer === '') return;
    const list = answersOf.get(customer) ?? [];
    list.push(index);
    answersOf.set(customer, list);
  });
  const at = survey.responses.at;
  for (const list of answersOf.values()) list.sort((left, right) => (at[left] as number) - (at[right] as number));
  const responses: Array<{ customerId: string; score: number }> = [];
  data.outcomes.customer.forEach((customer, index) => {
    const list = answersOf.get(customer);
    if (list === undefined) return;
    const until = data.outcomes.at?.[index];
    let chosen: number | undefined;
    for (const answer of list) {
      if (until !== undefined && (at[answer] as number) >= until) break;
      chosen = answer;
    }
    if (chosen !== undefined) responses.push({ customerId: customer, score: survey.responses.score[chosen] as number });
  });
  const outcomes = data.outcomes.customer.map((customerId, index) => ({
    customerId,
    value: data.outcomes.value[index] as boolean | number,
  }));
  return {
    data: data.id,
    file: data.file,
    survey: survey.id,
    outcome: data.outcome,
    definition,
    result: outcomesByScoreCategory(responses, outcomes, metricOptionsOf(definition)),
  };
}
