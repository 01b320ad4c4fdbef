import { describe, expect, it } from 'vitest';
import { CxValidationError } from '../../src/core/index';
import {
  lintMetricHistory,
  type MetricDefinition,
  parseMetricDefinition,
  safeParseMetricDefinition,
} from '../../src/metrics/index';
import { expectCxError } from '../expectCxError';

const npsScale = { min: 0, max: 10, favorable: { from: 9, to: 10 }, unfavorable: { from: 0, to: 6 } };
const csatScale = { min: 1, max: 5, favorable: { from: 4, to: 5 } };
const recommend = 'How likely are you to recommend us to a colleague?';
const population = 'customers 7 days after a repair';
const reason = 'Agreed by the CX council.';

function version(effectiveFrom: string, changes: Record<string, unknown> = {}) {
  return { effectiveFrom, scale: npsScale, question: recommend, population, primary: true, ...changes };
}

function definition(fields: Record<string, unknown>, id = 'nps-repair', title = 'NPS after repair'): MetricDefinition {
  return parseMetricDefinition({ kind: 'metric-definition', schemaVersion: 1, id, title, metric: 'nps', ...fields });
}

const rulesOf = (findings: readonly { rule: string; path: readonly unknown[] }[]) =>
  findings.map((finding) => [finding.rule, finding.path]);

const run = {
  from: '2026-01-05',
  to: '2026-02-27',
  responses: 412,
  bridge: 'Same-day scores run 3 points above 7-day ones (95% interval 1 to 5).',
  offset: 3,
};

describe('metric/not-reviewed: continuity is not neglect', () => {
  // The practice names "survey programs that have not had a change in ten years" as a
  // failure; a program unchanged since 2016 used to get no finding at all.
  const tenYears = definition({ versions: [version('2016-03-01')] });

  it('flags a survey program unchanged for ten years', () => {
    expect(lintMetricHistory(tenYears, { asOf: '2026-11-22' })).toEqual([
      {
        rule: 'metric/not-reviewed',
        severity: 'warning',
        message:
          '"NPS after repair" (nps-repair) has run unchanged since 2016-03-01 with no review recorded, more than 24 months before 2026-11-22: customers change, and a program left as it is stops hearing them.',
        path: ['versions'],
        hint: 'Review the question, the population and the scale with governance: keep what still serves, change the rest side by side, and record the review in lastReview.',
      },
    ]);
    // Without asOf there is no "now" to judge by (cxkit never reads the clock).
    expect(lintMetricHistory(tenYears)).toEqual([]);
  });

  it('a recorded review renews it; the period is the option, counted in calendar months', () => {
    const reviewed = definition({
      lastReview: { date: '2024-11-22', by: 'CX council', conclusion: 'Kept as is: it still predicts renewals.' },
      versions: [version('2016-03-01')],
    });
    // 2026-11-22 minus 24 months is 2024-11-22: a review on that day is in time, a day earlier is not.
    expect(lintMetricHistory(reviewed, { asOf: '2026-11-22' })).toEqual([]);
    expect(rulesOf(lintMetricHistory(reviewed, { asOf: '2026-11-23' }))).toEqual([
      ['metric/not-reviewed', ['lastReview']],
    ]);
    expect(lintMetricHistory(reviewed, { asOf: '2026-11-23' })[0]?.message).toBe(
      '"NPS after repair" (nps-repair) was last reviewed on 2024-11-22, more than 24 months before 2026-11-23: customers change, and a program left as it is stops hearing them.',
    );
    expect(lintMetricHistory(reviewed, { asOf: '2027-11-22', reviewWithinMonths: 36 })).toEqual([]);
    expect(rulesOf(lintMetricHistory(reviewed, { asOf: '2025-11-22', reviewWithinMonths: 12 }))).toEqual([]);
    expect(rulesOf(lintMetricHistory(reviewed, { asOf: '2025-11-22', reviewWithinMonths: 11 }))).toEqual([
      ['metric/not-reviewed', ['lastReview']],
    ]);
  });

  it('the end of a short month: 31 March less one month is 28 February', () => {
    const changed = definition({ versions: [version('2025-02-28')] });
    expect(lintMetricHistory(changed, { asOf: '2025-03-31', reviewWithinMonths: 1 })).toEqual([]);
    const earlier = definition({ versions: [version('2025-02-27')] });
    expect(rulesOf(lintMetricHistory(earlier, { asOf: '2025-03-31', reviewWithinMonths: 1 }))).toEqual([
      ['metric/not-reviewed', ['versions']],
    ]);
  });

  it('a change is a renewal too; a retired program and one not yet started are not judged', () => {
    const changed = definition({
      versions: [
        version('2016-03-01'),
        version('2026-01-01', { question: 'How likely are you to recommend us?', reason, sideBySide: run }),
      ],
    });
    expect(lintMetricHistory(changed, { asOf: '2026-11-22' })).toEqual([]);
    // Versions that take effect after asOf do not count as renewal on asOf.
    expect(lintMetricHistory(changed, { asOf: '2025-11-22' })[0]?.message).toContain(
      'has run unchanged since 2016-03-01',
    );
    const retired = definition({ metadata: { status: 'retired' }, versions: [version('2016-03-01')] });
    expect(lintMetricHistory(retired, { asOf: '2026-11-22' })).toEqual([]);
    // Not yet started on asOf: only the missing primary metric is reported.
    expect(rulesOf(lintMetricHistory(tenYearsFrom('2027-01-01'), { asOf: '2026-11-22' }))).toEqual([
      ['metric/no-primary-metric', []],
    ]);
  });

  it('names the definition by index in a list', () => {
    const fresh = definition({ versions: [version('2026-01-01', { primary: false })] }, 'csat-new', 'CSAT');
    expect(rulesOf(lintMetricHistory([fresh, tenYears], { asOf: '2026-11-22' }))).toEqual([
      ['metric/not-reviewed', [1, 'versions']],
    ]);
  });

  it('refuses a period that is not a whole number of months from 1', () => {
    for (const bad of [0, -1, 1.5, Number.NaN, '24']) {
      expectCxError(
        () => lintMetricHistory(tenYears, { asOf: '2026-11-22', reviewWithinMonths: bad as never }),
        'INVALID_OPTION',
        ['reviewWithinMonths'],
      );
    }
  });
});

