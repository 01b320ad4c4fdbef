import { describe, expect, it } from 'vitest';
import { CxValidationError } from '../../src/core/index';
import { lintMetricHistory, type MetricDefinition, parseMetricDefinition } from '../../src/metrics/index';
import { expectCxError } from '../expectCxError';

const npsScale = { min: 0, max: 10, favorable: { from: 9, to: 10 }, unfavorable: { from: 0, to: 6 } };
const csatScale = { min: 1, max: 5, favorable: { from: 4, to: 5 } };
const recommend = 'How likely are you to recommend us to a colleague?';
const afterRepair = 'customers 7 days after a repair';

function version(effectiveFrom: string, changes: Record<string, unknown> = {}) {
  return { effectiveFrom, scale: npsScale, question: recommend, population: afterRepair, primary: true, ...changes };
}

function definition(versions: object[], id = 'nps-repair', title = 'NPS after repair'): MetricDefinition {
  return parseMetricDefinition({ kind: 'metric-definition', schemaVersion: 1, id, title, metric: 'nps', versions });
}

// Two definitions whose primary flag the tests set version by version.
function relationship(versions: object[]) {
  return definition(versions, 'nps-relationship', 'NPS relationship');
}
function support(versions: object[]) {
  return definition(
    versions.map((entry) => ({
      ...entry,
      scale: csatScale,
      question: 'How satisfied were you with our support?',
      population: 'customers the day after a case closes',
    })),
    'csat-support',
    'CSAT after support',
  );
}

const changedHint =
  'Run the old and the new definition side by side for a period to measure the offset, and mark the break on every chart of the series.';
const tooOftenHint = 'Settle the definition and keep it; gather planned changes into one break a year at most.';
const reasonHint =
  'Add a reason: what changed, why, and who agreed to it, so that readers of the series can explain the break.';
const switchHint =
  'Keep one primary metric for the long run. If the switch is deliberate, report the new metric beside the old one for a period and mark the restart on every chart.';

const reason = 'Agreed by the CX council.';

describe('metric/definition-changed', () => {
  it('reports a scale change, with the dates on either side', () => {
    const history = definition([version('2025-01-01'), version('2026-03-01', { scale: csatScale, reason })]);
    expect(lintMetricHistory(history)).toEqual([
      {
        rule: 'metric/definition-changed',
        severity: 'warning',
        message:
          '"NPS after repair" (nps-repair) changed its scale between the version of 2025-01-01 and that of 2026-03-01: scores before and after are not comparable.',
        path: ['versions', 1, 'scale'],
        hint: changedHint,
      },
    ]);
  });

  it('counts a moved band as a scale change', () => {
    const topThree = { ...npsScale, favorable: { from: 8, to: 10 }, unfavorable: { from: 0, to: 5 } };
    const history = definition([version('2025-01-01'), version('2026-03-01', { scale: topThree, reason })]);
    expect(lintMetricHistory(history).map((finding) => finding.path)).toEqual([['versions', 1, 'scale']]);
  });

  it('names every part that changed, pointing at the first', () => {
    const history = definition([
      version('2024-01-01'),
      version('2025-01-01', { question: 'How likely are you to recommend us?', population: 'all customers', reason }),
      version('2026-01-01', { scale: csatScale, question: 'How satisfied are you?', population: 'buyers', reason }),
    ]);
    expect(lintMetricHistory(history)).toEqual([
      {
        rule: 'metric/definition-changed',
        severity: 'warning',
        message:
          '"NPS after repair" (nps-repair) changed its question wording and population between the version of 2024-01-01 and that of 2025-01-01: scores before and after are not comparable.',
        path: ['versions', 1, 'question'],
        hint: changedHint,
      },
      {
        rule: 'metric/definition-changed',
        severity: 'warning',
        message:
          '"NPS after repair" (nps-repair) changed its scale, question wording and population between the version of 2025-01-01 and that of 2026-01-01: scores before and after are not comparable.',
        path: ['versions', 2, 'scale'],
        hint: changedHint,
      },
    ]);
  });

  it('is not triggered by a version that changes only the primary flag, or only spacing in the wording', () => {
    const history = definition([
      version('2024-01-01'),
      version('2025-01-01', { primary: false, reason }),
      version('2026-01-01', {
        question: '  How likely are you to recommend\n  us to a colleague? ',
        population: 'customers  7 days after a repair',
        primary: false,
        reason: 'Reflowed the YAML.',
      }),
    ]);
    expect(lintMetricHistory(history)).toEqual([]);
  });

  it('treats a change of letter case as a change of wording: respondents read it', () => {
    const history = definition([
      version('2024-01-01'),
      version('2025-01-01', { question: recommend.toUpperCase(), reason }),
    ]);
    expect(lintMetricHistory(history).map((finding) => finding.path)).toEqual([['versions', 1, 'question']]);
  });
});

