/**
 * `cxkit/maturity`: CX maturity models as data, built-in models, assessments scored two
 * ways (continuous and staged, the weakest link), many respondents aggregated with
 * perception gaps between groups, progress over time, and roadmaps one level at a time.
 *
 * @module maturity
 */

export type { MultipleTesting } from '../stats/adjustPValues';
// Many respondents.
export { type AggregateAssessmentsOptions, aggregateAssessments } from './aggregateAssessments';
// Built-in models.
export { authenticTraitsModel } from './authenticTraitsModel';
export { builtInModels } from './builtInModels';
export { commitmentsModel } from './commitmentsModel';
// Over time and ahead.
export {
  type ChangeVerdict,
  type CompareAssessmentsOptions,
  compareAssessments,
  type MaturityComparison,
  type ScoreChange,
} from './compareAssessments';
export type {
  GroupDimension,
  MaturityAggregate,
  MaturityGroup,
  PerceptionGap,
  ScoreDistribution,
} from './MaturityAggregate';
export type { DimensionScore, MaturityResponses, MaturityScale, MaturityScore } from './MaturityScore';
export { managementElementsModel } from './managementElementsModel';
// Assessments and scoring.
export { type MaturityAssessment, maturityAssessmentDocument } from './maturityAssessmentDocument';
// Models.
export { type MaturityModel, maturityModelDocument } from './maturityModelDocument';
export { type MaturityRuleId, maturityRules } from './maturityRules';
export { type MaturityErrorCode, maturityMessages } from './messages';
export { parseMaturityAssessment } from './parseMaturityAssessment';
export { parseMaturityModel } from './parseMaturityModel';
export { programCharacteristicsModel } from './programCharacteristicsModel';
export { referenceModel } from './referenceModel';
export { type MaturityRoadmap, type RoadmapStep, roadmap } from './roadmap';
export { safeParseMaturityAssessment } from './safeParseMaturityAssessment';
export { safeParseMaturityModel } from './safeParseMaturityModel';
export { type ScoreAssessmentOptions, scoreAssessment } from './scoreAssessment';
