import { describe, expect, it } from 'vitest';
import { CxValidationError, documentJsonSchema } from '../../src/core/index';
import {
  createMission,
  createStrategy,
  createSuccessStatement,
  findUncommittedFunctions,
  parseMission,
  parseStrategy,
  parseSuccessStatement,
  safeParseMission,
  safeParseStrategy,
  safeParseSuccessStatement,
  strategyDocument,
} from '../../src/strategy/index';
import { expectCxError } from '../expectCxError';
import { bundledExample } from './bundledExamples';

const mission = bundledExample('mission.json') as Record<string, unknown>;
const onTheWing = bundledExample('on-the-wing.json') as Record<string, unknown> & { metrics: object[] };
const clearPaperwork = bundledExample('clear-paperwork.json') as Record<string, unknown>;
const goals = bundledExample('goals.json') as object[];
const strategy = {
  kind: 'strategy',
  schemaVersion: 1,
  id: 'engine-services-cx-strategy',
  title: 'Engine services CX strategy 2026–2027',
  mission,
  successStatements: [onTheWing, clearPaperwork],
  goals,
};

function issuesOf(result: { success: boolean; error?: unknown }) {
  if (result.success) throw new Error('expected the document to be refused');
  expect(result.error).toBeInstanceOf(CxValidationError);
  return (result.error as CxValidationError).issues.map((issue) => issue.path);
}

describe('reading the documents', () => {
  it('keeps every field of the bundled documents as written', () => {
    expect(parseMission(mission)).toEqual(mission);
    expect(parseSuccessStatement(onTheWing)).toEqual(onTheWing);
    expect(parseStrategy(strategy)).toEqual(strategy);
  });

  it('refuses wrong types at their paths', () => {
    expect(
      issuesOf(
        safeParseMission({
          ...mission,
          statement: 42,
          roles: [{ function: 'Finance', frontLine: 'no', commitment: 'x' }],
        }),
      ),
    ).toEqual([['statement'], ['roles', 0, 'frontLine']]);
    const metric = { ...(onTheWing.metrics[0] as object), kind: 'survey', baseline: { value: '64', on: '2025-12-31' } };
    expect(issuesOf(safeParseSuccessStatement({ ...onTheWing, metrics: [metric] }))).toEqual([
      ['metrics', 0, 'kind'],
      ['metrics', 0, 'baseline', 'value'],
    ]);
    expect(
      issuesOf(
        safeParseStrategy({ ...strategy, goals: [{ id: 'g', goal: 'x', measures: [{ metric: 'm', kind: 'nps' }] }] }),
      ),
    ).toEqual([['goals', 0, 'measures', 0, 'kind']]);
  });

  it('refuses blank texts, which would state nothing', () => {
    expect(issuesOf(safeParseMission({ ...mission, treatment: ['  '] }))).toEqual([['treatment', 0]]);
    expect(issuesOf(safeParseSuccessStatement({ ...onTheWing, owner: '' }))).toEqual([['owner']]);
  });

  it('refuses dates that do not parse, and a target date not after its baseline', () => {
    const metric = onTheWing.metrics[0] as Record<string, unknown>;
    expect(
      issuesOf(
        safeParseSuccessStatement({
          ...onTheWing,
          horizon: '31/12/2027',
          metrics: [{ ...metric, baseline: { value: 64, on: '2025-02-29' } }],
        }),
      ),
    ).toEqual([['horizon'], ['metrics', 0, 'baseline', 'on']]);
    const backwards = { ...metric, target: { value: 50, by: '2025-12-31' } };
    const result = safeParseSuccessStatement({ ...onTheWing, metrics: [backwards] });
    expect(issuesOf(result)).toEqual([['metrics', 0, 'target', 'by']]);
    expect(!result.success && (result.error as CxValidationError).issues[0]?.message).toBe(
      'The target date 2025-12-31 is not after the baseline date 2025-12-31; a target is reached after the baseline is measured.',
    );
  });

  it('refuses unknown fields with a suggestion, nested documents included', () => {
    const result = safeParseStrategy({ ...strategy, mission: { ...mission, priorites: [] } });
    expect(issuesOf(result)).toEqual([['mission', 'priorites']]);
    expect(!result.success && (result.error as CxValidationError).issues[0]?.message).toContain(
      'Did you mean "priorities"?',
    );
  });

  it('refuses links to success statements the strategy does not hold, and repeated ids', () => {
    const [first, second] = goals as [Record<string, unknown>, Record<string, unknown>];
    const result = safeParseStrategy({
      ...strategy,
      successStatements: [onTheWing, { ...clearPaperwork, id: 'on-the-wing' }],
      goals: [
        { ...first, supports: ['on-the-wing', 'repeat-orders'] },
        { ...second, id: first.id },
      ],
    });
    expect(issuesOf(result)).toEqual([
      ['successStatements', 1, 'id'],
      ['goals', 1, 'id'],
      ['goals', 0, 'supports', 1],
      // The second goal supports clear-paperwork, whose id this copy changed.
      ['goals', 1, 'supports', 0],
    ]);
    expect(!result.success && (result.error as CxValidationError).issues[2]?.message).toBe(
      'Goal "promise-dates-planning-can-keep" supports success statement "repeat-orders", which this strategy does not hold. Its success statements: on-the-wing, on-the-wing.',
    );
  });

  it('refuses a function given two roles, and a metric listed twice', () => {
    const roles = mission.roles as object[];
    expect(
      issuesOf(
        safeParseMission({
          ...mission,
          roles: [...roles, { function: ' finance', frontLine: false, commitment: 'x' }],
        }),
      ),
    ).toEqual([['roles', roles.length, 'function']]);
    expect(
      issuesOf(safeParseSuccessStatement({ ...onTheWing, metrics: [...onTheWing.metrics, onTheWing.metrics[0]] })),
    ).toEqual([['metrics', 3, 'metric']]);
  });

  it('refuses another kind and a newer schema version', () => {
    expectCxError(() => parseMission(onTheWing), 'WRONG_DOCUMENT_KIND', ['kind']);
    expectCxError(() => parseStrategy({ ...strategy, schemaVersion: 2 }), 'NEWER_SCHEMA_VERSION', ['schemaVersion']);
    expect(issuesOf(safeParseStrategy({ ...strategy, mission: { ...mission, schemaVersion: 2 } }))).toEqual([
      ['mission', 'schemaVersion'],
    ]);
  });

  it('export JSON Schema with the nested documents', () => {
    const schema = documentJsonSchema(strategyDocument) as { properties: Record<string, { required?: string[] }> };
    expect(schema.properties.mission?.required).toEqual(['kind', 'schemaVersion', 'id', 'title', 'statement']);
  });
});