describe('metric/changes-too-often', () => {
  it('reports the second change within 365 days by default', () => {
    const history = definition([
      version('2025-06-01'),
      version('2026-02-01', { question: 'How likely are you to recommend us?', reason }),
      version('2026-07-01', {
        question: 'How likely are you to recommend us?',
        population: 'customers on the day of a repair',
        reason,
      }),
    ]);
    const findings = lintMetricHistory(history);
    expect(findings.map((finding) => [finding.rule, finding.path])).toEqual([
      ['metric/definition-changed', ['versions', 1, 'question']],
      ['metric/changes-too-often', ['versions', 2, 'effectiveFrom']],
      ['metric/definition-changed', ['versions', 2, 'population']],
    ]);
    expect(findings[1]).toEqual({
      rule: 'metric/changes-too-often',
      severity: 'warning',
      message:
        'The change of "NPS after repair" (nps-repair) on 2026-07-01 is its 2nd definition change within 365 days (since 2026-02-01), more than the 1 allowed a year: the series breaks too often to read a trend.',
      path: ['versions', 2, 'effectiveFrom'],
      hint: tooOftenHint,
    });
  });

  it('counts a window of 365 days: 364 days apart is too often, 365 days apart is not', () => {
    const changes = (second: string) =>
      definition([
        version('2024-06-01'),
        version('2025-01-01', { question: 'Would you recommend us?', reason }),
        version(second, { question: 'Would you recommend us to a colleague?', reason }),
      ]);
    const tooOften = (history: MetricDefinition) =>
      lintMetricHistory(history).filter((finding) => finding.rule === 'metric/changes-too-often').length;
    // 2025-01-01 + 364 days = 2025-12-31; + 365 days = 2026-01-01.
    expect(tooOften(changes('2025-12-31'))).toBe(1);
    expect(tooOften(changes('2026-01-01'))).toBe(0);
  });

  it('slides the window, naming where each crowded window starts', () => {
    const history = definition([
      version('2024-01-01'),
      version('2025-01-01', { question: 'A?', reason }),
      version('2025-12-01', { question: 'B?', reason }),
      version('2026-11-01', { question: 'C?', reason }),
    ]);
    // 2025-01-01→2025-12-01 is 334 days, 2025-12-01→2026-11-01 is 335 days, 2025-01-01→2026-11-01 is 669.
    expect(
      lintMetricHistory(history)
        .filter((finding) => finding.rule === 'metric/changes-too-often')
        .map((finding) => finding.message),
    ).toEqual([
      'The change of "NPS after repair" (nps-repair) on 2025-12-01 is its 2nd definition change within 365 days (since 2025-01-01), more than the 1 allowed a year: the series breaks too often to read a trend.',
      'The change of "NPS after repair" (nps-repair) on 2026-11-01 is its 2nd definition change within 365 days (since 2025-12-01), more than the 1 allowed a year: the series breaks too often to read a trend.',
    ]);
  });

  it('follows maxChangesPerYear', () => {
    const history = definition([
      version('2025-01-01'),
      version('2025-03-01', { question: 'A?', reason }),
      version('2025-05-01', { question: 'B?', reason }),
      version('2025-07-01', { question: 'C?', reason }),
    ]);
    const tooOften = (maxChangesPerYear: number) =>
      lintMetricHistory(history, { maxChangesPerYear })
        .filter((finding) => finding.rule === 'metric/changes-too-often')
        .map((finding) => finding.message.replace(/^.* is its (\w+) .*more than the (\d+) .*$/, '$1 > $2'));
    expect(tooOften(0)).toEqual(['1st > 0', '2nd > 0', '3rd > 0']);
    expect(tooOften(2)).toEqual(['3rd > 2']);
    expect(tooOften(3)).toEqual([]);
  });

  it('is not triggered by changes more than a year apart', () => {
    const history = definition([
      version('2023-01-01'),
      version('2024-01-01', { question: 'A?', reason }),
      version('2025-01-01', { question: 'B?', reason }),
      version('2026-01-01', { question: 'C?', reason }),
    ]);
    expect(lintMetricHistory(history).map((finding) => finding.rule)).toEqual([
      'metric/definition-changed',
      'metric/definition-changed',
      'metric/definition-changed',
    ]);
  });
});

