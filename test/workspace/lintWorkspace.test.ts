import { describe, expect, it } from 'vitest';
import { countFindings } from '../../src/core/index';
import { peopleRules } from '../../src/people/index';
import type { Workspace, WorkspaceDocumentEntry, WorkspaceFinding } from '../../src/workspace/index';
import { formatFindings, lintWorkspace, readWorkspaceDocument, sarif, workspaceRules } from '../../src/workspace/index';
import { expectCxError } from '../expectCxError';

const at = (line: number, column: number) => () => ({ line, column });

function entry(file: string, value: Record<string, unknown>, line = 1): WorkspaceDocumentEntry {
  const result = readWorkspaceDocument(value, { file, locate: at(line, 1) });
  if (result.entry === undefined) throw new Error(JSON.stringify(result.problems));
  return result.entry;
}

const charter = {
  kind: 'governance-charter',
  schemaVersion: 1,
  id: 'cx-governance',
  title: 'CX governance charter',
  council: [{ id: 'maria', function: 'customer service', role: 'chair' }],
  executives: [{ id: 'coo' }],
  decisionRights: [{ decisionType: 'journey-change', responsible: ['maria'], accountable: ['coo'] }],
  quorum: 1,
  reviewDeadline: { businessDays: 5 },
};
const log = (id: string, events: unknown[]) => ({
  kind: 'decision-log',
  schemaVersion: 1,
  id,
  title: 'Decisions',
  charter: 'cx-governance',
  events,
});

describe('lintWorkspace', () => {
  it('audits a charter with all its decision logs and places each finding in the log that holds the event', () => {
    // Submitted on Monday 2 March 2026 with a 5-business-day deadline (due 9 March): overdue on 20 March.
    const workspace: Workspace = {
      manifest: null,
      documents: [
        entry('governance/charter.yaml', charter),
        entry(
          'governance/2026-q1.yaml',
          log('q1', [{ id: 'e1', recommendation: 'callback', type: 'proposed', actor: 'maria', at: '2026-03-02' }]),
          10,
        ),
        entry(
          'governance/2026-q1-late.yaml',
          log('q1-late', [
            { id: 'e2', recommendation: 'callback', type: 'submitted', actor: 'maria', at: '2026-03-02' },
          ]),
          20,
        ),
      ],
      data: [],
      problems: [],
    };
    const findings = lintWorkspace(workspace, { asOf: '2026-03-20' });
    expect(findings.map((finding) => [finding.file, finding.rule, finding.path, finding.line])).toEqual([
      ['governance/2026-q1-late.yaml', 'governance/review-overdue', ['events', 0], 20],
    ]);
    expect(lintWorkspace(workspace, { asOf: '2026-03-06' })).toEqual([]);
  });

  it('says once that date checks were skipped when no as-of date is known', () => {
    const workspace: Workspace = {
      manifest: null,
      documents: [entry('charter.yaml', charter)],
      data: [],
      problems: [],
    };
    expect(lintWorkspace(workspace).map((finding) => [finding.rule, finding.severity, finding.file])).toEqual([
      ['workspace/no-as-of', 'info', 'charter.yaml'],
    ]);
  });

  it('turns a check that throws into a check-failed finding and goes on with the rest', () => {
    const definition = (file: string) =>
      entry(file, {
        kind: 'metric-definition',
        schemaVersion: 1,
        id: 'nps',
        title: 'NPS',
        metric: 'nps',
        versions: [
          {
            effectiveFrom: '2025-01-01',
            scale: { min: 0, max: 10, favorable: { from: 9, to: 10 }, unfavorable: { from: 0, to: 6 } },
            question: 'How likely are you to recommend us?',
            population: 'customers',
            primary: true,
          },
        ],
      });
    const mission = entry('mission.yaml', {
      kind: 'mission',
      schemaVersion: 1,
      id: 'cx-mission',
      title: 'Mission',
      statement: 'Exceed customer expectations.',
    });
    const workspace: Workspace = {
      manifest: null,
      documents: [definition('a.yaml'), definition('b.yaml'), mission],
      data: [],
      problems: [],
    };
    const findings = lintWorkspace(workspace, { asOf: '2026-01-01' });
    expect(findings[0]).toMatchObject({ file: 'a.yaml', rule: 'workspace/check-failed', severity: 'error' });
    expect(findings[0]?.message).toMatch(/^The document could not be checked: /);
    // The mission in the next file is still linted.
    expect(findings.filter((finding) => finding.file === 'mission.yaml').map((finding) => finding.rule)).toContain(
      'mission/vague-wish',
    );
  });

  it('scores maturity assessments against a built-in model named by its key', () => {
    const assessment = entry('maturity/coo.yaml', {
      kind: 'maturity-assessment',
      schemaVersion: 1,
      id: 'coo-2026',
      title: 'COO self-assessment',
      model: 'commitments',
      answers: {
        'mindset-leaders': 4,
        'mindset-everyone': 4,
        'mindset-mission': 4,
        'strategy-success': 5,
        'strategy-plans': 4,
        'discipline-governance': 2,
        'discipline-measurement': 2,
        'discipline-education': 2,
      },
    });
    // As the scoreAssessment example: discipline (2) is 2.25 levels below the mean of 4 and 4.5.
    const findings = lintWorkspace({ manifest: null, documents: [assessment], data: [], problems: [] });
    expect(findings.map((finding) => finding.rule)).toEqual(['maturity/one-or-two-wont-do', 'maturity/weakest-link']);
  });
});

