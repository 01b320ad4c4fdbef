import { describe, expect, it } from 'vitest';
import {
  defaultPhrases,
  lintMission,
  lintSuccessStatement,
  parseMission,
  parseSuccessStatement,
} from '../../src/strategy/index';
import { expectCxError } from '../expectCxError';

const rulesOf = (statement: string) => lintMission(statement).map((finding) => [finding.rule, finding.span?.text]);

describe('the practice’s own wishes are wishes', () => {
  // The practice says a CX strategy cannot be "have a great customer experience" or
  // "exceed customer expectations": wishes, not strategies. The first passed lintMission.
  it('"Have a great customer experience." is a wish', () => {
    const statement = 'Have a great customer experience.';
    // By hand: "Have a " is 7 characters; "great customer experience" is 25.
    expect(statement.slice(7, 32)).toBe('great customer experience');
    expect(lintMission(statement)).toEqual([
      expect.objectContaining({
        rule: 'mission/vague-wish',
        severity: 'warning',
        path: [],
        span: { start: 7, end: 32, text: 'great customer experience' },
      }),
    ]);
  });

  it.each([
    ['Exceed customer expectations.', 'Exceed customer expectations'],
    ['Move the needle on customer loyalty.', 'Move the needle'],
    ['Create a superior customer journey for every customer, every time.', 'every customer, every time'],
    ['Deliver magical customer experiences.', 'magical customer experiences'],
  ])('%j is a wish', (statement, wish) => {
    expect(rulesOf(statement)).toContainEqual(['mission/vague-wish', wish]);
  });

  it('the lists hold the practice’s phrasings', () => {
    for (const phrase of [
      'great * experience',
      'exceed * expectations',
      'move the needle',
      'every customer, every time',
    ]) {
      expect(defaultPhrases.wishes).toContain(phrase);
    }
    expect(defaultPhrases.superlatives).toContain('superior');
  });

  it('in a success statement, the same wish is a vague outcome', () => {
    const findings = lintSuccessStatement(
      parseSuccessStatement({
        kind: 'success-statement',
        schemaVersion: 1,
        id: 'great',
        title: 'Great',
        outcome: 'Customers have a great experience.',
      }),
    );
    expect(findings.filter((finding) => finding.rule === 'success/vague-wish').map((f) => f.span?.text)).toEqual([
      'great experience',
    ]);
  });
});

describe('phrase rules judge meaning, not words', () => {
  // The practice's own praise: a mission for customers, "not just what to sell to them".
  // mission/sales-focused used to flag this sentence on the word "sell".
  it('"Customers get what they need, not what we want to sell them." makes no sales aim', () => {
    expect(lintMission('Customers get what they need, not what we want to sell them.')).toEqual([]);
  });

  it.each([
    'We fix what customers need rather than upselling them.',
    'Every engineer advises airlines without selling to them.',
    'We never sell a repair an airline does not need.',
    "We don't cross-sell on a support call.",
    'Revenue is not the aim; airlines flying on time is.',
    'Selling isn’t our job on a service call.',
  ])('%j: a denied sales word is not an aim', (statement) => {
    expect(rulesOf(statement).filter(([rule]) => rule === 'mission/sales-focused')).toEqual([]);
  });

  it.each([
    // "Not only" and "not just" add: selling is still an aim.
    ['Not only to serve airlines but to upsell them.', 'upsell'],
    ['We serve airlines, not just sell to them.', 'sell'],
    // A negation stops at its clause: the comma, "and", "but" end it.
    ['We never rush a repair, and we upsell every airline.', 'upsell'],
    ['We do not rush repairs but we grow revenue.', 'revenue'],
    // Too far away to deny it: more than five words between.
    ['We do not wait for airlines to call us before we upsell.', 'upsell'],
  ])('%j still makes selling an aim', (statement, word) => {
    expect(rulesOf(statement)).toContainEqual(['mission/sales-focused', word]);
  });

  it('a denied wish or superlative is not reported either', () => {
    expect(lintMission('We do not promise to exceed expectations; we promise a date and keep it.')).toEqual([]);
    expect(rulesOf('No world-class slogans: a named engineer for every engine.')).toEqual([]);
  });
});

describe('an empty mission', () => {
  // parseMission refuses an empty statement; lintMission('') used to return no finding.
  it("lintMission('') gives a finding", () => {
    expect(lintMission('')).toEqual([
      {
        rule: 'mission/empty-statement',
        severity: 'error',
        message: 'The mission statement is empty.',
        path: [],
        hint: 'Write what the experience should be for customers: how they are treated, which needs come first, what each role does.',
      },
    ]);
    expect(lintMission(' \n\t ').map((finding) => finding.rule)).toEqual(['mission/empty-statement']);
    expect(lintMission('', { rules: { 'mission/empty-statement': 'off' } })).toEqual([]);
  });

  it('agrees with parseMission, which refuses it', () => {
    expectCxError(
      () => parseMission({ kind: 'mission', schemaVersion: 1, id: 'm', title: 'Mission', statement: '' }),
      'VALIDATION_FAILED',
    );
  });
});