describe('metric/change-without-reason', () => {
  it('reports each version after the first that gives no reason, as info', () => {
    const history = definition([
      version('2024-01-01'),
      version('2025-01-01', { primary: false }),
      version('2026-01-01', { primary: true, reason }),
    ]);
    expect(lintMetricHistory(history)).toEqual([
      {
        rule: 'metric/change-without-reason',
        severity: 'info',
        message:
          'The version of "NPS after repair" (nps-repair) in force from 2025-01-01 does not say why the metric changed.',
        path: ['versions', 1, 'reason'],
        hint: reasonHint,
      },
    ]);
  });

  it('does not ask the first version for a reason', () => {
    expect(lintMetricHistory(definition([version('2024-01-01')]))).toEqual([]);
  });

  it('comes after the warnings of the same version', () => {
    const history = definition([version('2024-01-01'), version('2025-01-01', { scale: csatScale })]);
    expect(lintMetricHistory(history).map((finding) => [finding.rule, finding.severity, finding.path])).toEqual([
      ['metric/definition-changed', 'warning', ['versions', 1, 'scale']],
      ['metric/change-without-reason', 'info', ['versions', 1, 'reason']],
    ]);
  });
});

describe('metric/primary-metric-switched', () => {
  it('reports the primary metric moving from NPS to CSAT on one day, at the new primary version', () => {
    const history = [
      relationship([version('2024-01-01'), version('2026-01-01', { primary: false, reason })]),
      support([version('2024-01-01', { primary: false }), version('2026-01-01', { reason })]),
    ];
    expect(lintMetricHistory(history)).toEqual([
      {
        rule: 'metric/primary-metric-switched',
        severity: 'warning',
        message:
          'The primary CX metric switched on 2026-01-01 from "NPS relationship" (nps-relationship) to "CSAT after support" (csat-support): the series restarts, and scores before and after cannot be read as one trend.',
        path: [1, 'versions', 1, 'primary'],
        hint: switchHint,
      },
    ]);
  });

  it('finds a switch after a stretch with no primary metric', () => {
    const history = [
      relationship([version('2024-01-01'), version('2025-06-01', { primary: false, reason })]),
      support([version('2025-09-01')]),
    ];
    expect(lintMetricHistory(history).map((finding) => [finding.rule, finding.path, finding.message])).toEqual([
      [
        'metric/primary-metric-switched',
        [1, 'versions', 0, 'primary'],
        'The primary CX metric switched on 2025-09-01 from "NPS relationship" (nps-relationship) to "CSAT after support" (csat-support): the series restarts, and scores before and after cannot be read as one trend.',
      ],
    ]);
  });

  it('finds a switch after old and new ran side by side, on the day the old one stops', () => {
    const history = [
      relationship([version('2024-01-01'), version('2026-01-01', { primary: false, reason })]),
      support([version('2025-01-01', { primary: false }), version('2025-07-01', { reason })]),
    ];
    expect(lintMetricHistory(history).map((finding) => [finding.rule, finding.path])).toEqual([
      ['metric/primary-metric-switched', [0, 'versions', 1, 'primary']],
    ]);
    expect(lintMetricHistory(history)[0]?.message).toContain('switched on 2026-01-01 from "NPS relationship"');
  });

  it('reports a switch back as a second switch', () => {
    const history = [
      relationship([
        version('2024-01-01'),
        version('2025-01-01', { primary: false, reason }),
        version('2026-01-01', { reason }),
      ]),
      support([
        version('2024-01-01', { primary: false }),
        version('2025-01-01', { reason }),
        version('2026-01-01', { primary: false, reason }),
      ]),
    ];
    const restarts = ': the series restarts, and scores before and after cannot be read as one trend.';
    expect(lintMetricHistory(history).map((finding) => [finding.path, finding.message])).toEqual([
      [
        [0, 'versions', 2, 'primary'],
        `The primary CX metric switched on 2026-01-01 from "CSAT after support" (csat-support) to "NPS relationship" (nps-relationship)${restarts}`,
      ],
      [
        [1, 'versions', 1, 'primary'],
        `The primary CX metric switched on 2025-01-01 from "NPS relationship" (nps-relationship) to "CSAT after support" (csat-support)${restarts}`,
      ],
    ]);
  });

  it('is not triggered by one definition turning primary off and on, or by two primaries since one day becoming one', () => {
    const alone = relationship([
      version('2024-01-01'),
      version('2025-01-01', { primary: false, reason }),
      version('2026-01-01', { reason }),
    ]);
    expect(lintMetricHistory([alone])).toEqual([]);
    const consolidated = [
      relationship([version('2024-01-01')]),
      support([version('2024-01-01'), version('2025-01-01', { primary: false, reason })]),
    ];
    expect(lintMetricHistory(consolidated)).toEqual([]);
  });

  it('is not triggered when a second metric is added beside the primary one', () => {
    const history = [relationship([version('2024-01-01')]), support([version('2025-01-01')])];
    expect(lintMetricHistory(history)).toEqual([]);
  });
});