describe('lintWorkspace: how long a metric program may go unreviewed', () => {
  // Unchanged since 1 January 2024 and never reviewed: on 1 November 2026 that is 34 months.
  const definition = entry('metrics/csat.yaml', {
    kind: 'metric-definition',
    schemaVersion: 1,
    id: 'return-csat',
    title: 'Satisfaction at return',
    metric: 'csat',
    versions: [
      {
        effectiveFrom: '2024-01-01',
        scale: { min: 1, max: 5, favorable: { from: 4, to: 5 } },
        question: 'How satisfied are you with the return of your engine?',
        population: 'every engine returned',
        primary: true,
      },
    ],
  });
  const manifest = (fields: Record<string, unknown>) =>
    entry('cxkit.yaml', { kind: 'workspace', schemaVersion: 1, id: 'w', title: 'W', asOf: '2026-11-01', ...fields });
  const lint = (manifestFields: Record<string, unknown>, options = {}) => {
    const head = manifest(manifestFields);
    return lintWorkspace(
      { manifest: head.document as Workspace['manifest'], documents: [head, definition], data: [], problems: [] },
      options,
    ).map((finding) => finding.rule);
  };

  it('defaults to 24 months; the manifest and the option set the period, the option winning', () => {
    expect(lint({})).toEqual(['metric/not-reviewed']);
    // 1 January 2024 is exactly 34 months before 1 November 2026: in time for a period of 34
    // months or more, late for 33.
    expect(lint({ reviewWithinMonths: 36 })).toEqual([]);
    expect(lint({ reviewWithinMonths: 34 })).toEqual([]);
    expect(lint({ reviewWithinMonths: 33 })).toEqual(['metric/not-reviewed']);
    expect(lint({ reviewWithinMonths: 36 }, { reviewWithinMonths: 12 })).toEqual(['metric/not-reviewed']);
  });

  it('refuses a period that is not a whole number of months from 1', () => {
    expect(
      readWorkspaceDocument(
        { kind: 'workspace', schemaVersion: 1, id: 'w', title: 'W', reviewWithinMonths: 0 },
        { file: 'cxkit.yaml' },
      ).problems.map((problem) => problem.path),
    ).toEqual([['reviewWithinMonths']]);
    expectCxError(() => lint({}, { reviewWithinMonths: 1.5 }), 'INVALID_OPTION', ['reviewWithinMonths']);
  });
});

describe('lintWorkspace on a file that does not parse', () => {
  const statement = entry('strategy/on-time.yaml', {
    kind: 'success-statement',
    schemaVersion: 1,
    id: 'on-time',
    title: 'On time',
    outcome: 'Engines come back on the promised day.',
    owner: 'COO',
    horizon: '2027-12-31',
    metrics: [
      {
        metric: 'relationship-nps',
        kind: 'customer-feedback',
        direction: 'higher-is-better',
        baseline: { value: 15, on: '2026-01-01' },
        target: { value: 30, by: '2027-12-31' },
      },
    ],
  });
  const log = entry('governance/decisions.yaml', {
    kind: 'decision-log',
    schemaVersion: 1,
    id: 'decisions',
    title: 'Decisions',
    charter: 'cx-governance',
    events: [],
  });
  // The metric definition and the charter are in files whose YAML is broken: the parser
  // reports three problems in one file, and the links to what they hold cannot resolve.
  const workspace: Workspace = {
    manifest: null,
    documents: [statement, log],
    data: [],
    problems: [
      {
        file: 'metrics/nps.yaml',
        line: 12,
        column: 9,
        code: 'invalid-syntax',
        message: 'Nested mappings are not allowed in compact mappings',
        path: [],
      },
      {
        file: 'metrics/nps.yaml',
        line: 12,
        column: 9,
        code: 'invalid-syntax',
        message: 'Implicit keys need to be on a single line',
        path: [],
      },
      {
        file: 'metrics/nps.yaml',
        line: 14,
        column: 1,
        code: 'invalid-syntax',
        message: 'Flow sequence in block collection must be sufficiently indented',
        path: [],
      },
      {
        file: 'governance/decisions.yaml',
        line: 5,
        code: 'missing-link',
        message: 'charter names "cx-governance", but no governance-charter has that id.',
        path: ['charter'],
      },
    ],
  };
  const findings = lintWorkspace(workspace, { asOf: '2026-11-01' });

  it("gives one finding per file, at the parser's first message, saying what waits for it", () => {
    const syntax = findings.filter((finding) => finding.rule === 'workspace/invalid-syntax');
    expect(syntax.map((finding) => [finding.file, finding.line, finding.message])).toEqual([
      ['metrics/nps.yaml', 12, 'Nested mappings are not allowed in compact mappings'],
    ]);
    expect(syntax[0]?.hint).toContain('links to them and checks across documents are not reported');
  });

  it('reports no link or metric as missing while it might be in the unread file', () => {
    expect(findings.map((finding) => finding.rule)).not.toContain('workspace/missing-link');
    expect(findings.map((finding) => finding.rule)).not.toContain('success/undefined-metric');
    // Read in full, the same workspace reports both.
    const readable = lintWorkspace({ ...workspace, problems: workspace.problems.slice(3) }, { asOf: '2026-11-01' });
    expect(readable.map((finding) => finding.rule)).toEqual(
      expect.arrayContaining(['workspace/missing-link', 'success/undefined-metric']),
    );
  });
});

