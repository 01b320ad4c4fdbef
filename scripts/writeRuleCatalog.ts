/**
 * Writes `docs/rules.md`, the catalog of every rule cxkit reports, from the modules'
 * rule registries: id, severity, what it finds, why it matters, an input that triggers
 * it, and the function that reports it; then every error code, from core's closed list,
 * with the modules whose message tables raise it. `test/docs/ruleCatalog.test.ts` fails when the
 * committed file and the registries differ: run `npm run docs:rules` after changing a rule.
 */
import { join } from 'node:path';
import { errorCodes } from '../src/core/errors/errorCodes';
import { messages } from '../src/core/errors/messages';
import type { RuleDefinition } from '../src/core/index';
import { governanceRules } from '../src/governance/governanceRules';
import { governanceMessages } from '../src/governance/messages';
import { journeyRules } from '../src/journeys/journeyRules';
import { journeyMessages } from '../src/journeys/messages';
import { maturityRules } from '../src/maturity/maturityRules';
import { maturityMessages } from '../src/maturity/messages';
import { continuityMessages } from '../src/metrics/continuityMessages';
import { metricMessages } from '../src/metrics/messages';
import { metricRules } from '../src/metrics/metricRules';
import { outcomeMessages } from '../src/metrics/outcomeMessages';
import { surveyExportMessages } from '../src/metrics/surveyExportMessages';
import { nodeMessages } from '../src/node/messages';
import { peopleMessages } from '../src/people/messages';
import { peopleRules } from '../src/people/peopleRules';
import { renderMessages } from '../src/render/messages';
import { strategyMessages } from '../src/strategy/messages';
import { strategyRules } from '../src/strategy/strategyRules';
import { transferMessages } from '../src/transfer/messages';
import { metricTreeRules } from '../src/transfer/metricTreeRules';
import { warehouseMessages } from '../src/warehouse/messages';
import { workspaceMessages } from '../src/workspace/messages';
import { workspaceRules } from '../src/workspace/workspaceRules';
import { writeGeneratedDoc } from './writeGeneratedDoc';

export const ruleCatalogPath = join(import.meta.dirname, '..', 'docs', 'rules.md');

interface CatalogArea {
  readonly title: string;
  /** The import that holds the registry and the functions that report its rules. */
  readonly module: string;
  readonly registry: string;
  readonly reportedBy: string;
  readonly guide: string;
  readonly rules: Readonly<Record<string, RuleDefinition>>;
}

/** Every registry, in the order a CX team meets them. */
export const catalogAreas: readonly CatalogArea[] = [
  {
    title: 'Strategy: missions, success statements, strategies',
    module: 'cxkit/strategy',
    registry: 'strategyRules',
    reportedBy: '`lintMission`, `lintSuccessStatement`, `lintStrategy`',
    guide: 'strategy.md',
    rules: strategyRules,
  },
  {
    title: 'Metrics: metric definitions and their history',
    module: 'cxkit/metrics',
    registry: 'metricRules',
    reportedBy: '`lintMetricHistory`',
    guide: 'metrics.md',
    rules: metricRules,
  },
  {
    title: 'Journeys',
    module: 'cxkit/journeys',
    registry: 'journeyRules',
    reportedBy: '`lintJourney`',
    guide: 'journeys.md',
    rules: journeyRules,
  },
  {
    title: 'Transfer functions: metric trees',
    module: 'cxkit/transfer',
    registry: 'metricTreeRules',
    reportedBy: '`lintMetricTree`',
    guide: 'transfer.md',
    rules: metricTreeRules,
  },
  {
    title: 'Governance',
    module: 'cxkit/governance',
    registry: 'governanceRules',
    reportedBy: '`auditGovernance`, `checkSurveyPolicy`',
    guide: 'governance.md',
    rules: governanceRules,
  },
  {
    title: 'People: immersion and education',
    module: 'cxkit/people',
    registry: 'peopleRules',
    reportedBy: '`auditImmersionLog`, `auditEducationPlan`',
    guide: 'people.md',
    rules: peopleRules,
  },
  {
    title: 'Maturity',
    module: 'cxkit/maturity',
    registry: 'maturityRules',
    reportedBy: '`scoreAssessment`, `aggregateAssessments`, `compareAssessments`',
    guide: 'maturity.md',
    rules: maturityRules,
  },
  {
    title: 'Workspaces: files, links and data',
    module: 'cxkit/workspace',
    registry: 'workspaceRules',
    reportedBy: '`lintWorkspace` (and `cxkit lint`)',
    guide: 'workspace.md',
    rules: workspaceRules,
  },
];

