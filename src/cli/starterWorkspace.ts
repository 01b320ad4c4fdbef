/**
 * The files `cxkit init` writes: a manifest, a mission, a success statement, a journey
 * measured wing to wing, a metric definition and a governance charter, written so that
 * `cxkit lint` finds nothing in them. Paths are relative to the new workspace. `asOf`
 * dates the success statement's baselines (its targets fall at the end of next year);
 * the manifest gets no `asOf`, so that every later run is judged as of its own day.
 *
 * @internal
 */
export function starterWorkspace(asOf: string): Readonly<Record<string, string>> {
  return {
    'cxkit.yaml': `# The workspace manifest: see docs/workspace.md.
kind: workspace
schemaVersion: 1
id: my-cx-workspace
title: My CX workspace
organization: My company
# No asOf: each run is judged as of its own day (or "--as-of"), so reviews and targets fall
# due as time passes. Set one only to pin every run to one day, e.g. for a past review.
# asOf: ${asOf}
timeZone: UTC
# data:
#   - id: relationship-survey
#     type: survey-responses
#     file: data/survey-responses.csv
#     metric: relationship-nps
`,
    'strategy/mission.yaml': `kind: mission
schemaVersion: 1
id: cx-mission
title: Our CX mission
statement: >-
  Every customer knows when their repair will be done, hears from us before they have to
  ask, and gets a straight answer from whoever they reach.
customers:
  - Maintenance managers at the operators we serve
treatment:
  - We give a date at intake and tell the customer the day it changes, with the reason.
priorities:
  - A promised date kept comes before a faster average.
roles:
  - function: Sales
    frontLine: true
    commitment: Quotes only turnaround times that operations has confirmed.
  - function: Finance
    frontLine: false
    commitment: Sends one correct invoice within five business days of return.
  - function: Operations
    frontLine: false
    commitment: Updates every open repair's status at least once a week.
`,
    'strategy/on-time-returns.yaml': `kind: success-statement
schemaVersion: 1
id: on-time-returns
title: Repairs back when promised
outcome: Customers get their engines back on the date we promised at intake.
businessOutcome: Operators renew their service contracts.
owner: Chief operating officer
horizon: ${Number(asOf.slice(0, 4)) + 1}-12-31
metrics:
  - metric: relationship-nps
    kind: customer-feedback
    direction: higher-is-better
    baseline: { value: 20, on: ${asOf} }
    target: { value: 35, by: ${Number(asOf.slice(0, 4)) + 1}-12-31 }
  - metric: on-time-return-rate
    kind: operational
    direction: higher-is-better
    baseline: { value: 0.7, on: ${asOf} }
    target: { value: 0.9, by: ${Number(asOf.slice(0, 4)) + 1}-12-31 }
`,
    'journeys/engine-repair.yaml': `kind: journey
schemaVersion: 1
id: engine-repair
title: Engine repair, wing to wing
customer: { segment: operators }
# Wing to wing: from the engine leaving the wing to its return, as the customer feels it.
boundary: { start: engine-removed, end: engine-reinstalled }
events:
  - { name: engine-removed, perspective: customer }
  - { name: engine-received, perspective: internal }
  - { name: engine-shipped, perspective: internal }
  - { name: engine-reinstalled, perspective: customer }
stages:
  - { id: repair, name: Repair, phase: support }
steps:
  - id: transport-in
    stage: repair
    name: Transport to the shop
    owner: Logistics
    control: partner
    startEvent: engine-removed
    endEvent: engine-received
  - id: shop
    stage: repair
    name: Repair in the shop
    owner: Operations
    control: company
    startEvent: engine-received
    endEvent: engine-shipped
    momentOfTruth: true
    measures: [relationship-nps]
  - id: transport-out
    stage: repair
    name: Return and reinstall
    owner: Logistics
    control: partner
    startEvent: engine-shipped
    endEvent: engine-reinstalled
outcomeMeasures: [relationship-nps]
`,
    'metrics/relationship-nps.yaml': `kind: metric-definition
schemaVersion: 1
id: relationship-nps
title: Relationship NPS
metric: nps
versions:
  - effectiveFrom: ${Number(asOf.slice(0, 4)) - 1}-01-01
    scale: { min: 0, max: 10, favorable: { from: 9, to: 10 }, unfavorable: { from: 0, to: 6 } }
    question: How likely are you to recommend us to a colleague?
    population: Maintenance managers, every quarter
    primary: true
`,
    'governance/charter.yaml': `kind: governance-charter
schemaVersion: 1
id: cx-governance
title: CX governance charter
council:
  - { id: cx-lead, function: Customer service, role: chair }
  - { id: ops-lead, function: Operations, role: member }
  - { id: finance-lead, function: Finance, role: member }
  - { id: logistics-lead, function: Logistics, role: member }
executives:
  - { id: coo, title: Chief operating officer }
decisionRights:
  - decisionType: journey-change
    responsible: [cx-lead]
    accountable: [coo]
quorum: 1
reviewDeadline: { businessDays: 10 }
`,
  };
}
