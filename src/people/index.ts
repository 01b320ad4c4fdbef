/**
 * `cxkit/people`: the people side of CX as documents like any other. The **immersion
 * log** records leaders walking in the customer's shoes — who did which customer task,
 * when, what they found and what it led to — and its audit finds leaders gone too long
 * without and findings that led nowhere. The **education plan** records who is taught
 * what CX means and what success looks like, how often, and when; its audit finds
 * overdue sessions, functions the plan never reaches and subjects it never covers.
 * Employee feedback (an eNPS) is an ordinary metric definition in `cxkit/metrics`
 * (`respondents: 'employees'`).
 *
 * @module people
 */

export { type AuditEducationPlanOptions, auditEducationPlan } from './auditEducationPlan';
export { type AuditImmersionLogOptions, auditImmersionLog } from './auditImmersionLog';
export { type EducationPlan, type EducationPlanInput, educationPlanDocument } from './educationPlanDocument';
export { educationTopics } from './educationTopics';
export { type ImmersionLog, type ImmersionLogInput, immersionLogDocument } from './immersionLogDocument';
export { type PeopleErrorCode, peopleMessages } from './messages';
export { parseEducationPlan } from './parseEducationPlan';
export { parseImmersionLog } from './parseImmersionLog';
export { type PeopleRuleId, peopleRules } from './peopleRules';
export { safeParseEducationPlan } from './safeParseEducationPlan';
export { safeParseImmersionLog } from './safeParseImmersionLog';