function tenYearsFrom(date: string) {
  return definition({ versions: [version(date)] });
}

describe('a documented side-by-side change is accepted', () => {
  // A change run beside the old way, with its overlap and bridge recorded, used to warn
  // exactly like an undocumented one.
  it('no metric/definition-changed warning when the version records its side-by-side run', () => {
    const undocumented = definition({
      versions: [
        version('2025-01-01'),
        version('2026-03-01', { population: 'customers on the day of a repair', reason }),
      ],
    });
    expect(rulesOf(lintMetricHistory(undocumented))).toEqual([
      ['metric/definition-changed', ['versions', 1, 'population']],
    ]);
    const documented = definition({
      versions: [
        version('2025-01-01'),
        version('2026-03-01', { population: 'customers on the day of a repair', reason, sideBySide: run }),
      ],
    });
    expect(lintMetricHistory(documented)).toEqual([]);
    expect(documented.versions[1]?.sideBySide).toEqual(run);
  });

  it('still wants a reason, and still counts towards changes too often', () => {
    const noReason = definition({
      versions: [version('2025-01-01'), version('2026-03-01', { scale: csatScale, sideBySide: run })],
    });
    expect(rulesOf(lintMetricHistory(noReason))).toEqual([['metric/change-without-reason', ['versions', 1, 'reason']]]);
    const twice = definition({
      versions: [
        version('2025-01-01'),
        version('2025-06-01', {
          scale: csatScale,
          reason,
          sideBySide: { ...run, from: '2025-05-01', to: '2025-05-31' },
        }),
        version('2025-12-01', {
          question: 'How satisfied are you?',
          scale: csatScale,
          reason,
          sideBySide: { ...run, from: '2025-11-01', to: '2025-11-30' },
        }),
      ],
    });
    expect(rulesOf(lintMetricHistory(twice))).toEqual([['metric/changes-too-often', ['versions', 2, 'effectiveFrom']]]);
  });

  it('a switch of the primary metric after a recorded run beside the old one is accepted', () => {
    const relationship = definition(
      { versions: [version('2024-01-01'), version('2026-01-01', { primary: false, reason })] },
      'nps-relationship',
      'NPS relationship',
    );
    const csat = (sideBySide?: object) =>
      definition(
        {
          metric: 'csat',
          versions: [
            { ...version('2025-01-01', { primary: false }), scale: csatScale },
            {
              ...version('2026-01-01', { reason }),
              scale: csatScale,
              ...(sideBySide === undefined ? {} : { sideBySide }),
            },
          ],
        },
        'csat-support',
        'CSAT after support',
      );
    expect(rulesOf(lintMetricHistory([relationship, csat()]))).toEqual([
      ['metric/primary-metric-switched', [1, 'versions', 1, 'primary']],
    ]);
    expect(lintMetricHistory([relationship, csat({ ...run, from: '2025-01-01', to: '2025-12-31' })])).toEqual([]);
  });

  it('the schema checks the run: after the first version, in order, not before what it runs beside', () => {
    const issues = (versions: object[]) => {
      const result = safeParseMetricDefinition({
        kind: 'metric-definition',
        schemaVersion: 1,
        id: 'nps-repair',
        title: 'NPS after repair',
        metric: 'nps',
        versions,
      });
      if (result.success) throw new Error('expected the definition to be refused');
      expect(result.error).toBeInstanceOf(CxValidationError);
      return (result.error as CxValidationError).issues.map((issue) => [issue.path, issue.message]);
    };
    expect(issues([version('2025-01-01', { sideBySide: run })])).toEqual([
      [
        ['versions', 0, 'sideBySide'],
        'The first version has nothing before it to run beside; record side-by-side runs on the version that changed.',
      ],
    ]);
    expect(
      issues([version('2025-01-01'), version('2026-03-01', { reason, sideBySide: { ...run, to: '2025-12-31' } })]),
    ).toEqual([
      [['versions', 1, 'sideBySide', 'to'], 'The side-by-side run ends (2025-12-31) before it starts (2026-01-05).'],
    ]);
    expect(
      issues([version('2025-01-01'), version('2026-03-01', { reason, sideBySide: { ...run, from: '2024-12-01' } })]),
    ).toEqual([
      [
        ['versions', 1, 'sideBySide', 'from'],
        'The side-by-side run starts on 2024-12-01, before the version it runs beside took effect (2025-01-01).',
      ],
    ]);
    expect(
      issues([version('2025-01-01'), version('2026-03-01', { reason, sideBySide: { ...run, responses: 0 } })]).map(
        ([path]) => path,
      ),
    ).toEqual([['versions', 1, 'sideBySide', 'responses']]);
    expect(
      issues([version('2025-01-01'), version('2026-03-01', { reason, sideBySide: { ...run, bridge: ' ' } })]).map(
        ([path]) => path,
      ),
    ).toEqual([['versions', 1, 'sideBySide', 'bridge']]);
  });
});

describe('employee feedback as an ordinary metric definition', () => {
  const enps = {
    kind: 'metric-definition',
    schemaVersion: 1,
    id: 'employee-nps',
    title: 'Employee NPS',
    metric: 'nps',
    respondents: 'employees',
    versions: [
      {
        effectiveFrom: '2026-01-01',
        scale: npsScale,
        question: 'How likely are you to recommend working here to a friend?',
        population: 'All employees, every quarter',
        primary: false,
      },
    ],
  };

  it('reads an eNPS and lints it like any metric', () => {
    const definition = parseMetricDefinition(enps);
    expect(definition.respondents).toBe('employees');
    expect(lintMetricHistory(definition)).toEqual([]);
  });

  it('refuses an employee metric as the primary CX metric', () => {
    const result = safeParseMetricDefinition({ ...enps, versions: [{ ...enps.versions[0], primary: true }] });
    expect(result.success).toBe(false);
    expect(!result.success && (result.error as CxValidationError).issues.map((issue) => issue.path)).toEqual([
      ['versions', 0, 'primary'],
    ]);
    expectCxError(() => parseMetricDefinition({ ...enps, respondents: 'staff' }), 'VALIDATION_FAILED');
  });
});
