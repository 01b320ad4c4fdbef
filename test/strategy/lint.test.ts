import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/index';
import {
  createStrategy,
  lintMission,
  lintStrategy,
  lintSuccessStatement,
  type Mission,
  parseMission,
  parseSuccessStatement,
  type StrategyGoal,
  type SuccessStatement,
  strategyRules,
} from '../../src/strategy/index';
import { expectCxError } from '../expectCxError';
import { bundledExample } from './bundledExamples';

const mission = parseMission(bundledExample('mission.json'));
const onTheWing = parseSuccessStatement(bundledExample('on-the-wing.json'));
const clearPaperwork = parseSuccessStatement(bundledExample('clear-paperwork.json'));
const goals = bundledExample('goals.json') as StrategyGoal[];
const asOf = '2026-11-22';

function withMission(changes: Record<string, unknown>): Mission {
  return parseMission({ ...mission, ...changes });
}

function rulesOf(findings: readonly Finding[]) {
  return findings.map((finding) => finding.rule);
}

describe('the bundled examples', () => {
  it('lint clean: mission, both success statements, and the strategy that holds them', () => {
    expect(lintMission(mission)).toEqual([]);
    expect(lintSuccessStatement(onTheWing, { asOf })).toEqual([]);
    expect(lintSuccessStatement(clearPaperwork, { asOf })).toEqual([]);
    const strategy = createStrategy({
      id: 'engine-services-cx-strategy',
      mission,
      successStatements: [onTheWing, clearPaperwork],
      goals,
    });
    expect(lintStrategy(strategy, { asOf })).toEqual([]);
  });

  it('lint clean with the metric definitions of their survey metrics', () => {
    const metricDefinitions = [{ id: 'nps-airline' }, { id: 'ces-invoice' }];
    expect(lintSuccessStatement(onTheWing, { asOf, metricDefinitions })).toEqual([]);
    expect(lintSuccessStatement(clearPaperwork, { asOf, metricDefinitions })).toEqual([]);
  });
});

describe('the seed wishes', () => {
  // Offsets counted by hand, character by character from 0; each is also checked
  // against slice() so a miscount would show.
  it.each([
    ['We will exceed customer expectations.', 'mission/vague-wish', 8, 36, 'exceed customer expectations'],
    ['A world-class service.', 'mission/empty-superlative', 2, 13, 'world-class'],
    ['Move the needle on loyalty.', 'mission/vague-wish', 0, 15, 'Move the needle'],
  ] as const)('%j raises %s at %i–%i', (statement, rule, start, end, text) => {
    expect(statement.slice(start, end)).toBe(text);
    expect(lintMission(statement)).toEqual([
      expect.objectContaining({ rule, severity: 'warning', path: [], span: { start, end, text } }),
    ]);
  });

  it('"a superior journey for every customer, every time" raises a superlative and a wish', () => {
    const statement = 'A superior journey for every customer, every time.';
    const findings = lintMission(statement);
    expect(findings.map((finding) => [finding.rule, finding.span])).toEqual([
      ['mission/empty-superlative', { start: 2, end: 10, text: 'superior' }],
      ['mission/vague-wish', { start: 23, end: 49, text: 'every customer, every time' }],
    ]);
    expect(findings[1]?.message).toBe(
      '"every customer, every time" is a wish, not a commitment: it does not say what anyone will do differently for customers.',
    );
  });

  it('are found inside a mission document, with the path of the text they are in', () => {
    // By hand: "Airlines get engines back on the day we promised, and we " is 57 characters
    // (8+1+3+1+7+1+4+1+2+1+3+1+3+1+2+1+9+1+3+1+2+1), and "move the needle" 15.
    const statement = 'Airlines get engines back on the day we promised, and we move the needle on loyalty.';
    expect(statement.slice(57, 72)).toBe('move the needle');
    const findings = lintMission(withMission({ statement, treatment: ['World-class updates every week.'] }));
    expect(findings.map((finding) => [finding.rule, finding.path, finding.span])).toEqual([
      ['mission/vague-wish', ['statement'], { start: 57, end: 72, text: 'move the needle' }],
      ['mission/empty-superlative', ['treatment', 0], { start: 0, end: 11, text: 'World-class' }],
    ]);
  });

  it('are found in success outcomes and strategy goals', () => {
    const loyalty = parseSuccessStatement({ ...onTheWing, outcome: 'Move the needle on loyalty.' });
    expect(lintSuccessStatement(loyalty)).toEqual([
      {
        rule: 'success/vague-wish',
        severity: 'warning',
        message: '"Move the needle" in the outcome is a wish, not a measurable outcome.',
        path: ['outcome'],
        hint: 'Name the outcome, the amount and the date: "repeat orders from airlines rise from 62% to 70% by the end of 2027".',
        span: { start: 0, end: 15, text: 'Move the needle' },
      },
    ]);
    const strategy = createStrategy({
      id: 'cx',
      mission,
      successStatements: [onTheWing, clearPaperwork],
      goals: [{ ...(goals[0] as StrategyGoal), goal: 'A superior journey for every customer, every time.' }],
    });
    expect(lintStrategy(strategy).map((finding) => [finding.rule, finding.path, finding.span?.text])).toEqual([
      ['strategy/vague-goal', ['goals', 0, 'goal'], 'superior'],
      ['strategy/vague-goal', ['goals', 0, 'goal'], 'every customer, every time'],
    ]);
  });
});