describe('builders', () => {
  it('fill in the envelope and the stated defaults, and leave the rest out', () => {
    expect(createMission({ id: 'm', statement: 'We call back the same day.' })).toEqual({
      kind: 'mission',
      schemaVersion: 1,
      id: 'm',
      title: 'CX mission',
      statement: 'We call back the same day.',
    });
    expect(createSuccessStatement({ id: 's', outcome: 'Engines back on the promised day.' })).toEqual({
      kind: 'success-statement',
      schemaVersion: 1,
      id: 's',
      title: 'CX success statement',
      outcome: 'Engines back on the promised day.',
    });
    expect(createStrategy({ id: 'x', title: 'Plan' })).toEqual({
      kind: 'strategy',
      schemaVersion: 1,
      id: 'x',
      title: 'Plan',
    });
  });

  it('refuse misspelled fields and invalid values, naming them', () => {
    expectCxError(() => createMission({ id: 'm', statement: 'x', treatmnet: [] } as never), 'UNKNOWN_OPTION', [
      'treatmnet',
    ]);
    const error = expectCxError(() => createSuccessStatement({ id: 'not an id', outcome: 'x' }), 'VALIDATION_FAILED');
    expect((error as CxValidationError).issues.map((issue) => issue.path)).toEqual([['id']]);
  });
});

describe('findUncommittedFunctions', () => {
  const parsed = parseMission(mission);

  it('lists the functions without a role, as written and in order', () => {
    expect(
      findUncommittedFunctions(parsed, ['Finance', 'Accounting', 'engine  management', 'Quality', 'LOGISTICS']),
    ).toEqual(['Accounting', 'Quality']);
    expect(findUncommittedFunctions(parsed, [])).toEqual([]);
    expect(findUncommittedFunctions(createMission({ id: 'm', statement: 'x' }), ['Finance'])).toEqual(['Finance']);
  });

  it.each([
    ['Finance', 'INVALID_INPUT', []],
    [['Finance', ''], 'INVALID_INPUT', [1]],
    [['Finance', 7], 'INVALID_INPUT', [1]],
    [['Finance', 'Sales', ' finance '], 'DUPLICATE_FUNCTION', [2]],
  ])('refuses %j with %s at %j', (functions, code, path) => {
    expectCxError(() => findUncommittedFunctions(parsed, functions as never), code, path);
  });
});