describe('metric/no-primary-metric', () => {
  const history = [
    relationship([version('2024-01-01'), version('2026-01-01', { primary: false, reason })]),
    support([version('2024-01-01', { primary: false })]),
  ];

  it('reports that no definition is primary on asOf, for the whole input', () => {
    // Reviews are not what this rule is about: allow ten years without one.
    expect(lintMetricHistory(history, { asOf: '2026-11-22', reviewWithinMonths: 120 })).toEqual([
      {
        rule: 'metric/no-primary-metric',
        severity: 'info',
        message:
          'No metric definition is primary on 2026-11-22: there is no one score the organization agrees to steer by.',
        path: [],
        hint: 'Choose one metric (NPS, CSAT, CES or a mix) as the primary CX metric and set primary: true in its version in force.',
      },
    ]);
  });

  it('reports a date before any version took effect, and an empty list', () => {
    expect(lintMetricHistory(history, { asOf: '2023-12-31' }).map((finding) => finding.rule)).toEqual([
      'metric/no-primary-metric',
    ]);
    expect(lintMetricHistory([], { asOf: new Date(Date.UTC(2026, 10, 22)) }).map((finding) => finding.rule)).toEqual([
      'metric/no-primary-metric',
    ]);
  });

  it('is not triggered while a primary version is in force, nor without asOf', () => {
    expect(lintMetricHistory(history, { asOf: '2025-12-31' })).toEqual([]);
    expect(lintMetricHistory(history)).toEqual([]);
  });

  it("reads asOf on the team's calendar", () => {
    const starting = [support([version('2025-01-01', { primary: false }), version('2026-01-01', { reason })])];
    // 23:30 on New Year's Eve in New York is already 1 January in UTC.
    const asOf = '2025-12-31T23:30:00-05:00';
    expect(lintMetricHistory(starting, { asOf })).toEqual([]);
    expect(
      lintMetricHistory(starting, { asOf, timeZone: 'America/New_York' }).map((finding) => finding.message),
    ).toEqual([
      'No metric definition is primary on 2025-12-31: there is no one score the organization agrees to steer by.',
    ]);
  });
});

describe('metric/several-primary-metrics', () => {
  const history = [
    relationship([version('2024-01-01')]),
    support([version('2024-01-01', { primary: false }), version('2025-01-01', { reason })]),
  ];
  const hint =
    'Keep one primary metric and set primary: false in the others’ versions in force; track them as drivers beneath it.';

  it('reports each definition primary on asOf, naming the others', () => {
    expect(lintMetricHistory(history, { asOf: '2026-11-22', reviewWithinMonths: 120 })).toEqual([
      {
        rule: 'metric/several-primary-metrics',
        severity: 'warning',
        message:
          'On 2026-11-22 "NPS relationship" (nps-relationship) is primary together with "CSAT after support" (csat-support): 2 primary metrics give leaders 2 answers to one question.',
        path: [0, 'versions', 0, 'primary'],
        hint,
      },
      {
        rule: 'metric/several-primary-metrics',
        severity: 'warning',
        message:
          'On 2026-11-22 "CSAT after support" (csat-support) is primary together with "NPS relationship" (nps-relationship): 2 primary metrics give leaders 2 answers to one question.',
        path: [1, 'versions', 1, 'primary'],
        hint,
      },
    ]);
  });

  it('is not triggered while only one is primary', () => {
    expect(lintMetricHistory(history, { asOf: '2024-12-31' })).toEqual([]);
  });
});