describe('phrase matching', () => {
  it('ignores case and treats spaces, hyphens and commas between words alike', () => {
    const statement = 'WORLD CLASS care for Every Customer Every Time';
    expect(lintMission(statement).map((finding) => finding.span?.text)).toEqual([
      'WORLD CLASS',
      'Every Customer Every Time',
    ]);
  });

  it('matches whole words only', () => {
    // "counselling" holds "selling", "superiority" holds "superior", "nonprofit" holds "profit".
    expect(lintMission('Counselling for nonprofit boards, with no claim of superiority.')).toEqual([]);
    expect(rulesOf(lintMission('We sell.'))).toEqual(['mission/sales-focused']);
  });

  it('lets "*" stand for up to three words and no more', () => {
    expect(lintMission('We exceed expectations.')[0]?.span?.text).toBe('exceed expectations');
    expect(lintMission("We exceed our airline customers' expectations.")[0]?.span?.text).toBe(
      "exceed our airline customers' expectations",
    );
    expect(lintMission('We exceed one two three four expectations.')).toEqual([]);
  });

  it('does not run a phrase across sentences', () => {
    expect(lintMission('We move. The needle is ours.')).toEqual([]);
  });

  it('reports sales aims in the statement but not in a role commitment', () => {
    const findings = lintMission(
      withMission({
        statement: 'Airlines get engines back on the day we promised, so that we can upsell service contracts.',
        roles: [
          ...(mission.roles ?? []),
          { function: 'Contracts', frontLine: true, commitment: 'Never upsell before an engine is back.' },
        ],
      }),
    );
    expect(findings.map((finding) => [finding.rule, finding.path, finding.span?.text])).toEqual([
      ['mission/sales-focused', ['statement'], 'upsell'],
    ]);
  });
});

describe('structured mission rules', () => {
  it('report each missing part at its path', () => {
    const bare = parseMission({ kind: 'mission', schemaVersion: 1, id: 'm', title: 'M', statement: mission.statement });
    expect(lintMission(bare).map((finding) => [finding.rule, finding.severity, finding.path])).toEqual([
      ['mission/no-treatment-commitment', 'error', ['treatment']],
      ['mission/no-customers', 'warning', ['customers']],
      ['mission/no-priority-commitment', 'warning', ['priorities']],
      ['mission/front-line-only', 'warning', ['roles']],
    ]);
  });

  it('report a mission that speaks only to the front line, naming its functions', () => {
    const frontLine = withMission({ roles: (mission.roles ?? []).filter((role) => role.frontLine) });
    expect(lintMission(frontLine)).toEqual([
      expect.objectContaining({
        rule: 'mission/front-line-only',
        message:
          'Only front-line functions (Engine management, Sales) have a stated part in the experience; everyone touches the customer.',
      }),
    ]);
  });

  it('are skipped for a bare statement', () => {
    expect(lintMission(mission.statement)).toEqual([]);
  });
});