describe('workspace output formats', () => {
  const findings: WorkspaceFinding[] = [
    {
      rule: 'workspace/missing-link',
      severity: 'error',
      message: 'charter names "x".',
      path: ['charter'],
      file: 'gov/log.yaml',
      line: 5,
      column: 1,
    },
    {
      rule: 'mission/vague-wish',
      severity: 'warning',
      message: '"exceed" is a wish.',
      path: ['statement'],
      file: 'mission one.yaml',
      line: 5,
      column: 12,
      hint: 'Say what customers get.',
    },
    { rule: 'workspace/no-as-of', severity: 'info', message: 'No as-of date.', path: [], file: 'cxkit.yaml' },
  ];

  it('writes text grouped by file, with positions, rule ids, hints and a count', () => {
    expect(formatFindings(findings)).toBe(
      [
        'gov/log.yaml',
        '  5:1     error   charter names "x". (at charter)  workspace/missing-link',
        '',
        'mission one.yaml',
        '  5:12    warning "exceed" is a wish. (at statement)  mission/vague-wish',
        '                  hint: Say what customers get.',
        '',
        'cxkit.yaml',
        '  -       info    No as-of date.  workspace/no-as-of',
        '',
        '3 findings (1 error, 1 warning, 1 info)',
        '',
      ].join('\n'),
    );
    expect(formatFindings([])).toBe('No findings.\n');
  });

  it('writes SARIF 2.1.0 with rules, levels, artifact locations and regions', () => {
    const log = sarif(findings, { toolVersion: '1.0.0' });
    expect(log.version).toBe('2.1.0');
    const [run] = log.runs;
    expect(run?.tool.driver.rules.map((rule) => [rule.id, rule.defaultConfiguration.level])).toEqual([
      ['workspace/missing-link', 'error'],
      ['mission/vague-wish', 'warning'],
      ['workspace/no-as-of', 'note'],
    ]);
    expect(run?.tool.driver.rules[0]?.shortDescription.text).toBe(workspaceRules['workspace/missing-link'].summary);
    expect(run?.results.map((result) => [result.ruleId, result.ruleIndex, result.level])).toEqual([
      ['workspace/missing-link', 0, 'error'],
      ['mission/vague-wish', 1, 'warning'],
      ['workspace/no-as-of', 2, 'note'],
    ]);
    // Spaces are percent-encoded in the URI; a finding without a line gets line 1 (code scanning needs one).
    expect(run?.results.map((result) => result.locations[0]?.physicalLocation)).toEqual([
      { artifactLocation: { uri: 'gov/log.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 5, startColumn: 1 } },
      {
        artifactLocation: { uri: 'mission%20one.yaml', uriBaseId: '%SRCROOT%' },
        region: { startLine: 5, startColumn: 12 },
      },
      { artifactLocation: { uri: 'cxkit.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } },
    ]);
    expect(run?.results[1]?.message.text).toBe('"exceed" is a wish. Say what customers get.');
  });

  it('describes the people rules in SARIF like every other module’s', () => {
    // An info finding the registry calls a warning: the rule's default level comes from the registry.
    const immersion: WorkspaceFinding = {
      rule: 'immersion/finding-led-nowhere',
      severity: 'info',
      message: 'Found something; nothing came of it.',
      path: ['entries', 0, 'ledTo'],
      file: 'people/immersion-log.yaml',
      line: 9,
    };
    const rule = sarif([immersion]).runs[0]?.tool.driver.rules[0];
    expect(rule?.shortDescription.text).toBe(peopleRules['immersion/finding-led-nowhere'].summary);
    expect(rule?.fullDescription.text).toBe(peopleRules['immersion/finding-led-nowhere'].rationale);
    expect(rule?.defaultConfiguration.level).toBe('warning');
  });

  it('writes JSON with the findings and their counts', () => {
    const parsed = JSON.parse(formatFindings(findings, { format: 'json' }));
    expect(parsed.findings).toEqual(findings);
    expect(parsed.counts).toEqual(countFindings(findings));
  });
});
