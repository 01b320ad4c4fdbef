import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { combineRuleRegistries } from '../core/findings/combineRuleRegistries';
import type { Severity } from '../core/findings/Finding';
import type { RuleDefinition } from '../core/findings/RuleDefinition';
import { governanceRules } from '../governance/index';
import { journeyRules } from '../journeys/index';
import { maturityRules } from '../maturity/index';
import { metricRules } from '../metrics/index';
import { peopleRules } from '../people/index';
import { strategyRules } from '../strategy/index';
import { metricTreeRules } from '../transfer/index';
import { assertWorkspaceFindings } from './assertWorkspaceFindings';
import { raiseWorkspace } from './messages';
import type { WorkspaceFinding } from './WorkspaceFinding';
import { workspaceRules } from './workspaceRules';

/**
 * Options for {@link sarif}.
 *
 * @category Workspace
 */
export interface SarifOptions {
  /** The cxkit version, written as the tool driver's `version`. Default `'0.0.0'`. */
  readonly toolVersion?: string;
  /**
   * Where the workspace is, relative to the folder the uris are read against
   * (`%SRCROOT%`, for a code host the repository's root), with `/` separators: it is put
   * before every file, so that a workspace in a subfolder annotates the right files.
   * Default `''` (the workspace is that folder). `cxkit lint --format sarif` sets it from
   * the folder it runs in, or `--sarif-root`.
   */
  readonly workspacePath?: string;
}

/**
 * A SARIF 2.1.0 log, as far as cxkit writes one: one run, its tool driver with every
 * rule it reports, and one result per finding.
 *
 * @category Workspace
 */
export interface SarifLog {
  readonly $schema: string;
  readonly version: '2.1.0';
  readonly runs: ReadonlyArray<{
    readonly tool: {
      readonly driver: {
        readonly name: 'cxkit';
        readonly version: string;
        readonly informationUri: string;
        readonly rules: ReadonlyArray<{
          readonly id: string;
          readonly shortDescription: { readonly text: string };
          readonly fullDescription: { readonly text: string };
          readonly defaultConfiguration: { readonly level: SarifLevel };
        }>;
      };
    };
    readonly results: ReadonlyArray<{
      readonly ruleId: string;
      readonly ruleIndex?: number;
      readonly level: SarifLevel;
      readonly message: { readonly text: string };
      readonly locations: ReadonlyArray<{
        readonly physicalLocation: {
          readonly artifactLocation: { readonly uri: string; readonly uriBaseId: '%SRCROOT%' };
          readonly region: { readonly startLine: number; readonly startColumn?: number };
        };
      }>;
    }>;
  }>;
}

/**
 * A SARIF result level.
 *
 * @category Workspace
 */
export type SarifLevel = 'error' | 'warning' | 'note';

const levels: Readonly<Record<Severity, SarifLevel>> = { error: 'error', warning: 'warning', info: 'note' };

const encodeUri = (file: string) => file.split('/').map(encodeURIComponent).join('/');

function checkWorkspacePath(value: unknown): string {
  if (value === undefined) return '';
  const parts = typeof value === 'string' ? value.split('/') : [];
  if (
    typeof value !== 'string' ||
    /^[A-Za-z]:|\\/.test(value) ||
    value.startsWith('/') ||
    (value !== '' && parts.some((part) => part === '' || part === '.' || part === '..'))
  ) {
    raiseWorkspace(
      'INVALID_INPUT',
      [
        'Option workspacePath',
        'a relative folder path with "/" separators, without "." or ".." parts',
        describeValue(value),
      ],
      { path: ['workspacePath'] },
    );
  }
  return value;
}