describe('success statement rules', () => {
  const metric = onTheWing.metrics?.[0] as NonNullable<SuccessStatement['metrics']>[number];
  function statementWith(changes: Record<string, unknown>) {
    return parseSuccessStatement({ ...onTheWing, ...changes });
  }

  it('report a missing metric, owner, business outcome and horizon', () => {
    const { owner, businessOutcome, horizon, metrics, ...rest } = onTheWing;
    expect(rulesOf(lintSuccessStatement(parseSuccessStatement(rest)))).toEqual([
      'success/no-business-outcome',
      'success/no-metric',
      'success/no-owner',
      'success/no-horizon',
    ]);
  });

  it('report a metric without baseline, target or target date, at its path', () => {
    const { baseline, ...noBaseline } = metric;
    const { target, ...noTarget } = metric;
    const undated = { ...metric, target: { value: 50 } };
    const findings = lintSuccessStatement(
      statementWith({ metrics: [...(onTheWing.metrics ?? []).slice(1), noBaseline] }),
    );
    expect(findings.map((finding) => [finding.rule, finding.path])).toEqual([
      ['success/no-baseline', ['metrics', 2, 'baseline']],
    ]);
    expect(
      rulesOf(lintSuccessStatement(statementWith({ metrics: [noTarget, ...(onTheWing.metrics ?? []).slice(1)] }))),
    ).toEqual(['success/no-target']);
    expect(
      lintSuccessStatement(statementWith({ metrics: [undated, ...(onTheWing.metrics ?? []).slice(1)] })).map(
        (finding) => [finding.rule, finding.path],
      ),
    ).toEqual([['success/no-target-date', ['metrics', 0, 'target', 'by']]]);
  });

  it('report a target no better than the baseline, honoring the direction', () => {
    // Wing-to-wing days: lower is better, so 64 → 70 is worse and 64 → 64 asks for nothing.
    for (const value of [70, 64]) {
      const worse = { ...metric, target: { value, by: '2027-12-31' } };
      const findings = lintSuccessStatement(statementWith({ metrics: [worse, ...(onTheWing.metrics ?? []).slice(1)] }));
      expect(findings.map((finding) => [finding.rule, finding.path])).toEqual([
        ['success/target-not-an-improvement', ['metrics', 0, 'target', 'value']],
      ]);
    }
    const flipped = { ...metric, direction: 'higher-is-better' };
    expect(rulesOf(lintSuccessStatement(statementWith({ metrics: [flipped] })))).toContain(
      'success/target-not-an-improvement',
    );
  });

  it('report dates already past at asOf, and only given asOf', () => {
    // The clear-paperwork horizon and targets fall on 2027-06-30.
    expect(lintSuccessStatement(clearPaperwork, { asOf: '2027-06-30' })).toEqual([]);
    const findings = lintSuccessStatement(clearPaperwork, { asOf: '2027-07-01' });
    expect(findings.map((finding) => finding.path)).toEqual([
      ['horizon'],
      ['metrics', 0, 'target', 'by'],
      ['metrics', 1, 'target', 'by'],
      ['metrics', 2, 'target', 'by'],
    ]);
    expect(findings[0]?.message).toBe('The horizon 2027-06-30 is already past on 2027-07-01.');
    // asOf falls on a date in the lint's calendar: 23:30 UTC on 30 June is 1 July in Berlin.
    expect(lintSuccessStatement(clearPaperwork, { asOf: '2027-06-30T23:30:00Z' })).toEqual([]);
    expect(
      lintSuccessStatement(clearPaperwork, { asOf: '2027-06-30T23:30:00Z', timeZone: 'Europe/Berlin' }),
    ).toHaveLength(4);
  });

  it('report metrics of one kind only', () => {
    const operational = (onTheWing.metrics ?? []).filter((entry) => entry.kind === 'operational');
    const feedback = (onTheWing.metrics ?? []).filter((entry) => entry.kind === 'customer-feedback');
    expect(rulesOf(lintSuccessStatement(statementWith({ metrics: operational })))).toEqual([
      'success/operational-only',
    ]);
    expect(rulesOf(lintSuccessStatement(statementWith({ metrics: feedback })))).toEqual(['success/feedback-only']);
  });

  it('report customer-feedback metrics without a metric definition, when definitions are given', () => {
    expect(lintSuccessStatement(onTheWing, { metricDefinitions: [{ id: 'nps-relationship' }] })).toEqual([
      {
        rule: 'success/undefined-metric',
        severity: 'warning',
        message: 'Customer-feedback metric "nps-airline" has no metric definition among the 1 given.',
        path: ['metrics', 2, 'metric'],
        hint: 'Keep its scale, question and population in a metric-definition document with this id.',
      },
    ]);
  });
});

