import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { isRecord } from '../core/errors/isRecord';
import { raise } from '../core/errors/raise';
import { suggestKey } from '../core/errors/suggestKey';
import type { Finding } from '../core/findings/Finding';
import { assertSeverity } from '../core/findings/findingChecks';
import { type FindingDetails, findingFromRule } from '../core/findings/findingFromRule';
import { parseInstant } from '../core/periods/parseInstant';
import { periodOf } from '../core/periods/periodOf';
import { timeZoneContext } from '../core/periods/timeZoneContext';
import { defaultPhrases } from './defaultPhrases';
import type { LintSuccessStatementOptions, PhraseLists, RuleSetting } from './LintOptions';
import { raiseStrategy } from './messages';
import { compilePhrases, type PhraseMatcher, phrasePattern } from './phraseMatcher';
import { type StrategyRuleId, strategyRules } from './strategyRules';

/**
 * @internal What the lint functions share for one run: the checked options, the
 * compiled phrase lists, and where findings go (honoring rules turned off or
 * re-leveled).
 */
export interface LintContext {
  readonly findings: Finding[];
  readonly report: (rule: StrategyRuleId, details: FindingDetails) => void;
  readonly wishes: PhraseMatcher;
  readonly superlatives: PhraseMatcher;
  /** Wishes and superlatives together, for the outcome and goal checks. */
  readonly vague: PhraseMatcher;
  readonly salesAims: PhraseMatcher;
  /** `asOf` as a `YYYY-MM-DD` date in the lint's calendar, when given. */
  readonly asOfDate: string | undefined;
  /** The ids of the given metric definitions, when given. */
  readonly metricDefinitionIds: ReadonlySet<string> | undefined;
}

const phraseListNames = ['wishes', 'superlatives', 'salesAims'] as const;

function readRuleSettings(rules: unknown): ReadonlyMap<string, RuleSetting> {
  const settings = new Map<string, RuleSetting>();
  if (rules === undefined) return settings;
  if (!isRecord(rules)) {
    raise('INVALID_OPTION', ['rules', 'an object of rule ids and severities or "off"', describeValue(rules)], {
      path: ['rules'],
    });
  }
  const known = Object.keys(strategyRules);
  for (const [id, setting] of Object.entries(rules)) {
    if (!Object.hasOwn(strategyRules, id)) {
      raiseStrategy('UNKNOWN_RULE', [id, suggestKey(id, known)], { path: ['rules', id] });
    }
    if (setting !== 'off') assertSeverity(setting, ['rules', id]);
    settings.set(id, setting as RuleSetting);
  }
  return settings;
}

function readPhrases(phrases: unknown): Record<(typeof phraseListNames)[number], readonly string[]> {
  const lists = {
    wishes: [...defaultPhrases.wishes],
    superlatives: [...defaultPhrases.superlatives],
    salesAims: [...defaultPhrases.salesAims],
  };
  if (phrases === undefined) return lists;
  if (!isRecord(phrases)) {
    raise('INVALID_OPTION', ['phrases', 'an object of phrase lists', describeValue(phrases)], { path: ['phrases'] });
  }
  for (const key of Object.keys(phrases)) {
    if ((phraseListNames as readonly string[]).includes(key)) continue;
    raise('UNKNOWN_OPTION', [`phrases.${key}`, suggestKey(key, phraseListNames), phraseListNames], {
      path: ['phrases', key],
    });
  }
  for (const name of phraseListNames) {
    const extra: unknown = (phrases as PhraseLists)[name];
    if (extra === undefined) continue;
    if (!Array.isArray(extra)) {
      raise('INVALID_OPTION', [`phrases.${name}`, 'an array of phrases', describeValue(extra)], {
        path: ['phrases', name],
      });
    }
    extra.forEach((phrase: unknown, index) => {
      if (typeof phrase !== 'string' || phrasePattern(phrase) === undefined) {
        raiseStrategy('INVALID_PHRASE', [name, describeValue(phrase)], { path: ['phrases', name, index] });
      }
    });
    lists[name].push(...extra);
  }
  return lists;
}

function readMetricDefinitionIds(definitions: unknown): ReadonlySet<string> | undefined {
  if (definitions === undefined) return undefined;
  if (!Array.isArray(definitions)) {
    raise('INVALID_OPTION', ['metricDefinitions', 'an array of metric definitions', describeValue(definitions)], {
      path: ['metricDefinitions'],
    });
  }
  return new Set(
    definitions.map((definition: unknown, index) => {
      const id = isRecord(definition) ? definition.id : undefined;
      if (typeof id !== 'string') {
        raise(
          'INVALID_OPTION',
          [`metricDefinitions[${index}]`, 'a metric definition with an id', describeValue(definition)],
          {
            path: ['metricDefinitions', index],
          },
        );
      }
      return id;
    }),
  );
}

/** @internal Checks a lint function's options once and sets up the run. */
export function createLintContext(
  options: LintSuccessStatementOptions | undefined,
  known: readonly string[],
): LintContext {
  checkOptions(options, known);
  const { rules, phrases, asOf, timeZone, metricDefinitions } = options ?? {};
  const settings = readRuleSettings(rules);
  const lists = readPhrases(phrases);
  // Checked even without asOf, so that a bad zone is never silently ignored.
  timeZoneContext(timeZone);
  const zone = timeZone ?? 'UTC';
  const asOfDate =
    asOf === undefined
      ? undefined
      : periodOf(parseInstant(asOf, { timeZone: zone, path: ['asOf'] }), 'day', { timeZone: zone }).label;
  const findings: Finding[] = [];
  return {
    findings,
    report: (rule, details) => {
      const setting = settings.get(rule);
      if (setting === 'off') return;
      findings.push(
        findingFromRule(strategyRules[rule], setting === undefined ? details : { ...details, severity: setting }),
      );
    },
    wishes: compilePhrases(lists.wishes),
    superlatives: compilePhrases(lists.superlatives),
    vague: compilePhrases([...lists.wishes, ...lists.superlatives]),
    salesAims: compilePhrases(lists.salesAims),
    asOfDate,
    metricDefinitionIds: readMetricDefinitionIds(metricDefinitions),
  };
}