/** Each module's table of error messages; a code in a table is one the module raises. */
export const errorMessageTables: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  // Core holds INVALID_INPUT's message for the domain modules but raises INVALID_ARGUMENT itself.
  'cxkit/core': Object.fromEntries(
    Object.entries({ ...messages, VALIDATION_FAILED: undefined }).filter(([code]) => code !== 'INVALID_INPUT'),
  ),
  'cxkit/metrics': { ...metricMessages, ...continuityMessages, ...surveyExportMessages, ...outcomeMessages },
  'cxkit/journeys': journeyMessages,
  'cxkit/transfer': transferMessages,
  'cxkit/strategy': strategyMessages,
  'cxkit/governance': governanceMessages,
  'cxkit/maturity': maturityMessages,
  'cxkit/people': peopleMessages,
  'cxkit/warehouse': warehouseMessages,
  // The workspace table also holds its findings' messages (camelCase keys), which are no error codes.
  'cxkit/workspace': Object.fromEntries(Object.entries(workspaceMessages).filter(([key]) => /^[A-Z_]+$/.test(key))),
  'cxkit/render': renderMessages,
  'cxkit/node': nodeMessages,
};

function errorCodeLines(): string[] {
  const raisedBy = (code: string) =>
    Object.entries(errorMessageTables)
      .filter(([, table]) => code in table)
      .map(([module]) => `\`${module.replace('cxkit/', '')}\``)
      .join(', ');
  return [
    '',
    '## Error codes',
    '',
    `Every \`CxError\` carries one of these ${Object.keys(errorCodes).length} codes: \`CxErrorCode\` (from \`cxkit/core\`) is`,
    'their union, closed, so a `switch` over it is checked by the compiler. A code keeps its meaning across',
    'versions; match on it rather than on the message. Test a caught value with `isCxError(value, code)`,',
    'which also recognizes an error raised by the other build (ESM or CommonJS) or another copy of cxkit.',
    'Core functions raise `INVALID_ARGUMENT` for a bad argument, the domain modules `INVALID_INPUT`;',
    'a bad option is `INVALID_OPTION` everywhere.',
    '',
    '| code | means | raised by |',
    '| --- | --- | --- |',
    ...Object.entries(errorCodes).map(([code, meaning]) => `| \`${code}\` | ${meaning} | ${raisedBy(code)} |`),
  ];
}

function anchor(id: string): string {
  return id.replace(/[^a-z0-9-]/g, '');
}

function exampleLines(example: string | undefined): string[] {
  if (example === undefined) return [];
  if (example.trim() === '') return ['', 'Triggered by: an empty statement.'];
  if (example.startsWith('{')) {
    try {
      return ['', 'Triggered by:', '', '```json', JSON.stringify(JSON.parse(example), null, 2), '```'];
    } catch {
      // Not JSON after all: shown as text below.
    }
  }
  return ['', `Triggered by: ${example}`];
}

/** The Markdown of the catalog, generated from the registries. */
export function renderRuleCatalog(): string {
  const total = catalogAreas.reduce((sum, area) => sum + Object.keys(area.rules).length, 0);
  const lines = [
    '# Rule catalog',
    '',
    '<!-- Generated by scripts/writeRuleCatalog.ts from the rule registries; do not edit. Run `npm run docs:rules`. -->',
    '',
    `Every finding cxkit reports carries one of these ${total} rule ids. Each module exports its registry`,
    '(the rule objects below, with `summary`, `rationale`, `severity` and `example`), so a tool can show the',
    'rationale next to a finding. `cxkit lint` runs them all across a workspace; see the',
    '[CLI reference](cli.md) and [CX as code in your repository](cx-as-code.md). The [error codes](#error-codes)',
    'that functions throw are listed at the end.',
    '',
    '| area | registry | rules | reported by |',
    '| --- | --- | --- | --- |',
    ...catalogAreas.map(
      (area) =>
        `| [${area.title}](#${anchor(area.title.toLowerCase().replace(/[ ]/g, '-'))}) | \`${area.registry}\` from \`${area.module}\` | ${Object.keys(area.rules).length} | ${area.reportedBy} |`,
    ),
  ];
  for (const area of catalogAreas) {
    lines.push(
      '',
      `## ${area.title}`,
      '',
      `\`${area.registry}\` from \`${area.module}\`, reported by ${area.reportedBy}. Guide: [${area.guide}](${area.guide}).`,
      '',
      '| rule | severity | finds |',
      '| --- | --- | --- |',
      ...Object.values(area.rules).map(
        (rule) => `| [\`${rule.id}\`](#${anchor(rule.id)}) | ${rule.severity} | ${rule.summary} |`,
      ),
    );
    for (const rule of Object.values(area.rules)) {
      lines.push(
        '',
        `### ${rule.id}`,
        '',
        `**${rule.severity}** — ${rule.summary}`,
        '',
        rule.rationale,
        ...exampleLines(rule.example),
      );
    }
  }
  lines.push(...errorCodeLines());
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) {
  writeGeneratedDoc(ruleCatalogPath, renderRuleCatalog(), 'docs/rules.md', 'the rule registries');
}