describe('strategy rules', () => {
  function strategyWith(changes: Record<string, unknown>) {
    return createStrategy({ id: 'cx', mission, successStatements: [onTheWing, clearPaperwork], goals, ...changes });
  }

  it('report no mission, no success statement and no goals', () => {
    expect(lintStrategy(createStrategy({ id: 'cx' })).map((finding) => [finding.rule, finding.path])).toEqual([
      ['strategy/no-mission', ['mission']],
      ['strategy/no-success-statement', ['successStatements']],
      ['strategy/no-goals', ['goals']],
    ]);
  });

  it('lint the mission and success statements it holds, under their paths', () => {
    const vagueMission = withMission({ statement: 'World-class engine care.' });
    const { owner, ...unowned } = clearPaperwork;
    const findings = lintStrategy(strategyWith({ mission: vagueMission, successStatements: [onTheWing, unowned] }));
    expect(findings.map((finding) => [finding.rule, finding.path])).toEqual([
      ['success/no-owner', ['successStatements', 1, 'owner']],
      ['mission/empty-superlative', ['mission', 'statement']],
    ]);
  });

  it('report goals without leader, decision rights or measures, or measured one way', () => {
    const goal = goals[0] as StrategyGoal;
    const { leader, decisionRights, measures, ...bare } = goal;
    const oneKind = { ...goal, id: 'one-kind', measures: [{ metric: 'nps-airline', kind: 'customer-feedback' }] };
    const findings = lintStrategy(strategyWith({ goals: [bare, oneKind] }));
    expect(findings.map((finding) => [finding.rule, finding.path])).toEqual([
      ['strategy/no-accountable-leader', ['goals', 0, 'leader']],
      ['strategy/no-decision-rights', ['goals', 0, 'decisionRights']],
      ['strategy/unmeasured-goal', ['goals', 0, 'measures']],
      ['strategy/one-kind-of-measure', ['goals', 1, 'measures']],
    ]);
    expect(findings[3]?.message).toBe('Goal "one-kind" is measured only by customer feedback.');
  });

  it('report measures of metrics nothing defines, unless a metric definition does', () => {
    const goal = {
      ...(goals[0] as StrategyGoal),
      measures: [
        { metric: 'quote-days', kind: 'operational' },
        { metric: 'csat-quote', kind: 'customer-feedback' },
      ],
    };
    const strategy = strategyWith({ goals: [goal] });
    expect(lintStrategy(strategy).map((finding) => [finding.path, finding.message])).toEqual([
      [
        ['goals', 0, 'measures', 0, 'metric'],
        'Goal "promise-dates-planning-can-keep" is measured by metric "quote-days", which no success statement defines.',
      ],
      [
        ['goals', 0, 'measures', 1, 'metric'],
        'Goal "promise-dates-planning-can-keep" is measured by metric "csat-quote", which no success statement defines.',
      ],
    ]);
    const definitions = [{ id: 'csat-quote' }, { id: 'nps-airline' }, { id: 'ces-invoice' }];
    expect(lintStrategy(strategy, { metricDefinitions: definitions }).map((finding) => finding.path)).toEqual([
      ['goals', 0, 'measures', 0, 'metric'],
    ]);
  });
});

describe('every rule in the registry', () => {
  const envelope = (kind: string) => ({ kind, schemaVersion: 1, id: 'example', title: 'Example' });
  const base: Record<string, unknown> = {
    mission: { statement: 'Example.' },
    success: { outcome: 'Example.' },
    strategy: {},
  };
  it.each(Object.values(strategyRules).map((rule) => [rule.id, rule] as const))(
    '%s: has a summary, a rationale and an example that triggers it',
    (id, rule) => {
      expect(rule.summary.length).toBeGreaterThan(10);
      expect(rule.rationale.length).toBeGreaterThan(40);
      const example = rule.example as string;
      const [area] = id.split('/');
      let findings: Finding[];
      if (!example.startsWith('{')) {
        // A phrase rule: its example is a sentence, linted as the text it belongs in.
        if (area === 'mission') findings = lintMission(example);
        else throw new Error(`${id}: a sentence example for a rule that does not read sentences`);
      } else {
        const fields = { ...(base[area as string] as object), ...JSON.parse(example) };
        if (area === 'mission') findings = lintMission(parseMission({ ...envelope('mission'), ...fields }));
        else if (area === 'success') {
          findings = lintSuccessStatement(parseSuccessStatement({ ...envelope('success-statement'), ...fields }), {
            asOf: '2026-11-22',
            metricDefinitions: [],
          });
        } else findings = lintStrategy(createStrategy({ id: 'example', ...fields }));
      }
      expect(rulesOf(findings)).toContain(id);
      expect(findings.find((finding) => finding.rule === id)?.severity).toBe(rule.severity);
    },
  );
});