/**
 * Writes findings as a SARIF 2.1.0 log, the format code hosts read to show findings
 * inline (GitHub code scanning's `upload-sarif`, for one): the tool driver lists every
 * rule the findings use with its summary, rationale and default level; each result has
 * its `ruleId` and `ruleIndex`, its level (`info` becomes `note`), its message (with the
 * hint) and a physical location — the file relative to the folder a code host reads
 * paths against (`uriBaseId: '%SRCROOT%'`: the workspace itself, or the folder
 * `workspacePath` is relative to) and a region with `startLine` (1 when the format gives no
 * line, as code scanning requires one) and `startColumn` when known.
 *
 * @param findings - Findings from {@link lintWorkspace}.
 * @param options - `toolVersion` and `workspacePath`; see {@link SarifOptions}.
 * @returns The SARIF log, ready for `JSON.stringify`.
 * @throws `CxError` `INVALID_INPUT` (path `workspacePath`), and `INVALID_ARGUMENT`, `INVALID_RULE_ID`,
 *   `INVALID_SEVERITY` or `INVALID_INPUT` for a malformed finding; `UNKNOWN_OPTION`.
 *
 * @example
 * import { sarif } from 'cxkit/workspace';
 *
 * const log = sarif(
 *   [{ rule: 'mission/vague-wish', severity: 'warning', message: '"exceed" is a wish.', path: ['statement'], file: 'mission.yaml', line: 5, column: 12 }],
 *   { toolVersion: '1.2.0' },
 * );
 * log.version // => '2.1.0'
 * log.runs[0]?.tool.driver.rules.map((rule) => rule.id) // => ['mission/vague-wish']
 * log.runs[0]?.results[0]?.locations[0]?.physicalLocation
 * // => { artifactLocation: { uri: 'mission.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 5, startColumn: 12 } }
 * const inSubfolder = sarif([{ rule: 'mission/vague-wish', severity: 'warning', message: 'A wish.', path: [], file: 'mission.yaml' }], { workspacePath: 'cx/workspace' });
 * inSubfolder.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri // => 'cx/workspace/mission.yaml'
 * sarif([], { workspacePath: '../elsewhere' }) // throws CxError INVALID_INPUT
 *
 * @category Workspace
 */
export function sarif(findings: readonly WorkspaceFinding[], options: SarifOptions = {}): SarifLog {
  assertWorkspaceFindings(findings);
  checkOptions(options, ['toolVersion', 'workspacePath']);
  const workspacePath = checkWorkspacePath(options.workspacePath);
  const prefix = workspacePath === '' ? '' : `${workspacePath}/`;
  const registry: Readonly<Record<string, RuleDefinition>> = combineRuleRegistries(
    workspaceRules,
    strategyRules,
    journeyRules,
    metricRules,
    metricTreeRules,
    governanceRules,
    maturityRules,
    peopleRules,
  );
  const ruleIds = [...new Set(findings.map((finding) => finding.rule))];
  const indexOf = new Map(ruleIds.map((id, index) => [id, index]));
  const rules = ruleIds.map((id) => {
    const definition = Object.hasOwn(registry, id) ? registry[id] : undefined;
    const severity = definition?.severity ?? findings.find((finding) => finding.rule === id)?.severity ?? 'warning';
    return {
      id,
      shortDescription: { text: definition?.summary ?? id },
      fullDescription: { text: definition?.rationale ?? definition?.summary ?? id },
      defaultConfiguration: { level: levels[severity] },
    };
  });
  const results = findings.map((finding) => ({
    ruleId: finding.rule,
    ruleIndex: indexOf.get(finding.rule) as number,
    level: levels[finding.severity],
    message: { text: finding.hint === undefined ? finding.message : `${finding.message} ${finding.hint}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeUri(`${prefix}${finding.file}`), uriBaseId: '%SRCROOT%' as const },
          region: {
            startLine: finding.line ?? 1,
            ...(finding.column === undefined ? {} : { startColumn: finding.column }),
          },
        },
      },
    ],
  }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'cxkit',
            version: options.toolVersion ?? '0.0.0',
            informationUri: 'https://www.npmjs.com/package/cxkit',
            rules,
          },
        },
        results,
      },
    ],
  };
}