describe('paths', () => {
  it('start with the definition index for an array and without it for one definition', () => {
    const history = definition([version('2024-01-01'), version('2025-01-01', { scale: csatScale, reason })]);
    const other = relationship([version('2024-01-01', { primary: false })]);
    expect(lintMetricHistory(history).map((finding) => finding.path)).toEqual([['versions', 1, 'scale']]);
    expect(lintMetricHistory([other, history]).map((finding) => finding.path)).toEqual([[1, 'versions', 1, 'scale']]);
  });
});

describe('bad input', () => {
  const history = definition([version('2024-01-01')]);

  it('refuses unknown options, with a suggestion', () => {
    const error = expectCxError(() => lintMetricHistory(history, { asof: '2026-01-01' } as never), 'UNKNOWN_OPTION', [
      'asof',
    ]);
    expect(error.message).toBe(
      'Unknown option "asof"; did you mean "asOf"? Known options: asOf, timeZone, maxChangesPerYear, reviewWithinMonths.',
    );
    expectCxError(() => lintMetricHistory(history, 'strict' as never), 'INVALID_ARGUMENT', ['options']);
  });

  it('refuses a maxChangesPerYear that is not a whole number from 0', () => {
    for (const maxChangesPerYear of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '2']) {
      expectCxError(
        () => lintMetricHistory(history, { maxChangesPerYear: maxChangesPerYear as number }),
        'INVALID_OPTION',
        ['maxChangesPerYear'],
      );
    }
  });

  it('refuses an asOf that is not a date, and an unknown time zone', () => {
    expectCxError(() => lintMetricHistory(history, { asOf: 'tomorrow' }), 'INVALID_DATE', ['asOf']);
    expectCxError(() => lintMetricHistory(history, { asOf: Number.NaN }), 'INVALID_DATE', ['asOf']);
    expectCxError(() => lintMetricHistory(history, { timeZone: 'Mars/Olympus' }), 'INVALID_TIME_ZONE', ['timeZone']);
  });

  it('refuses something that is neither a definition nor a list of them', () => {
    const error = expectCxError(() => lintMetricHistory('nps' as never), 'INVALID_METRIC_HISTORY', []);
    expect(error.message).toBe('definitions must be a metric definition or an array of them; received "nps".');
    expectCxError(() => lintMetricHistory(null as never), 'INVALID_METRIC_HISTORY', []);
  });

  it('validates each definition, with paths under its index', () => {
    const broken = { ...history, versions: [{ ...version('2024-01-01'), primery: false }] };
    const error = expectCxError(() => lintMetricHistory([history, broken] as never), 'VALIDATION_FAILED', [
      1,
      'versions',
      0,
      'primery',
    ]);
    expect(error).toBeInstanceOf(CxValidationError);
    expect(error.message).toBe('definitions[1] is not a valid metric-definition document: 1 problem found.');
    expectCxError(() => lintMetricHistory([{ ...history, kind: 'metric' }] as never), 'WRONG_DOCUMENT_KIND', [
      0,
      'kind',
    ]);
    // A single definition keeps the paths parseMetricDefinition gives.
    expectCxError(() => lintMetricHistory(broken as never), 'VALIDATION_FAILED', ['versions', 0, 'primery']);
  });

  it('refuses two definitions with one id', () => {
    const error = expectCxError(() => lintMetricHistory([history, history]), 'DUPLICATE_METRIC_DEFINITION', [1, 'id']);
    expect(error.message).toBe(
      'Metric definition id "nps-repair" is used more than once (first at index 0); each definition needs its own id so that findings can name it.',
    );
  });

  it('does not change its input', () => {
    const frozen = structuredClone(history);
    const deepFreeze = (value: unknown): unknown => {
      if (typeof value === 'object' && value !== null) {
        for (const inner of Object.values(value)) deepFreeze(inner);
        Object.freeze(value);
      }
      return value;
    };
    deepFreeze(frozen);
    expect(lintMetricHistory([frozen], { asOf: '2026-01-01' })).toEqual([]);
    expect(frozen).toEqual(history);
  });
});
