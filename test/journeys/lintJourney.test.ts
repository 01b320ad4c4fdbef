import { journeyRules, lintJourney } from 'cxkit/journeys';
import { describe, expect, it } from 'vitest';
import { expectCxError } from '../expectCxError';
import { engineRepairDocument } from './engineRepairJourney';

const withChanges = (changes: Record<string, unknown>) => ({ ...engineRepairDocument, ...changes });
const rulesAndPaths = (journey: unknown) =>
  lintJourney(journey as typeof engineRepairDocument).map((finding) => [finding.rule, finding.path]);

describe('lintJourney', () => {
  it('finds nothing in a journey bounded wing to wing, owned, measured, across functions and phases', () => {
    expect(lintJourney(engineRepairDocument)).toEqual([]);
  });

  it('journey/inside-out-boundary: a boundary on an event only the company sees', () => {
    const findings = lintJourney(withChanges({ boundary: { start: 'engine-received', end: 'engine-reinstalled' } }));
    const insideOut = findings.filter((finding) => finding.rule === 'journey/inside-out-boundary');
    expect(insideOut).toEqual([
      {
        rule: 'journey/inside-out-boundary',
        severity: 'error',
        message:
          'The journey starts on "engine-received", an event only the company sees; measured this way it leaves out time the customer feels.',
        path: ['boundary', 'start'],
        hint: 'Bound the journey on the customer\'s trigger, an event the customer lives (declare it with perspective "customer").',
      },
    ]);
  });

  it('journey/buying-only: every stage up to the purchase', () => {
    const stages = [
      { id: 'repair', name: 'Choose a shop', phase: 'consider' },
      { id: 'billing', name: 'Order', phase: 'buy' },
    ];
    expect(rulesAndPaths(withChanges({ stages }))).toEqual([['journey/buying-only', ['stages']]]);
    // A declared phase after the purchase counts.
    const declared = withChanges({
      phases: [{ id: 'overhaul', afterPurchase: true }],
      stages: [{ id: 'repair', name: 'Overhaul', phase: 'overhaul' }, stages[1]],
    });
    expect(rulesAndPaths(declared)).toEqual([]);
  });

  it('journey/hand-off-gap: a step ends where no step starts, and no step at the trigger', () => {
    // Drop the finance release step: repair ends on repair-finished, nobody starts there.
    const steps = engineRepairDocument.steps.filter((step) => step.id !== 'release');
    expect(rulesAndPaths(withChanges({ steps }))).toEqual([['journey/hand-off-gap', ['steps', 3, 'endEvent']]]);
    const noInbound = engineRepairDocument.steps.filter((step) => step.id !== 'inbound');
    expect(rulesAndPaths(withChanges({ steps: noInbound }))).toEqual([['journey/hand-off-gap', ['boundary', 'start']]]);
  });

  it('journey/step-without-owner and journey/unmeasured-moment-of-truth', () => {
    const { owner: _owner, ...ownerless } = engineRepairDocument.steps[4];
    const steps = engineRepairDocument.steps.map((step, index) =>
      index === 4 ? ownerless : index === 1 ? { ...step, measures: [] } : step,
    );
    expect(rulesAndPaths(withChanges({ steps }))).toEqual([
      ['journey/unmeasured-moment-of-truth', ['steps', 1, 'measures']],
      ['journey/step-without-owner', ['steps', 4, 'owner']],
    ]);
  });

  it('journey/service-and-digital-only: owners compared without case, spaces or dashes', () => {
    const steps = engineRepairDocument.steps.map((step, index) => ({
      ...step,
      owner: index % 2 === 0 ? 'Customer-Service' : 'digital',
    }));
    expect(rulesAndPaths(withChanges({ steps }))).toEqual([['journey/service-and-digital-only', ['steps']]]);
    expect(lintJourney(withChanges({ steps }), { serviceAndDigitalFunctions: ['digital'] })).toEqual([]);
  });

  it('journey/no-outcome-measure: nothing measures the whole span', () => {
    const { outcomeMeasures: _measures, ...withoutOutcome } = engineRepairDocument;
    expect(rulesAndPaths(withoutOutcome)).toEqual([['journey/no-outcome-measure', ['outcomeMeasures']]]);
    expect(rulesAndPaths(withChanges({ outcomeMeasures: [] }))).toEqual([
      ['journey/no-outcome-measure', ['outcomeMeasures']],
    ]);
  });

  it('documents every rule it reports, each with a rationale and an example', () => {
    for (const rule of Object.values(journeyRules)) {
      expect(rule.rationale.length).toBeGreaterThan(80);
      expect(rule.example).toBeTruthy();
    }
  });

  it('refuses bad options and invalid documents with their codes and paths', () => {
    expectCxError(() => lintJourney(engineRepairDocument, { serviceAndDigitalFunctions: [''] }), 'INVALID_OPTION', [
      'serviceAndDigitalFunctions',
      0,
    ]);
    expectCxError(() => lintJourney(withChanges({ title: '' })), 'VALIDATION_FAILED', ['title']);
  });
});
