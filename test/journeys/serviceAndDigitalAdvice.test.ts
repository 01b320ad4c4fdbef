import { journeyRules, lintJourney, parseJourney } from 'cxkit/journeys';
import { describe, expect, it } from 'vitest';
import { expectCxError } from '../expectCxError';
import { engineRepairDocument } from './engineRepairJourney';

// The practice: focusing CX on service or digital "is not wrong", and in some businesses
// it is the strategic driver of growth; limiting CX to them is the mistake where they are
// only one component of the journey. The rule used to warn in every case.
const serviceAndDigital = {
  ...engineRepairDocument,
  steps: engineRepairDocument.steps.map((step, index) => ({
    ...step,
    owner: index % 2 === 0 ? 'customer service' : 'digital',
  })),
};

describe('journey/service-and-digital-only is advice a journey can acknowledge', () => {
  it('is advice (info), not a warning', () => {
    expect(journeyRules['journey/service-and-digital-only'].severity).toBe('info');
    expect(lintJourney(serviceAndDigital).map((finding) => [finding.rule, finding.severity])).toEqual([
      ['journey/service-and-digital-only', 'info'],
    ]);
  });

  it('goes away once acknowledged with a reason', () => {
    const acknowledged = {
      ...serviceAndDigital,
      acknowledged: [
        {
          rule: 'journey/service-and-digital-only',
          reason: 'An online subscription: the app and the help desk are the whole journey the customer lives.',
        },
      ],
    };
    expect(lintJourney(acknowledged)).toEqual([]);
    expect(parseJourney(acknowledged).acknowledged?.[0]?.rule).toBe('journey/service-and-digital-only');
  });

  it('an acknowledgment needs a reason, and names a rule that can be acknowledged', () => {
    expectCxError(
      () =>
        parseJourney({
          ...serviceAndDigital,
          acknowledged: [{ rule: 'journey/service-and-digital-only', reason: ' ' }],
        }),
      'VALIDATION_FAILED',
    );
    expectCxError(
      () =>
        parseJourney({
          ...serviceAndDigital,
          acknowledged: [{ rule: 'journey/inside-out-boundary', reason: 'We like it.' }],
        }),
      'VALIDATION_FAILED',
    );
  });
});