describe('options', () => {
  it('turn rules off and re-level them', () => {
    const statement = 'A world-class journey for every customer, every time.';
    expect(rulesOf(lintMission(statement, { rules: { 'mission/vague-wish': 'off' } }))).toEqual([
      'mission/empty-superlative',
    ]);
    const findings = lintMission(statement, {
      rules: { 'mission/vague-wish': 'error', 'mission/empty-superlative': 'info' },
    });
    expect(findings.map((finding) => [finding.rule, finding.severity])).toEqual([
      ['mission/vague-wish', 'error'],
      ['mission/empty-superlative', 'info'],
    ]);
  });

  it('extend the phrase lists, keeping the defaults', () => {
    const findings = lintMission('Legendary service that exceeds expectations and boosts attach rate.', {
      phrases: { superlatives: ['legendary'], salesAims: ['attach rate'] },
    });
    expect(findings.map((finding) => [finding.rule, finding.span?.text])).toEqual([
      ['mission/empty-superlative', 'Legendary'],
      ['mission/vague-wish', 'exceeds expectations'],
      ['mission/sales-focused', 'attach rate'],
    ]);
  });

  it.each([
    [{ rule: {} }, 'UNKNOWN_OPTION', ['rule']],
    [{ rules: { 'mission/vague-whish': 'off' } }, 'UNKNOWN_RULE', ['rules', 'mission/vague-whish']],
    [{ rules: { 'mission/vague-wish': 'loud' } }, 'INVALID_SEVERITY', ['rules', 'mission/vague-wish']],
    [{ rules: 'off' }, 'INVALID_OPTION', ['rules']],
    [{ phrases: { wish: ['x'] } }, 'UNKNOWN_OPTION', ['phrases', 'wish']],
    [{ phrases: { wishes: 'x' } }, 'INVALID_OPTION', ['phrases', 'wishes']],
    [{ phrases: { wishes: ['ok', '  '] } }, 'INVALID_PHRASE', ['phrases', 'wishes', 1]],
    [{ phrases: { wishes: ['* first'] } }, 'INVALID_PHRASE', ['phrases', 'wishes', 0]],
    [{ phrases: { wishes: ['a * * b'] } }, 'INVALID_PHRASE', ['phrases', 'wishes', 0]],
    [{ asOf: '2026-11-22' }, 'UNKNOWN_OPTION', ['asOf']],
  ])('lintMission refuses %j with %s at %j', (options, code, path) => {
    expectCxError(() => lintMission('Text.', options as never), code, path);
  });

  it('suggest the rule meant', () => {
    const error = expectCxError(
      () => lintMission('Text.', { rules: { 'mission/vague-whish': 'off' } } as never),
      'UNKNOWN_RULE',
    );
    expect(error.message).toBe(
      'Rule "mission/vague-whish" is not a cxkit/strategy rule; did you mean "mission/vague-wish". The rules are listed in strategyRules.',
    );
  });

  it.each([
    [{ asOf: '2026-02-30' }, 'INVALID_DATE', ['asOf']],
    [{ timeZone: 'Mars/Olympus' }, 'INVALID_TIME_ZONE', undefined],
    [{ metricDefinitions: {} }, 'INVALID_OPTION', ['metricDefinitions']],
    [{ metricDefinitions: [{ id: 'a' }, { name: 'b' }] }, 'INVALID_OPTION', ['metricDefinitions', 1]],
  ])('lintSuccessStatement refuses %j with %s', (options, code, path) => {
    expectCxError(() => lintSuccessStatement(onTheWing, options as never), code, path);
  });
});
